package io.trailguard.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Verify twice in one JVM (not a test) and print the second run: the steady state once the JIT has compiled the
 * digest, signature and chain code, which a cold run of a small archive pays for once.
 *
 * <p>Usage: {@code BenchVerifyWarm ARCHIVE THREADS} (ARCHIVE as written by {@link BenchVerifyArchive}); prints
 * {@code warm BYTES SECONDS CPU_SECONDS}.
 */
public final class BenchVerifyWarm {

    private BenchVerifyWarm() {}

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        Map<String, String> signatures = new HashMap<>();
        for (String line : Files.readAllLines(archive.resolve("signatures.txt"))) {
            String[] kv = line.split(" ");
            signatures.put(kv[0], kv[1]);
        }
        KeyFile keys = KeyFile.read(archive.resolve("keys.json"));
        VerifyReport last = null;
        for (int i = 0; i < 2; i++) {
            last = Verifier.run(new LocalObjectStore(archive.resolve("bucket"), TrailArchive.BUCKET), keys,
                    new Verifier.Options(signatures, null, null, null, Instant.now(), threads), VerifyProgress.silent());
            if (last.failed() || !last.findings().isEmpty()) {
                throw new IllegalStateException("the bench archive does not verify: " + last.findings());
            }
        }
        System.out.printf(Locale.ROOT, "warm %d %.3f %.3f%n", last.bytes(), last.seconds(), last.cpuSeconds());
    }
}
