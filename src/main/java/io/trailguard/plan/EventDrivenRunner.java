package io.trailguard.plan;

import com.pulumi.core.internal.ContextAwareCompletableFuture;
import com.pulumi.deployment.internal.Runner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The task runner of the offline plan. The SDK's own runner (1.36.1) polls its in-flight tasks in a busy loop and,
 * on every pass, formats all of them into a log string whatever the log level: quadratic in the number of
 * resources, and the reason a 10,000-resource plan took minutes. The .NET SDK fixed the same loop in
 * pulumi/pulumi#5015. This runner counts tasks instead and finishes when the program and every task it started
 * are done, with the same result: the program's value and every exception a task failed with.
 */
final class EventDrivenRunner implements Runner {

    private final AtomicInteger pending = new AtomicInteger();
    private final ConcurrentLinkedQueue<Exception> exceptions = new ConcurrentLinkedQueue<>();
    private final CompletableFuture<Void> allDone = new CompletableFuture<>();
    private final ProgramThrottle throttle;
    private final Executor programStart;

    /** @param throttled whether the program waits while {@link ProgramThrottle#HIGH_WATER} tasks are in flight */
    EventDrivenRunner(boolean throttled) {
        this(throttled, null);
    }

    /**
     * @param programStart where the program starts; null for CompletableFuture's default pool, as the SDK does. A test
     *                     starts it on the calling thread, so that all of it runs before {@code runAsync} returns.
     */
    EventDrivenRunner(boolean throttled, Executor programStart) {
        this.throttle = throttled ? new ProgramThrottle(pending) : null;
        this.programStart = programStart;
    }

    @Override
    public <T> void registerTask(String description, CompletableFuture<T> task) {
        if (throttle != null) {
            throttle.pace();
        }
        pending.incrementAndGet();
        settleWhenDone(task);
    }

    private void settleWhenDone(CompletableFuture<?> task) {
        task.whenComplete((value, error) -> {
            if (error != null) {
                exceptions.add(unwrap(error));
            }
            if (pending.decrementAndGet() == 0) {
                allDone.complete(null);
            }
        });
    }

    @Override
    public <T> CompletableFuture<Result<T>> runAsync(Supplier<T> program) {
        // Counted before it starts: its first task (the stack's registration, answered at once) may otherwise finish
        // before the program is counted, and the count touch zero with the program still running (EventDrivenRunnerTest).
        pending.incrementAndGet();
        Supplier<T> paced = throttle == null ? program : throttle.program(program);
        CompletableFuture<T> run = programStart == null ? ContextAwareCompletableFuture.supplyAsync(paced)
                : ContextAwareCompletableFuture.supplyAsync(paced, programStart);
        settleWhenDone(run);
        return allDone.thenApply(ignored -> {
            List<Exception> failures = List.copyOf(exceptions);
            Optional<T> value = run.isCompletedExceptionally() ? Optional.empty() : Optional.ofNullable(run.join());
            return new Result<>(failures.isEmpty() ? ProcessExitedSuccessfully : ProcessExitedBeforeLoggingUserActionableMessage,
                    failures, value) {};
        });
    }

    private static Exception unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof Exception e ? e : new RuntimeException(cause);
    }
}
