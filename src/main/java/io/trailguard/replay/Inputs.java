package io.trailguard.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into files in a stable order: files as given, folders recursed (their CloudTrail
 * files only, sorted by path, which for CloudTrail's key layout is account, region, then time), {@code -} for stdin.
 */
final class Inputs {

    private static final List<String> RECORD_FILE_ENDINGS = List.of(".json", ".json.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz");

    /**
     * @param files   the inputs to read, in order
     * @param skipped files inside folders that do not look like CloudTrail files (counted, not read)
     */
    record Expansion(List<Input> files, long skipped) {}

    private Inputs() {}

    /** Throws {@link IllegalArgumentException} for a path that does not exist or cannot be listed. */
    static Expansion expand(List<String> args) {
        List<Input> files = new ArrayList<>();
        long skipped = 0;
        for (String arg : args) {
            if (arg.equals(Input.STDIN)) {
                files.add(Input.stdin());
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> all = list(p);
                for (Path f : all) {
                    if (isRecordFile(f)) {
                        files.add(Input.file(f));
                    } else {
                        skipped++;
                    }
                }
            } else if (Files.isRegularFile(p)) {
                files.add(Input.file(p));
            } else {
                throw new IllegalArgumentException(arg + ": no such file or folder");
            }
        }
        return new Expansion(List.copyOf(files), skipped);
    }

    static boolean isRecordFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && RECORD_FILE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(folder + ": cannot list: " + e.getMessage());
        }
    }
}
