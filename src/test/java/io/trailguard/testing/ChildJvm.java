package io.trailguard.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI in a fresh JVM with a bounded heap, so that a test can show that an input does not need more memory
 * than a setting allows (an OutOfMemoryError in the test's own JVM would take the other tests with it). With
 * {@code withoutPermissionBypass}, a root user runs it without the capabilities that let root read any file, so
 * that an unreadable folder is unreadable there too.
 */
public record ChildJvm(int exit, String out, String err) {

    public static ChildJvm run(String maxHeap, boolean withoutPermissionBypass, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (withoutPermissionBypass && isRoot()) {
            command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx" + maxHeap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "io.trailguard.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("child-out", ".txt");
        Path err = Files.createTempFile("child-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new ChildJvm(-1, Files.readString(out), "timed out after " + timeoutSeconds + " s\n" + Files.readString(err));
            }
            return new ChildJvm(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
