package io.trailguard.replay;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A progress line redrawn in place on a terminal: files, records, MB/s of JSON, ETA from the stored bytes read. */
final class Progress implements AutoCloseable {

    private final PrintWriter err;
    private final ReplayCounters counters;
    private final long files;
    private final long storedTotal;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService timer;

    private Progress(PrintWriter err, ReplayCounters counters, long files, long storedTotal) {
        this.err = err;
        this.counters = counters;
        this.files = files;
        this.storedTotal = storedTotal;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "replay-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    /** A progress line when {@code enabled} (stderr is a terminal), else nothing. */
    static AutoCloseable startIf(boolean enabled, PrintWriter err, ReplayCounters counters, long files, long storedTotal) {
        return enabled ? new Progress(err, counters, files, storedTotal) : () -> {};
    }

    static String line(long filesDone, long files, long records, long jsonBytes, long storedRead, long storedTotal, double seconds) {
        double mbps = seconds > 0 ? jsonBytes / 1e6 / seconds : 0;
        String eta = "-";
        if (storedRead > 0 && storedTotal > storedRead && seconds > 0) {
            long left = Math.round(seconds * (storedTotal - storedRead) / storedRead);
            eta = left >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", left / 3600, left / 60 % 60)
                    : String.format(Locale.ROOT, "%dm%02ds", left / 60, left % 60);
        }
        return String.format(Locale.ROOT, "files %,d/%,d  records %,d  %.1f MB/s  ETA %s", filesDone, files, records, mbps, eta);
    }

    private void draw() {
        double seconds = (System.nanoTime() - started) / 1e9;
        String text = line(counters.filesDone.sum(), files, counters.records.sum(), counters.jsonBytes.sum(),
                counters.storedBytes.sum(), storedTotal, seconds);
        synchronized (err) {
            err.print("\r" + text + "\u001b[K");
            err.flush();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (err) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
