package io.trailguard.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** CloudTrail delivers digests and log files gzip-compressed ({@code .json.gz}); hashes are over the inflated bytes. */
final class Gzip {

    static final int BUFFER = 1 << 16;

    private Gzip() {}

    /** Inflates {@code in} (every gzip member); closes {@code in} if the header is not gzip. */
    static InputStream open(InputStream in) throws IOException {
        try {
            return new GZIPInputStream(in, BUFFER);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
