package io.trailguard.detect;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The right-hand side of a comparison. */
public sealed interface Value {

    /**
     * A string, written {@code "quoted"} or bare; {@code *} is a glob that matches any run of characters.
     * Bare text may hold only letters, digits, {@code _ . - *} (AWS rejects {@code :} and other symbols there).
     */
    record Text(String text, boolean quoted) implements Value {
        private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.*-]+");

        public Text {
            if (quoted && (text.isEmpty() || text.contains("\""))) {
                throw new IllegalArgumentException("quoted text must be non-empty and hold no '\"': " + text);
            }
            if (!quoted && (!BARE.matcher(text).matches() || text.equalsIgnoreCase("null") || NumberLiteral.isNumber(text))) {
                throw new IllegalArgumentException("not a bare word (quote it): " + text);
            }
        }

        /** Bare when AWS accepts it bare, quoted otherwise. */
        static Text of(String text) {
            boolean bare = BARE.matcher(text).matches() && !text.equalsIgnoreCase("null") && !NumberLiteral.isNumber(text);
            return new Text(text, !bare);
        }

        public boolean isGlob() {
            return text.indexOf('*') >= 0;
        }
    }

    /** A bare numeric literal such as {@code 1}, {@code +1}, {@code 1.0}, {@code 1e3}; its spelling is kept. */
    record NumberLiteral(String literal) implements Value {
        private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

        public NumberLiteral {
            if (!isNumber(literal)) {
                throw new IllegalArgumentException("not a number: " + literal);
            }
        }

        static boolean isNumber(String s) {
            return NUMBER.matcher(s).matches();
        }

        BigDecimal decimal() {
            return new BigDecimal(literal.startsWith("+") ? literal.substring(1) : literal);
        }
    }

    /** {@code %regex%}; AWS allows at most two per pattern and a restricted character set. */
    record Regex(String source) implements Value {
        public Regex {
            RegexTerms.check(source);
        }
    }

    /** The value as it appears in a pattern. */
    default String render() {
        if (this instanceof Text t) {
            return t.quoted() ? '"' + t.text() + '"' : t.text();
        }
        if (this instanceof NumberLiteral n) {
            return n.literal();
        }
        return "%" + ((Regex) this).source() + "%";
    }
}
