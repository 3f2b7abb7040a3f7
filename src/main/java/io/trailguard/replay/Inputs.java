package io.trailguard.replay;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Expands the command line's inputs into files in a stable order: files as given, folders recursed (their CloudTrail
 * files only, sorted by path, which for CloudTrail's key layout is account, region, then time), {@code -} for stdin.
 * Inside folders, whatever cannot be read as a file (an unreadable folder or file, a broken symbolic link, a link
 * loop, a FIFO, socket or device, which would block or mean nothing) is reported and the walk goes on; digest files
 * are counted apart, as they hold no records. A FIFO or device named on the command line is read, like {@code -}.
 */
final class Inputs {

    private static final List<String> RECORD_FILE_ENDINGS = List.of(".json", ".json.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz");
    /**
     * CloudTrail writes digest files under {@code AWSLogs/<account>/CloudTrail-Digest/} and names them
     * {@code <account>_CloudTrail-Digest_<region>_...json.gz} (CloudTrail user guide, "CloudTrail digest file
     * structure": https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-digest-file-structure.html).
     */
    private static final String DIGEST = "CloudTrail-Digest";

    /**
     * @param files    the inputs to read, in order
     * @param skipped  files inside folders that do not look like CloudTrail files (counted, not read)
     * @param digests  CloudTrail digest files inside folders (counted, not read)
     * @param problems what inside folders could not be read as a file
     */
    record Expansion(List<Input> files, long skipped, long digests, List<Problem> problems) {}

    private Inputs() {}

    /** Throws {@link IllegalArgumentException} for a command-line path that does not exist. */
    static Expansion expand(List<String> args) {
        List<Input> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        long[] counts = new long[2];
        for (String arg : args) {
            if (arg.equals(Input.STDIN)) {
                files.add(Input.stdin());
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                walk(p, found, problems, counts);
                found.stream().sorted().map(Input::file).forEach(files::add);
            } else if (Files.exists(p)) {
                files.add(Input.file(p));
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(arg, null, "broken symbolic link, not read"));
            } else {
                throw new IllegalArgumentException(arg + ": no such file or folder");
            }
        }
        return new Expansion(List.copyOf(files), counts[0], counts[1], List.copyOf(problems));
    }

    static boolean isRecordFile(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && RECORD_FILE_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static boolean isDigest(Path f) {
        for (Path part : f) {
            if (part.toString().equals(DIGEST)) {
                return true;
            }
        }
        return f.getFileName().toString().contains("_" + DIGEST + "_");
    }

    private static void walk(Path folder, List<Path> found, List<Problem> problems, long[] counts) {
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        // Following links, a link is visited as itself only when its target is missing.
                        problems.add(new Problem(f.toString(), null, "broken symbolic link, not read"));
                    } else if (attrs.isOther()) {
                        problems.add(new Problem(f.toString(), null, "not a regular file (FIFO, socket or device), not read"));
                    } else if (attrs.isRegularFile() && isRecordFile(f)) {
                        if (isDigest(f)) {
                            counts[1]++;
                        } else {
                            found.add(f);
                        }
                    } else {
                        counts[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(new Problem(f.toString(), null, why(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.add(new Problem(dir.toString(), null, "folder listing failed part-way: " + why(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(folder.toString(), null, why(e)));
        }
    }

    private static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied, not read";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop, not followed";
        }
        if (e instanceof NoSuchFileException) {
            return "vanished while listed, not read";
        }
        return "cannot read: " + e.getMessage();
    }
}
