package io.trailguard.replay;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Finds the record objects in a JSON byte stream by its structure alone (brackets and strings, never a parse), so
 * that damage costs only the bytes it touches and the next record is found wherever it starts. Records are the
 * objects at container level: the top level (JSON lines, concatenated or pretty-printed objects), the elements of
 * arrays, and the elements of a delivery document's {@code Records} array. Between records, whitespace and commas
 * are ignored, and anything else is skipped and reported as one range.
 *
 * <p>A record still open where a new record evidently begins is reported as cut short, and scanning resumes at the
 * new record: where a line starts with <code>{</code> no further indented than the open record's own first line
 * (a JSON line cut short, a pretty-printed record missing its end), or, in a CloudTrail record, at the text
 * <code>{"eventVersion"</code>, which CloudTrail writes first in every record and which no valid string can
 * contain. A record longer than the limit is skipped while its structure is still followed, so memory stays within
 * the limit whatever the input. Each byte is read once.
 */
final class RecordScanner {

    private static final byte[] MARKER = "{\"eventVersion\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENT_VERSION = "eventVersion".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RECORDS = "Records".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;
    private static final int MAX_CONTAINERS = 32;
    /** Jackson's default nesting limit: deeper records would fail to parse anyway. */
    static final int MAX_NESTING = 1000;
    /** Bytes inside a string that matter: its end, an escape, a line break (invalid there), a possible record start. */
    private static final boolean[] IN_STRING_STOP = new boolean[256];
    private static final boolean[] STRUCTURE = new boolean[256];

    static {
        for (char c : "\"\\\n{".toCharArray()) {
            IN_STRING_STOP[c] = true;
        }
        for (char c : "\"{}[]:\n".toCharArray()) {
            STRUCTURE[c] = true;
        }
    }

    private enum Kind { ARRAY, RECORDS, DOCUMENT_TAIL }

    private record Open(Kind kind, long at, long line) {}

    private final InputStream in;
    private final int maxRecordBytes;
    private final String unit;
    private final Supplier<String> storedPosition;

    private byte[] buf = new byte[CHUNK];
    private long base;
    private int pos;
    private int limit;
    private boolean eof;
    private IOException streamError;
    /** Absolute offset the buffer must keep from (the open record's start), or -1. */
    private long holdFrom = -1;

    private long line = 1;
    private long lineStart;
    private boolean lineHasContent;

    private final Deque<Open> containers = new ArrayDeque<>();
    private final Deque<Piece> queued = new ArrayDeque<>();
    private long junkStart = -1;
    private long junkEnd;
    private long junkLine;
    private boolean finished;
    private boolean endReported;
    private byte[] nesting = new byte[64];

    /**
     * @param unit           what the offsets count, for reports ({@code ""}, {@code "decompressed"}, ...)
     * @param storedPosition where reading stopped in the stored file, for a report when the stream fails
     */
    RecordScanner(InputStream in, int maxRecordBytes, String unit, Supplier<String> storedPosition) {
        this.in = in;
        this.maxRecordBytes = maxRecordBytes;
        this.unit = unit;
        this.storedPosition = storedPosition;
    }

    Piece next() {
        if (!queued.isEmpty()) {
            return queued.poll();
        }
        while (true) {
            if (pos >= limit && !fill()) {
                return finish();
            }
            byte b = buf[pos];
            Open top = containers.peek();
            Kind kind = top == null ? null : top.kind();
            if (kind == Kind.DOCUMENT_TAIL && b != '}' && b != ',' && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                Piece junk = flushJunk();
                Piece tail = skipDocumentTail();
                if (junk != null) {
                    queued.add(tail);
                    return junk;
                }
                return tail;
            }
            switch (b) {
                case ' ', '\t', '\r', '\n', ',' -> advance();
                case '{' -> {
                    Piece junk = flushJunk();
                    Piece found = scanObject(kind == null || kind == Kind.ARRAY);
                    if (junk != null) {
                        if (found != null) {
                            queued.add(found);
                        }
                        return junk;
                    }
                    if (found != null) {
                        return found;
                    }
                }
                case '[' -> {
                    if (containers.size() < MAX_CONTAINERS) {
                        Piece junk = flushJunk();
                        containers.push(new Open(Kind.ARRAY, abs(pos), line));
                        advance();
                        if (junk != null) {
                            return junk;
                        }
                    } else {
                        junk();
                    }
                }
                case ']' -> {
                    if (kind == Kind.ARRAY || kind == Kind.RECORDS) {
                        Piece junk = flushJunk();
                        containers.pop();
                        if (kind == Kind.RECORDS) {
                            containers.push(new Open(Kind.DOCUMENT_TAIL, abs(pos), line));
                        }
                        advance();
                        if (junk != null) {
                            return junk;
                        }
                    } else {
                        junk();
                    }
                }
                case '}' -> {
                    if (kind == Kind.DOCUMENT_TAIL) {
                        Piece junk = flushJunk();
                        containers.pop();
                        advance();
                        if (junk != null) {
                            return junk;
                        }
                    } else {
                        junk();
                    }
                }
                default -> junk();
            }
        }
    }

    /**
     * At a <code>{</code> at container level: a record (as a value or a skipped range), or null when the object is a
     * delivery document ({@code documentAllowed}: here, a <code>{"Records":[</code> opens one).
     */
    private Piece scanObject(boolean documentAllowed) {
        final long start = abs(pos);
        final long startLine = line;
        final boolean startsLine = !lineHasContent;
        final long column = start - lineStart;
        holdFrom = start;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        boolean oversize = false;
        String invalid = null;
        // The first key: 0 expecting it, 1 inside it, 2 after it, 3 after its colon, 4 past its value's start.
        int keyState = 0;
        long keyStart = 0;
        boolean cloudTrailRecord = false;
        boolean recordsKey = false;
        while (true) {
            if (pos >= limit && !fill()) {
                holdFrom = -1;
                // The containers end with the record: one report for one cut.
                containers.clear();
                endReported = true;
                return skipped(start, abs(limit), startLine, "input ends inside this record" + endNote());
            }
            if (inString && !escaped) {
                // The bulk of a record: string content, skipped in one run up to the next byte that matters.
                int p = pos;
                while (p < limit && !IN_STRING_STOP[buf[p] & 0xff]) {
                    p++;
                }
                if (p > pos) {
                    if (!lineHasContent) {
                        // Only after a line break inside the string (invalid): is the next line indented, or text?
                        for (int i = pos; i < p && !lineHasContent; i++) {
                            lineHasContent = buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r';
                        }
                    }
                    pos = p;
                    if (!oversize && abs(pos) - start > maxRecordBytes) {
                        oversize = true;
                        holdFrom = -1;
                    }
                    continue;
                }
            }
            byte b = buf[pos];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '"') {
                    inString = false;
                    if (keyState == 1) {
                        keyState = 2;
                        long keyEnd = abs(pos);
                        cloudTrailRecord = keyIs(keyStart, keyEnd, EVENT_VERSION);
                        recordsKey = keyIs(keyStart, keyEnd, RECORDS);
                    }
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '{' && abs(pos) != start && startsNewRecord(startsLine, column, cloudTrailRecord)) {
                    holdFrom = -1;
                    return cutShort(start, startLine);
                } else if (b == '\n') {
                    invalid = "a line break inside a string";
                }
                advance();
                continue;
            }
            long at = abs(pos);
            switch (b) {
                case '"' -> {
                    inString = true;
                    if (depth == 1 && keyState == 0) {
                        keyState = 1;
                        keyStart = at + 1;
                    }
                }
                case '{', '[' -> {
                    if (b == '{' && at != start && startsNewRecord(startsLine, column, cloudTrailRecord)) {
                        holdFrom = -1;
                        return cutShort(start, startLine);
                    }
                    if (b == '[' && depth == 1 && keyState == 3 && recordsKey && documentAllowed) {
                        holdFrom = -1;
                        containers.push(new Open(Kind.RECORDS, start, startLine));
                        advance();
                        return null;
                    }
                    if (depth == 1 && keyState == 3) {
                        keyState = 4;
                    }
                    if (depth < MAX_NESTING) {
                        if (depth == nesting.length) {
                            nesting = Arrays.copyOf(nesting, depth * 2);
                        }
                        nesting[depth] = b;
                    } else {
                        invalid = "nested deeper than " + MAX_NESTING + " levels";
                    }
                    depth++;
                }
                case '}', ']' -> {
                    byte opener = depth > MAX_NESTING ? (byte) (b == '}' ? '{' : '[') : nesting[depth - 1];
                    if (opener != (b == '}' ? '{' : '[')) {
                        // Most often the end of the array this record was cut short in: left for the container.
                        holdFrom = -1;
                        return skipped(start, at, startLine, "record cut short: unmatched '" + (char) b + "' at byte " + at);
                    }
                    depth--;
                    if (depth == 0) {
                        advance();
                        holdFrom = -1;
                        long end = at + 1;
                        if (oversize) {
                            return skipped(start, end, startLine, "record of " + (end - start)
                                    + " bytes, over the limit of " + maxRecordBytes + " (--max-record-bytes)");
                        }
                        if (invalid != null) {
                            return skipped(start, end, startLine, "invalid JSON: " + invalid);
                        }
                        return new Piece.Value(buf, (int) (start - base), (int) (end - start), new Span(unit, start, end, startLine));
                    }
                }
                case ':' -> {
                    if (depth == 1 && keyState == 2) {
                        keyState = 3;
                    }
                }
                case ' ', '\t', '\r', '\n' -> {}
                default -> {
                    if (depth == 1 && (keyState == 3 || keyState == 0)) {
                        keyState = 4;
                    }
                }
            }
            advance();
            if (!oversize && abs(pos) - start > maxRecordBytes) {
                oversize = true;
                holdFrom = -1;
            }
        }
    }

    /** At a <code>{</code> inside an open record: does a new record evidently begin here? */
    private boolean startsNewRecord(boolean recordStartsLine, long recordColumn, boolean cloudTrailRecord) {
        if (recordStartsLine && !lineHasContent && abs(pos) - lineStart <= recordColumn) {
            return true;
        }
        if (!cloudTrailRecord || !ensure(MARKER.length)) {
            return false;
        }
        for (int i = 0; i < MARKER.length; i++) {
            if (buf[pos + i] != MARKER[i]) {
                return false;
            }
        }
        return true;
    }

    private Piece cutShort(long start, long startLine) {
        long at = abs(pos);
        return skipped(start, at, startLine, "record cut short: a new record begins at byte " + at + " (line " + line + ")");
    }

    /** Fields of a delivery document after its {@code Records} array, up to the document's closing brace. */
    private Piece skipDocumentTail() {
        long start = abs(pos);
        long startLine = line;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (pos < limit || fill()) {
            byte b = buf[pos];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (depth == 0) {
                    return skipped(start, abs(pos), startLine, "fields after Records in a delivery document (not records)");
                }
                depth--;
            }
            advance();
        }
        return skipped(start, abs(limit), startLine, "fields after Records in a delivery document (not records)");
    }

    private void junk() {
        long at = abs(pos);
        if (junkStart < 0) {
            junkStart = at;
            junkLine = line;
        }
        if (buf[pos] == '"') {
            // A string between records is skipped whole, so that a bracket inside it starts nothing.
            advance();
            boolean escaped = false;
            while (pos < limit || fill()) {
                byte b = buf[pos];
                if (b == '\n') {
                    break;
                }
                advance();
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    break;
                }
            }
            junkEnd = abs(pos);
            return;
        }
        advance();
        junkEnd = at + 1;
        // Runs of plain bytes (a planted blob, a log line) in one go, without a state change per byte.
        while ((pos < limit || fill()) && !STRUCTURE[buf[pos] & 0xff] && buf[pos] != ',') {
            advance();
            junkEnd = abs(pos);
        }
    }

    private Piece flushJunk() {
        if (junkStart < 0) {
            return null;
        }
        Piece p = skipped(junkStart, junkEnd, junkLine, "not a JSON object where a record may stand");
        junkStart = -1;
        return p;
    }

    private Piece finish() {
        if (finished) {
            return new Piece.End();
        }
        finished = true;
        Piece junk = flushJunk();
        if (junk != null) {
            queued.add(junk);
        }
        long end = abs(limit);
        if (!containers.isEmpty()) {
            Open outer = containers.peekLast();
            String what = outer.kind() == Kind.ARRAY ? "an array" : "a delivery document";
            queued.add(new Piece.Skipped(new Span(unit, outer.at(), outer.at() + 1, outer.line()), "opens " + what
                    + " that never closes: the input ends at byte " + end + " (line " + line + ")" + endNote()));
            containers.clear();
        } else if (streamError != null && !endReported) {
            queued.add(new Piece.Skipped(new Span(unit, end, end, line), "input ends here" + endNote()));
        }
        queued.add(new Piece.End());
        return queued.poll();
    }

    private String endNote() {
        if (streamError == null) {
            return "";
        }
        String m = streamError.getMessage() != null ? streamError.getMessage() : streamError.getClass().getSimpleName();
        String stored = storedPosition.get();
        return ": cannot read further (" + m + (stored.isEmpty() ? "" : ", at " + stored) + "); everything after is lost";
    }

    private Piece skipped(long start, long end, long startLine, String reason) {
        return new Piece.Skipped(new Span(unit, start, end, startLine), reason);
    }

    private boolean keyIs(long from, long to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        int i0 = (int) (from - base);
        for (int i = 0; i < name.length; i++) {
            if (buf[i0 + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private long abs(int index) {
        return base + index;
    }

    private void advance() {
        byte b = buf[pos++];
        if (b == '\n') {
            line++;
            lineStart = abs(pos);
            lineHasContent = false;
        } else if (b != ' ' && b != '\t' && b != '\r') {
            lineHasContent = true;
        }
    }

    /** At least {@code n} bytes from {@code pos} in the buffer, unless the input ends first. */
    private boolean ensure(int n) {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        int keep = holdFrom >= 0 ? (int) (holdFrom - base) : pos;
        if (keep > 0 && (limit == buf.length || keep >= CHUNK)) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            base += keep;
            limit -= keep;
            pos -= keep;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            streamError = e;
            eof = true;
            return false;
        }
    }
}
