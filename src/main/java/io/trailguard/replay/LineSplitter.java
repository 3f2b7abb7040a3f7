package io.trailguard.replay;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a byte stream at {@code \n} without decoding it; a line may be as long as memory allows. */
final class LineSplitter {

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int limit;
    private boolean eof;

    private int lineStart;
    private int lineLength;
    private long lineNumber;

    LineSplitter(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scanFrom = start;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buf[i] == '\n') {
                    setLine(start, i);
                    start = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (start < limit) {
                    setLine(start, limit);
                    start = limit;
                    return true;
                }
                return false;
            }
            scanFrom = limit - start;
            fill();
        }
    }

    byte[] buffer() {
        return buf;
    }

    int lineStart() {
        return lineStart;
    }

    /** Length without the line break ({@code \n} or {@code \r\n}). */
    int lineLength() {
        return lineLength;
    }

    /** 1-based. */
    long lineNumber() {
        return lineNumber;
    }

    private void setLine(int from, int to) {
        if (to > from && buf[to - 1] == '\r') {
            to--;
        }
        lineStart = from;
        lineLength = to - from;
        lineNumber++;
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, limit - start);
            limit -= start;
            start = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}
