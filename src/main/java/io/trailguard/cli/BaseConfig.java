package io.trailguard.cli;

import io.trailguard.stack.StackLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The base side of a diff: a stack file, or the stack file as a git ref has it ({@code git show REF:./Pulumi.S.yaml}). */
final class BaseConfig {

    private BaseConfig() {}

    /** Thrown when the base cannot be read; the message is for the user. */
    static final class BaseUnavailable extends RuntimeException {
        BaseUnavailable(String message) {
            super(message);
        }
    }

    static LoadResult load(String base, Path currentFile) {
        Path file = Path.of(base);
        if (Files.isRegularFile(file)) {
            return StackLoader.fromFile(file);
        }
        Path dir = currentFile.toAbsolutePath().getParent();
        String spec = base + ":./" + currentFile.getFileName();
        return StackLoader.fromYaml(gitShow(dir, spec), spec);
    }

    private static String gitShow(Path dir, String spec) {
        try {
            Process p = new ProcessBuilder("git", "show", spec).directory(dir.toFile()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new BaseUnavailable("--base: `" + spec + "` is neither a file nor readable with git show"
                        + (err.isEmpty() ? "" : " (" + err + ")") + "; a new stack file has no base: pass an empty stack file");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaseUnavailable("--base: cannot run git (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BaseUnavailable("--base: interrupted");
        }
    }
}
