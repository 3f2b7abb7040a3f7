package io.trailguard.detect;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import com.google.re2j.Pattern;

/**
 * A comparison's right-hand side, ready to test JSON values with the semantics AWS recorded:
 * <ul>
 * <li>only strings and numbers compare; booleans, null, objects and arrays are never equal or unequal;</li>
 * <li>a numeric literal compares numerically with numbers (exactly: the literal as a BigDecimal, integers as
 *     written, fractions and exponents as the double a JSON parser reads, so {@code 1e-999} is 0 and
 *     {@code 1e309} is out of range and compares with nothing) and textually with strings ({@code "1"} equals
 *     {@code 1}, {@code "01"} and {@code "1.0"} do not);</li>
 * <li>strings, globs and regular expressions compare with a number's text ({@code 1}, {@code 1.0}, {@code 1000.0});</li>
 * <li>{@code *} globs and regular expressions are case-sensitive; a regular expression matches anywhere in the text.</li>
 * </ul>
 */
final class CompiledValue {

    enum Outcome { EQUAL, UNEQUAL, INCOMPARABLE }

    private final String text;
    private final GlobMatcher glob;
    private final Pattern regex;
    private final BigDecimal number;

    CompiledValue(Value value) {
        if (value instanceof Value.Text t) {
            this.text = t.text();
            this.glob = t.isGlob() ? new GlobMatcher(t.text()) : null;
            this.regex = null;
            this.number = null;
        } else if (value instanceof Value.NumberLiteral n) {
            this.text = n.literal();
            this.glob = null;
            this.regex = null;
            this.number = n.decimal();
        } else {
            this.text = null;
            this.glob = null;
            this.regex = RegexTerms.compile(((Value.Regex) value).source());
            this.number = null;
        }
    }

    Outcome test(JsonNode node) {
        if (node.isTextual()) {
            return outcome(matchesText(node.textValue()));
        }
        if (!node.isNumber()) {
            return Outcome.INCOMPARABLE;
        }
        if (number != null) {
            BigDecimal v = numericValue(node);
            return v == null ? Outcome.INCOMPARABLE : outcome(v.compareTo(number) == 0);
        }
        return outcome(matchesText(numberText(node)));
    }

    /** Ordering: true when the event's number stands in {@code op} to the literal; strings never order. */
    boolean orders(JsonNode node, Expr.Operator op) {
        BigDecimal v = node.isNumber() ? numericValue(node) : null;
        if (v == null) {
            return false;
        }
        int c = v.compareTo(number);
        return switch (op) {
            case LT -> c < 0;
            case GT -> c > 0;
            case LE -> c <= 0;
            case GE -> c >= 0;
            default -> throw new IllegalStateException(op.symbol());
        };
    }

    private boolean matchesText(String s) {
        if (regex != null) {
            return regex.matcher(s).find();
        }
        return glob != null ? glob.matches(s) : text.equals(s);
    }

    private static Outcome outcome(boolean equal) {
        return equal ? Outcome.EQUAL : Outcome.UNEQUAL;
    }

    static BigDecimal numericValue(JsonNode node) {
        if (node.isIntegralNumber()) {
            return new BigDecimal(node.bigIntegerValue());
        }
        double d = node.doubleValue();
        return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }

    static String numberText(JsonNode node) {
        return node.isIntegralNumber() ? node.bigIntegerValue().toString() : Double.toString(node.doubleValue());
    }
}
