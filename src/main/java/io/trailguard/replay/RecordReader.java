package io.trailguard.replay;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads the JSON objects out of one input under the reader contract (docs/replay.md): each object is delivered
 * exactly once, every complete object is delivered however the input around it is damaged, and every other byte is
 * in a reported range with its offset and the reason. Memory stays within {@code maxRecordBytes} (twice that for the
 * buffer, plus one record's tree), whatever the size of the input or of any line in it.
 */
final class RecordReader {

    /** CloudWatch Logs takes log events of at most 1 MB; a CloudTrail record several times that is not real. */
    static final int DEFAULT_MAX_RECORD_BYTES = 8 << 20;

    private static final ObjectReader TREES = new ObjectMapper().reader();

    private final RecordSink sink;
    private final int maxRecordBytes;
    private final LongAdder jsonBytes;

    /** {@code jsonBytes}: where to count the JSON bytes read, for progress and throughput (may be null). */
    RecordReader(RecordSink sink, int maxRecordBytes, LongAdder jsonBytes) {
        this.sink = sink;
        this.maxRecordBytes = maxRecordBytes;
        this.jsonBytes = jsonBytes;
    }

    /** Reads everything from {@code raw}; problems go to the sink; never throws for what the input holds. */
    void read(InputStream raw) {
        InputDecoding.Decoded decoded;
        try {
            decoded = InputDecoding.open(raw);
        } catch (IOException e) {
            sink.refused("cannot read: " + e.getMessage());
            return;
        }
        if (decoded.refusal() != null) {
            sink.refused(decoded.refusal());
            return;
        }
        RecordScanner scanner = new RecordScanner(new CountingInputStream(decoded.json(), jsonBytes), maxRecordBytes, decoded.unit(), decoded.storedPosition());
        for (Piece p = scanner.next(); !(p instanceof Piece.End); p = scanner.next()) {
            if (p instanceof Piece.Value v) {
                deliver(v);
            } else if (p instanceof Piece.Skipped s) {
                sink.skipped(s.span(), s.reason());
            }
        }
    }

    private void deliver(Piece.Value v) {
        JsonNode object;
        try {
            object = TREES.readTree(v.bytes(), v.offset(), v.length());
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getByteOffset() < 0 ? "" : " at byte " + (v.span().start() + at.getByteOffset());
            sink.skipped(v.span(), "invalid JSON" + where + ": " + e.getOriginalMessage());
            return;
        } catch (IOException e) {
            sink.skipped(v.span(), "unreadable: " + e.getMessage());
            return;
        }
        sink.record(object, v.span());
    }
}
