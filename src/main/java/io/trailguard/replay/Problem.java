package io.trailguard.replay;

/** A malformed input, or a malformed record in one, with where it is: {@code path: position: reason}. */
record Problem(String input, String where, String reason) {

    @Override
    public String toString() {
        return input + (where.isEmpty() ? "" : ": " + where) + ": " + reason;
    }
}
