package io.trailguard.detect;

/**
 * Whitespace on either side of an operator, parenthesis or brace, kept so that a parsed pattern renders back
 * byte for byte (Security Hub credits only the verbatim CIS strings).
 *
 * @param before whitespace before the token (after it, for an opening brace or parenthesis)
 * @param after  whitespace after the token (before it, for a closing brace or parenthesis)
 */
public record Spacing(String before, String after) {

    /** {@code $.a=1}, {@code ($.a=1)}, {@code {...}} */
    public static final Spacing TIGHT = new Spacing("", "");
    /** {@code $.a = 1}, {@code ( $.a = 1 )}, {@code { ... }} */
    public static final Spacing SPACED = new Spacing(" ", " ");

    public Spacing {
        requireBlank(before);
        requireBlank(after);
    }

    private static void requireBlank(String s) {
        if (s == null || !s.isBlank()) {
            throw new IllegalArgumentException("spacing must be whitespace only: '" + s + "'");
        }
    }
}
