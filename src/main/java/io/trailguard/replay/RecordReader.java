package io.trailguard.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Streams the CloudTrail records out of one input, whatever its shape: gzip or plain (told by magic bytes, not the
 * name); an S3 delivery document ({@code {"Records": [...]}}), whose records are parsed one at a time from a single
 * token stream; or JSON lines of records and EventBridge envelopes, read line by line so that one bad line costs
 * only that line. A value spread over several lines (pretty-printed) is read once it is complete.
 */
final class RecordReader {

    private static final ObjectMapper TREES = new ObjectMapper();
    private static final JsonFactory JSON = TREES.getFactory();
    private static final int PEEK_BYTES = 4096;
    private static final int MAX_VALUE_BYTES = 64 << 20;

    private final RecordSink sink;
    /** The array element last started in a delivery document, so that an error names the record it hit. */
    private String lastElement;

    RecordReader(RecordSink sink) {
        this.sink = sink;
    }

    /** Reads everything from {@code raw}; problems go to the sink, and only an unreadable stream ends the input early. */
    void read(InputStream raw, ReplayCounters counters) {
        CountingInputStream json = null;
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
            InputStream plain = isGzip(in) ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
            json = new CountingInputStream(plain, counters == null ? null : counters.jsonBytes);
            BufferedInputStream peekable = new BufferedInputStream(json, 1 << 16);
            if (isDeliveryDocument(peekable)) {
                readDocument(peekable);
            } else {
                readLines(peekable);
            }
        } catch (IOException e) {
            long at = json == null ? 0 : json.count();
            sink.malformed("byte " + at, "unreadable input, stopped here: " + message(e));
        }
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    /** True when the input starts with an object whose first field is {@code Records}, as CloudTrail writes them. */
    private static boolean isDeliveryDocument(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(PEEK_BYTES);
        in.reset();
        try (JsonParser p = JSON.createParser(head)) {
            return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && "Records".equals(p.currentName());
        } catch (IOException e) {
            return false;
        }
    }

    /** One token stream for the whole input; a syntax error leaves no safe place to resume, so it ends the input. */
    private void readDocument(InputStream in) {
        try (JsonParser p = JSON.createParser(in)) {
            try {
                readValues(p, () -> "");
            } catch (JsonProcessingException e) {
                sink.malformed(documentPosition(p), "invalid JSON, rest of the input skipped: " + e.getOriginalMessage());
            } catch (IOException e) {
                sink.malformed(documentPosition(p), "unreadable input, rest skipped: " + message(e));
            }
        } catch (IOException e) {
            sink.malformed("byte 0", "unreadable input: " + message(e));
        }
    }

    private void readLines(InputStream in) {
        LineSplitter lines = new LineSplitter(in);
        Pending pending = new Pending();
        try {
            while (lines.next()) {
                long lineNo = lines.lineNumber();
                byte[] buf = lines.buffer();
                int off = lines.lineStart();
                int len = lines.lineLength();
                if (pending.isEmpty()) {
                    startAt(buf, off, len, lineNo, pending);
                    continue;
                }
                pending.append(buf, off, len);
                if (pending.size() > MAX_VALUE_BYTES) {
                    sink.malformed(span(pending.firstLine, lineNo), "a JSON value longer than " + (MAX_VALUE_BYTES >> 20) + " MB, skipped");
                    pending.clear();
                    continue;
                }
                byte[] joined = pending.bytes();
                int done = readLine(joined, 0, joined.length, pending.firstLine, lineNo, pending.valuesDone, false);
                if (done == INVALID) {
                    // The value begun earlier never completes; this line may still be a good record of its own.
                    sink.malformed(span(pending.firstLine, lineNo - 1), "invalid JSON: a value that never completes");
                    pending.clear();
                    startAt(buf, off, len, lineNo, pending);
                } else if (done == COMPLETE) {
                    pending.clear();
                } else {
                    pending.valuesDone = done;
                }
            }
            if (!pending.isEmpty()) {
                sink.malformed(span(pending.firstLine, lines.lineNumber()), "input ends inside a JSON value");
            }
        } catch (IOException e) {
            sink.malformed("after line " + lines.lineNumber(), "unreadable input, rest skipped: " + message(e));
        }
    }

    private void startAt(byte[] buf, int off, int len, long lineNo, Pending pending) throws IOException {
        if (isBlank(buf, off, len)) {
            return;
        }
        int done = readLine(buf, off, len, lineNo, lineNo, 0, true);
        if (done >= 0) {
            pending.start(buf, off, len, lineNo, done);
        }
    }

    private static final int COMPLETE = -1;
    private static final int INVALID = -2;

    /** Lines that hold the start of a value not yet complete. */
    private static final class Pending {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long firstLine;
        int valuesDone;

        boolean isEmpty() {
            return bytes.size() == 0;
        }

        int size() {
            return bytes.size();
        }

        void start(byte[] buf, int off, int len, long line, int done) {
            bytes.write(buf, off, len);
            firstLine = line;
            valuesDone = done;
        }

        void append(byte[] buf, int off, int len) {
            bytes.write('\n');
            bytes.write(buf, off, len);
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }

        void clear() {
            bytes.reset();
        }
    }

    /**
     * Reads the values on one line (or a run of lines that began a value); returns {@link #COMPLETE}, or, when the
     * text ends inside a value, how many complete values it held (delivered already, not to be delivered again), or
     * {@link #INVALID} when the text is not JSON ({@code reportInvalid}: with a report).
     */
    private int readLine(byte[] bytes, int off, int len, long firstLine, long lastLine, int alreadyDelivered,
            boolean reportInvalid) throws IOException {
        int[] delivered = {0};
        String where = span(firstLine, lastLine);
        try (JsonParser p = JSON.createParser(bytes, off, len)) {
            try {
                readRootValues(p, () -> where, delivered, alreadyDelivered);
                return COMPLETE;
            } catch (JsonProcessingException e) {
                // The tree reader reports an object cut short as a plain parse error, so "incomplete" is told by
                // where the parser stopped: at the very end of the text.
                if (e instanceof JsonEOFException || p.currentLocation().getByteOffset() >= len) {
                    return delivered[0];
                }
                if (reportInvalid) {
                    sink.malformed(where, "invalid JSON: " + e.getOriginalMessage());
                }
                return INVALID;
            }
        }
    }

    private void readValues(JsonParser p, Supplier<String> where) throws IOException {
        readRootValues(p, where, new int[1], 0);
    }

    private void readRootValues(JsonParser p, Supplier<String> where, int[] delivered, int skip) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (delivered[0] < skip) {
                p.skipChildren();
                delivered[0]++;
                continue;
            }
            if (t == JsonToken.START_OBJECT) {
                readObject(p, where);
            } else if (t == JsonToken.START_ARRAY) {
                readElements(p, where, "[");
            } else {
                sink.malformed(where.get(), "not a JSON object: " + p.getText());
            }
            delivered[0]++;
        }
    }

    /** At an object's start: a delivery document is streamed record by record, anything else is read as one tree. */
    private void readObject(JsonParser p, Supplier<String> where) throws IOException {
        JsonToken first = p.nextToken();
        if (first == JsonToken.FIELD_NAME && "Records".equals(p.currentName())) {
            if (p.nextToken() == JsonToken.START_ARRAY) {
                readElements(p, where, "Records[");
            } else {
                sink.malformed(prefixed(where, at(p)), "Records is not an array");
                p.skipChildren();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
                p.skipChildren();
            }
            return;
        }
        if (first == JsonToken.END_OBJECT) {
            sink.malformed(where.get(), "empty object");
            return;
        }
        deliver(TREES.readTree(p), where);
    }

    private void readElements(JsonParser p, Supplier<String> where, String label) throws IOException {
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonEOFException(p, null, "input ends inside an array");
            }
            final int i = index++;
            Supplier<String> element = () -> prefixed(where, label + i + "]");
            lastElement = label + i + "]";
            if (t == JsonToken.START_OBJECT) {
                deliver(TREES.readTree(p), element);
            } else {
                sink.malformed(element.get(), "not a JSON object: " + p.getText());
                p.skipChildren();
            }
        }
    }

    private void deliver(JsonNode object, Supplier<String> where) {
        JsonNode record = RecordShape.cloudTrailRecord(object);
        if (record == null) {
            sink.malformed(where.get(), "not a CloudTrail record or EventBridge envelope (no eventName or eventSource)");
        } else {
            sink.record(record);
        }
    }

    private static String prefixed(Supplier<String> where, String inner) {
        String outer = where.get();
        return outer.isEmpty() ? inner : outer + ", " + inner;
    }

    private String documentPosition(JsonParser p) {
        return (lastElement == null ? "" : "in or after " + lastElement + ", ") + at(p);
    }

    private static String at(JsonParser p) {
        return "byte " + p.currentLocation().getByteOffset();
    }

    private static String span(long first, long last) {
        return first == last ? "line " + first : "lines " + first + "-" + last;
    }

    private static boolean isBlank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String message(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
