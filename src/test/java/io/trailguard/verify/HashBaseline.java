package io.trailguard.verify;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The physical floor of verification (not a test): the same log files read, inflated and hashed with SHA-256 on the
 * same number of threads, and nothing else; then SHA-256 alone over the same uncompressed bytes held in memory.
 *
 * <p>Usage: {@code HashBaseline BUCKET_COPY THREADS}; prints {@code gunzip+sha256 BYTES SECONDS} and
 * {@code sha256 BYTES SECONDS}, each followed by the CPU seconds of the process meanwhile.
 */
public final class HashBaseline {

    private HashBaseline() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().contains("/CloudTrail/") && p.toString().endsWith(".json.gz")).sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        double cpu = Verifier.cpuSeconds();
        List<Future<Long>> sizes = new ArrayList<>();
        for (Path f : files) {
            sizes.add(pool.submit(() -> {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
                    return Sha256.of(in).bytes();
                }
            }));
        }
        long bytes = 0;
        for (Future<Long> s : sizes) {
            bytes += s.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "gunzip+sha256 %d %.3f %.3f%n", bytes, seconds, Verifier.cpuSeconds() - cpu);

        // SHA-256 alone: the uncompressed bytes in memory (a bounded sample, hashed in full by each thread's share).
        List<byte[]> inflated = new ArrayList<>();
        long held = 0;
        for (Path f : files) {
            if (held > 400_000_000L) {
                break;
            }
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
                byte[] b = in.readAllBytes();
                inflated.add(b);
                held += b.length;
            }
        }
        start = System.nanoTime();
        cpu = Verifier.cpuSeconds();
        List<Future<byte[]>> hashes = new ArrayList<>();
        for (byte[] b : inflated) {
            hashes.add(pool.submit(() -> Sha256.of(b)));
        }
        for (Future<byte[]> h : hashes) {
            h.get();
        }
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "sha256 %d %.3f %.3f%n", held, seconds, Verifier.cpuSeconds() - cpu);
        pool.shutdown();
    }
}
