package io.trailguard.plan;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.StackConfig;
import io.trailguard.testing.Stacks;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A plan whose caller gave up on it (JUnit's timeout abandons the thread, SEPARATE_THREAD mode) keeps the one global
 * deployment of the mock harness. Every later plan in the JVM used to wait forever behind it; now it fails, saying why.
 */
class HarnessLockTest {

    @Test
    @DisplayName("a plan behind a run that never ends fails after the wait instead of hanging")
    void aPlanBehindAnAbandonedRunFailsInsteadOfHanging() throws Exception {
        StackConfig dev = Stacks.load("dev");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread abandoned = new Thread(() -> {
            try {
                PlanRunner.run(dev, "abandoned", state -> {
                    started.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("released without running");
                });
            } catch (RuntimeException ignored) {
                // released at the end of the test, without running
            }
        });
        abandoned.start();
        try {
            assertTrue(started.await(60, TimeUnit.SECONDS), "the first run reached the harness");
            PlanRunner.PlanException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(PlanRunner.PlanException.class,
                    () -> PlanRunner.run(dev, "behind", PlanRunner::offlineDeployment, Duration.ofSeconds(1))));
            assertTrue(e.getMessage().contains("still running another plan"), e.getMessage());
        } finally {
            release.countDown();
            abandoned.join(TimeUnit.SECONDS.toMillis(120));
        }
    }
}
