package io.trailguard.replay;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/** Counts the bytes read through it, for the position of an error and for progress across threads. */
final class CountingInputStream extends FilterInputStream {

    private final LongAdder shared;
    private long count;

    CountingInputStream(InputStream in, LongAdder shared) {
        super(in);
        this.shared = shared;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void add(long n) {
        count += n;
        if (shared != null) {
            shared.add(n);
        }
    }
}
