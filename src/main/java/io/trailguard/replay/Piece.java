package io.trailguard.replay;

/** What a {@link RecordScanner} finds next in an input. */
sealed interface Piece {

    /** One complete JSON object, {@code length} bytes from {@code offset}; the bytes are valid until the next piece. */
    record Value(byte[] bytes, int offset, int length, Span span) implements Piece {}

    /** Bytes that hold no readable record, and why. */
    record Skipped(Span span, String reason) implements Piece {}

    /** The input is exhausted; every byte of it was either a {@link Value} or in a {@link Skipped} range. */
    record End() implements Piece {}
}
