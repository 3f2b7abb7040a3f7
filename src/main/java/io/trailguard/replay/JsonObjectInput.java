package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;

/** The replay reader for other commands ({@code rules test}): the same shapes, the same contract, the same reports. */
public final class JsonObjectInput {

    /** What one input holds, in order. */
    public interface Listener {
        /** One complete JSON object, as written (envelopes are not unwrapped). */
        void object(JsonNode object);

        /** Input that holds no readable object: {@code where} is a byte range and line, or empty for the whole input. */
        void skipped(String where, String reason);
    }

    private JsonObjectInput() {}

    /** Reads {@code in} to its end with the default record size limit; never throws for what the input holds. */
    public static void read(InputStream in, Listener listener) {
        new RecordReader(new RecordSink() {
            @Override
            public void record(JsonNode object, Span where) {
                listener.object(object);
            }

            @Override
            public void skipped(Span where, String reason) {
                listener.skipped(where.toString(), reason);
            }

            @Override
            public void refused(String reason) {
                listener.skipped("", reason);
            }
        }, RecordReader.DEFAULT_MAX_RECORD_BYTES, null).read(in);
    }
}
