package io.trailguard.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Writes the verify benchmark's bucket copy (not a test): {@link TrailArchive}'s documented layout and signatures at
 * scale, with the key file and the newest digests' signatures, so that every digest and log file verifies.
 *
 * <p>Usage: {@code BenchVerifyArchive DIR UNCOMPRESSED_BYTES}
 */
public final class BenchVerifyArchive {

    private BenchVerifyArchive() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        double target = Double.parseDouble(args[1]);
        List<String> accounts = List.of("100000000002", "100000000003", "100000000004", "100000000005");
        List<String> regions = List.of("eu-west-1", "us-east-1");
        int hours = 24;
        int logsPerHour = 3;
        int logs = accounts.size() * regions.size() * (hours - hours / 3) * logsPerHour;
        int recordsPerLog = (int) Math.max(1, target / logs / 1000); // ~1 kB of JSON per generated record
        TrailArchive archive = new TrailArchive(accounts, regions, hours, logsPerHour, Set.of(), recordsPerLog);
        Path copy = dir.resolve("bucket");
        archive.writeTo(copy);
        Files.writeString(dir.resolve("keys.json"), archive.keyFileJson());
        StringBuilder sigs = new StringBuilder();
        archive.digests.values().forEach(chain -> {
            String newest = chain.get(chain.size() - 1);
            sigs.append(newest).append(' ').append(archive.objects.get(newest).metadata().get("signature")).append('\n');
        });
        Files.writeString(dir.resolve("signatures.txt"), sigs);
        System.out.printf("%d log files, %d records each, in %s%n", logs, recordsPerLog, copy);
    }
}
