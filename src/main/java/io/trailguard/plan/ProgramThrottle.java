package io.trailguard.plan;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Keeps the program from running far ahead of the registrations it starts. Left alone, the program constructs every
 * resource within seconds while the pool works through their registrations for minutes, and the heap holds every
 * half-finished registration at once: a 1,000-account plan then spends its time in the garbage collector. When the
 * program itself registers a task while {@value #HIGH_WATER} are in flight, it waits until half of them are done.
 * Only the order in which the same work runs changes, never what is registered. A wait that sees no progress at
 * all (tasks that can only finish when the program does) turns the throttle off for the rest of the run.
 */
final class ProgramThrottle {

    static final int HIGH_WATER = 20_000;
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final AtomicInteger inFlight;
    private final ThreadLocal<Boolean> onProgramThread = ThreadLocal.withInitial(() -> false);
    private volatile boolean enabled = true;

    ProgramThrottle(AtomicInteger inFlight) {
        this.inFlight = inFlight;
    }

    /** The program, marked so that only its own thread is ever made to wait. */
    <T> Supplier<T> program(Supplier<T> program) {
        return () -> {
            onProgramThread.set(true);
            try {
                return program.get();
            } finally {
                onProgramThread.remove();
            }
        };
    }

    /** Called as the program registers a task: waits while too many are in flight. */
    void pace() {
        if (!enabled || inFlight.get() < HIGH_WATER || !onProgramThread.get()) {
            return;
        }
        int before = inFlight.get();
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        try {
            ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                @Override
                public boolean block() {
                    java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                    return isReleasable();
                }

                @Override
                public boolean isReleasable() {
                    return inFlight.get() < HIGH_WATER / 2 || System.nanoTime() > deadline;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (inFlight.get() >= before) {
            enabled = false;
        }
    }
}
