package io.trailguard.terminal;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleFunction;

/**
 * One line on a terminal's standard error, redrawn in place every second from the seconds elapsed, and erased when
 * closed. The caller decides whether the stream is a terminal; a redirected stream should get no status line.
 */
public final class StatusLine implements AutoCloseable {

    private static final String ERASE_TO_END = "\u001b[K";

    private final PrintWriter err;
    private final DoubleFunction<String> text;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;

    private StatusLine(PrintWriter err, String threadName, DoubleFunction<String> text) {
        this.err = err;
        this.text = text;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    /** Starts drawing {@code text.apply(secondsElapsed)} on {@code err} once a second, from a daemon thread. */
    public static StatusLine start(PrintWriter err, String threadName, DoubleFunction<String> text) {
        return new StatusLine(err, threadName, text);
    }

    private void draw() {
        String line = text.apply((System.nanoTime() - started) / 1e9);
        synchronized (err) {
            err.print("\r" + line + ERASE_TO_END);
            err.flush();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (err) {
            err.print("\r" + ERASE_TO_END);
            err.flush();
        }
    }
}
