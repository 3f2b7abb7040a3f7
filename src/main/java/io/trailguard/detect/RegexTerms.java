package io.trailguard.detect;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * What AWS accepts between {@code %...%}, as recorded by TestMetricFilter: ASCII letters and digits,
 * {@code _ . - | ^ $ [ ] { } , ? + *}, and the escapes {@code \d \w \s} (and negations), {@code \xHH} and
 * escaped symbols from that set. Groups, {@code &&} classes, possessive quantifiers and non-ASCII are rejected.
 *
 * <p>Matching runs on RE2's automaton (re2j), in time linear in the text for a given pattern, so no pattern AWS
 * accepts can stall a replay ({@code %a*a*a*...c%} backtracks exponentially in {@code java.util.regex}). Counted
 * repetition is bounded at parse time: RE2 refuses a count above 1,000, and a pattern whose compiled program would
 * exceed {@link #MAX_PROGRAM} repetitions in all (e.g. {@code \w{1000}\w{1000}...}) is refused here with that reason.
 */
final class RegexTerms {

    private static final String PLAIN = "_.-|^$[]{},?+*";
    private static final String CLASS_ESCAPES = "dDwWsS";
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("(?<!\\\\)[*+?}]\\+");
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("(?<!\\\\)\\{(\\d+)(?:,(\\d*))?}");
    /** Total of the counted repetitions one pattern may ask for: each is a copy of its atom in the automaton. */
    static final int MAX_PROGRAM = 2000;

    private RegexTerms() {}

    /** Throws IllegalArgumentException naming the first offending character. */
    static void check(String source) {
        if (source.isEmpty()) {
            throw new IllegalArgumentException("empty regular expression");
        }
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i = checkEscape(source, i);
            } else if (!isAsciiAlnum(c) && PLAIN.indexOf(c) < 0) {
                throw new IllegalArgumentException("character '" + c + "' is not allowed in a regular expression");
            }
        }
        if (POSSESSIVE.matcher(source).find()) {
            throw new IllegalArgumentException("possessive quantifiers are not supported");
        }
        try {
            Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("regular expression does not compile: " + e.getDescription());
        }
        long copies = 0;
        var counts = COUNT.matcher(source);
        while (counts.find()) {
            String upper = counts.group(2);
            copies += Long.parseLong(upper == null || upper.isEmpty() ? counts.group(1) : upper);
        }
        if (copies > MAX_PROGRAM) {
            throw new IllegalArgumentException("counted repetitions add up to " + copies + " (at most " + MAX_PROGRAM
                    + " here: each is a copy in the matcher's automaton)");
        }
    }

    static Pattern compile(String source) {
        return Pattern.compile(source);
    }

    private static int checkEscape(String s, int at) {
        if (at + 1 >= s.length()) {
            throw new IllegalArgumentException("dangling '\\' in regular expression");
        }
        char e = s.charAt(at + 1);
        if (CLASS_ESCAPES.indexOf(e) >= 0 || PLAIN.indexOf(e) >= 0 || e == '\\') {
            return at + 1;
        }
        if (e == 'x' && at + 3 < s.length() && isHex(s.charAt(at + 2)) && isHex(s.charAt(at + 3))) {
            return at + 3;
        }
        throw new IllegalArgumentException("escape '\\" + e + "' is not supported in a regular expression");
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
