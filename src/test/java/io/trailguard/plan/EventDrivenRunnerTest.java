package io.trailguard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.deployment.internal.Runner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The runner finishes when the program and every task it started are done, never before. The program starts on a pool
 * thread while {@code runAsync} is still returning, so its first task (the stack's registration, which the mocks answer
 * at once) can complete before the program itself is counted; the count then touched zero and the run ended with the
 * stack alone. Seen in the suite as a dev plan of one resource in 0.3 s, the first plan of its JVM, and every test that
 * read it failing together (and once as an offline plan sharing no URN with the engine's run).
 */
class EventDrivenRunnerTest {

    /** The program starts on the calling thread: the order the race produces, every time. */
    @Test
    void aTaskTheProgramStartsAndThatEndsAtOnceDoesNotEndTheRun() throws Exception {
        EventDrivenRunner runner = new EventDrivenRunner(true, Runnable::run);
        CompletableFuture<Void> later = new CompletableFuture<>();
        AtomicBoolean laterDone = new AtomicBoolean();
        CompletableFuture<Runner.Result<String>> result = runner.runAsync(() -> {
            // As the stack resource: registered first and answered at once.
            runner.registerTask("stack", CompletableFuture.completedFuture(null));
            // A registration still in flight when the program's own code has returned.
            runner.registerTask("resource", later);
            return "value";
        });
        assertTrue(!result.isDone(), "the run waits for the task still in flight");
        later.thenRun(() -> laterDone.set(true));
        later.complete(null);
        Runner.Result<String> r = result.get(10, TimeUnit.SECONDS);
        assertTrue(laterDone.get());
        assertEquals("value", r.result().orElse(null));
        assertEquals(java.util.List.of(), r.exceptions());
    }
}
