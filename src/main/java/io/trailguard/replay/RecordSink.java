package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a {@link RecordReader} delivers what it finds in one input. */
interface RecordSink {

    /** One CloudTrail record (already taken out of its EventBridge envelope, if it had one). */
    void record(JsonNode record);

    /** Something in the input that is not a readable record; {@code where} is a line, record index or byte offset. */
    void malformed(String where, String reason);
}
