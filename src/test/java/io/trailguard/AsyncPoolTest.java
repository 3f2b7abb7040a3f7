package io.trailguard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JDK rule App works around, checked on this JDK: on two processors CompletableFuture's async tasks each get a new
 * thread, unless the common pool's parallelism is at least 2 (App.keepAsyncTasksOnTheCommonPool). A JVM with more
 * processors keeps the pool either way.
 */
class AsyncPoolTest {

    private static String threadClass(int processors, boolean app) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + processors, "-cp", System.getProperty("java.class.path"), PoolProbe.class.getName()));
        if (app) {
            command.add("app");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @ParameterizedTest(name = "{0} processors, App's setting {1}")
    @CsvSource({
            "2, false, java.lang.Thread",
            "2, true, java.util.concurrent.ForkJoinWorkerThread",
            "4, false, java.util.concurrent.ForkJoinWorkerThread",
            "4, true, java.util.concurrent.ForkJoinWorkerThread"})
    void asyncTasksRunOnTheCommonPoolOnlyWithParallelismAboveOne(int processors, boolean app, String expected) throws Exception {
        // java.lang.Thread: CompletableFuture.ThreadPerTaskExecutor's new Thread(task) for each task.
        assertEquals(expected, threadClass(processors, app));
    }
}
