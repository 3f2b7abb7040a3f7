package io.trailguard.replay;

/**
 * Where a piece of one input lies: bytes {@code [start, end)} of its JSON text and the line the piece starts on.
 * {@code unit} says what the offsets count: the file's bytes, the decompressed bytes of a gzip file, or UTF-8 bytes
 * of a file decoded from UTF-16.
 */
record Span(String unit, long start, long end, long line) {

    @Override
    public String toString() {
        String range = end > start + 1 ? "bytes " + start + "-" + (end - 1) : "byte " + start;
        return (unit.isEmpty() ? "" : unit + " ") + range + " (line " + line + ")";
    }
}
