package io.trailguard.verify;

import io.trailguard.terminal.StatusLine;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/** Counts of the work done; on a terminal, a line redrawn every second on standard error. */
public class VerifyProgress implements AutoCloseable {

    private final LongAdder digestsDone = new LongAdder();
    private final LongAdder logsDone = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder digests = new LongAdder();
    private final LongAdder logs = new LongAdder();

    /** Counts only; draws nothing. */
    public static VerifyProgress silent() {
        return new VerifyProgress();
    }

    /** Draws on {@code err} every second until closed. */
    public static VerifyProgress drawing(PrintWriter err) {
        return new Drawing(err);
    }

    void expectDigest() {
        digests.increment();
    }

    void expectLog() {
        logs.increment();
    }

    void digestDone() {
        digestsDone.increment();
    }

    void logDone(long uncompressed) {
        logsDone.increment();
        bytes.add(uncompressed);
    }

    String line(double seconds) {
        double mbps = seconds > 0 ? bytes.sum() / 1e6 / seconds : 0;
        return String.format(Locale.ROOT, "digests %,d/%,d  log files %,d/%,d  %.1f MB/s", digestsDone.sum(), digests.sum(),
                logsDone.sum(), logs.sum(), mbps);
    }

    @Override
    public void close() {}

    private static final class Drawing extends VerifyProgress {
        private final StatusLine line;

        Drawing(PrintWriter err) {
            this.line = StatusLine.start(err, "verify-progress", this::line);
        }

        @Override
        public void close() {
            line.close();
        }
    }
}
