package io.trailguard.detect;

/**
 * A filter pattern AWS would reject (or one of a kind trailguard does not support), with where and why.
 * The message reads {@code column N: reason}; {@link #pointer()} shows the spot under the pattern.
 */
public final class InvalidPatternException extends IllegalArgumentException {

    private final String pattern;
    private final int position;
    private final String reason;

    InvalidPatternException(String pattern, int position, String reason) {
        super("column " + (position + 1) + ": " + reason);
        this.pattern = pattern;
        this.position = position;
        this.reason = reason;
    }

    public String pattern() {
        return pattern;
    }

    /** 0-based index into the pattern. */
    public int position() {
        return position;
    }

    public String reason() {
        return reason;
    }

    /** The pattern and a caret under the offending position. */
    public String pointer() {
        return pattern + System.lineSeparator() + " ".repeat(Math.min(position, pattern.length())) + "^";
    }
}
