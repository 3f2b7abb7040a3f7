package io.trailguard.replay;

import io.trailguard.terminal.StatusLine;
import java.io.PrintWriter;
import java.util.Locale;

/** A progress line redrawn in place on a terminal: files, records, MB/s of JSON, ETA from the stored bytes read. */
final class Progress {

    private Progress() {}

    /** A progress line when {@code enabled} (stderr is a terminal), else nothing. */
    static AutoCloseable startIf(boolean enabled, PrintWriter err, ReplayCounters counters, long files, long storedTotal) {
        if (!enabled) {
            return () -> {};
        }
        return StatusLine.start(err, "replay-progress", seconds -> line(counters.filesDone.sum(), files, counters.records.sum(),
                counters.jsonBytes.sum(), counters.storedBytes.sum(), storedTotal, seconds));
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
}
