package io.trailguard.replay;

/**
 * Input that was not read as records, with where it is: {@code path: bytes S-E (line L): reason}; {@code span} is
 * null when the problem is the input as a whole (unreadable, not a regular file, a format not supported).
 */
record Problem(String input, Span span, String reason) {

    @Override
    public String toString() {
        return input + (span == null ? "" : ": " + span) + ": " + reason;
    }
}
