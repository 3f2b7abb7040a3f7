package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a {@link RecordReader} delivers what it finds in one input: every byte is in a record or a skipped range. */
interface RecordSink {

    /** One complete JSON object, as written in the input (an EventBridge envelope is not unwrapped here). */
    void record(JsonNode object, Span where);

    /** A range of the input that holds no readable record; {@code where} may be empty (zero bytes) at the input's end. */
    void skipped(Span where, String reason);

    /** The input as a whole could not be read (unreadable, or a format not supported); nothing of it was read. */
    void refused(String reason);
}
