package io.trailguard.config;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a plain (unquoted, untagged) scalar is when the Pulumi CLI reads a stack file: a port of go-yaml/yaml v3
 * {@code resolve.go} ({@code resolve(tag, in)} with an empty tag), which the CLI uses for Pulumi.&lt;stack&gt;.yaml.
 * <ul>
 *   <li>{@code resolveMap}: only true/True/TRUE/false/False/FALSE are booleans (yes/no/on/off stay strings);
 *       ""/~/null/Null/NULL are null; .nan/.inf variants are floats; {@code <<} is the merge key.</li>
 *   <li>Hint 'D'/'S' (digit or sign first): a timestamp (plain only), else {@code strconv.ParseInt(plain, 0, 64)}
 *       with underscores removed, so {@code 0400} is octal 256 and {@code 0x1F} hex; then ParseUint; then
 *       {@code yamlStyleFloat}, so {@code 012345678901} (not octal: it holds 8 and 9) is the float 12345678901;
 *       then {@code 0b}/{@code 0o} prefixes.</li>
 *   <li>Hint '.': {@code strconv.ParseFloat}. Anything else is a string.</li>
 * </ul>
 */
final class Yaml3Scalars {

    private Yaml3Scalars() {}

    /** A resolved scalar: {@code type} is str, int, float, bool, null or timestamp; {@code value} its JSON-ready value. */
    record Resolved(String type, Object value) {}

    private static final Map<String, Resolved> MAP = Map.ofEntries(
            Map.entry("true", new Resolved("bool", true)), Map.entry("True", new Resolved("bool", true)), Map.entry("TRUE", new Resolved("bool", true)),
            Map.entry("false", new Resolved("bool", false)), Map.entry("False", new Resolved("bool", false)), Map.entry("FALSE", new Resolved("bool", false)),
            Map.entry("", new Resolved("null", null)), Map.entry("~", new Resolved("null", null)), Map.entry("null", new Resolved("null", null)),
            Map.entry("Null", new Resolved("null", null)), Map.entry("NULL", new Resolved("null", null)),
            Map.entry(".nan", new Resolved("float", Double.NaN)), Map.entry(".NaN", new Resolved("float", Double.NaN)), Map.entry(".NAN", new Resolved("float", Double.NaN)),
            Map.entry(".inf", new Resolved("float", Double.POSITIVE_INFINITY)), Map.entry(".Inf", new Resolved("float", Double.POSITIVE_INFINITY)),
            Map.entry(".INF", new Resolved("float", Double.POSITIVE_INFINITY)), Map.entry("+.inf", new Resolved("float", Double.POSITIVE_INFINITY)),
            Map.entry("+.Inf", new Resolved("float", Double.POSITIVE_INFINITY)), Map.entry("+.INF", new Resolved("float", Double.POSITIVE_INFINITY)),
            Map.entry("-.inf", new Resolved("float", Double.NEGATIVE_INFINITY)), Map.entry("-.Inf", new Resolved("float", Double.NEGATIVE_INFINITY)),
            Map.entry("-.INF", new Resolved("float", Double.NEGATIVE_INFINITY)),
            Map.entry("<<", new Resolved("merge", "<<")));

    private static final Pattern YAML_STYLE_FLOAT = Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    // The formats of resolve.go's allowedTimestampFormats: date, date T time zone, date space time.
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]\\d{1,2}:\\d{1,2}:\\d{1,2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})| \\d{1,2}:\\d{1,2}:\\d{1,2}(?:\\.\\d{1,9})?)?$");

    static Resolved resolve(String in) {
        char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
        if (hint == 0) {
            return new Resolved("str", in);
        }
        Resolved known = MAP.get(in);
        if (known != null) {
            return known;
        }
        switch (hint) {
            case '.' -> {
                if (in.matches("\\.[0-9]+([eE][-+]?[0-9]+)?")) {
                    return new Resolved("float", Double.parseDouble(in));
                }
            }
            case 'D', 'S' -> {
                if (isTimestamp(in)) {
                    return new Resolved("timestamp", in);
                }
                String plain = in.replace("_", "");
                BigInteger i = parseGoInt(plain);
                if (i != null && i.compareTo(INT64_MIN) >= 0 && i.compareTo(UINT64_MAX) <= 0
                        && (i.signum() >= 0 || i.compareTo(INT64_MAX) <= 0)) {
                    return new Resolved("int", i);
                }
                if (YAML_STYLE_FLOAT.matcher(plain).matches()) {
                    return new Resolved("float", Double.parseDouble(plain));
                }
            }
            default -> { }
        }
        return new Resolved("str", in);
    }

    /** resolve.go's resolveTable: 'S' sign, 'D' digit, 'M' map-only letters, '.' dot, 0 otherwise. */
    private static char hint(char c) {
        if (c == '+' || c == '-') {
            return 'S';
        }
        if (c >= '0' && c <= '9') {
            return 'D';
        }
        if ("yYnNtTfFoO~".indexOf(c) >= 0) {
            return 'M';
        }
        return c == '.' ? '.' : 0;
    }

    /**
     * Go's {@code strconv.ParseInt(s, 0, 64)} / {@code ParseUint} syntax: optional sign, then 0x/0X hex, 0o/0O
     * octal, 0b/0B binary, a leading 0 octal, else decimal; null when malformed. Range is checked by the caller.
     */
    static BigInteger parseGoInt(String s) {
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        String t = s;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            negative = t.charAt(0) == '-';
            t = t.substring(1);
        }
        int radix = 10;
        if (t.length() > 2 && t.charAt(0) == '0' && "xXoObB".indexOf(t.charAt(1)) >= 0) {
            radix = switch (Character.toLowerCase(t.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            t = t.substring(2);
        } else if (t.length() > 1 && t.charAt(0) == '0') {
            radix = 8;
            t = t.substring(1);
        }
        if (t.isEmpty() || t.charAt(0) == '+' || t.charAt(0) == '-') {
            return null;
        }
        try {
            BigInteger v = new BigInteger(t, radix);
            return negative ? v.negate() : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isTimestamp(String s) {
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
