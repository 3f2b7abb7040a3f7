package io.trailguard.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pattern string to AST. Recursive descent over {@code or := and ('||' and)*}, {@code and := primary ('&&'
 * primary)*}, {@code primary := '(' or ')' | selector (op value | IS NULL|TRUE|FALSE | NOT EXISTS)}, keeping the
 * whitespace of every gap. The rejections follow what AWS's TestMetricFilter rejected in the recorded corpus.
 */
final class FilterPatternParser {

    private static final String VALUE_END = " \t\r\n)}&|";

    private final String s;
    private int pos;
    private int regexTerms;

    FilterPatternParser(String pattern) {
        this.s = pattern;
    }

    FilterPattern parse() {
        if (s.isBlank() || s.charAt(0) != '{') {
            throw fail(0, unsupportedKind());
        }
        if (s.length() > FilterPattern.MAX_LENGTH) {
            throw fail(FilterPattern.MAX_LENGTH, "pattern is " + s.length() + " characters; AWS allows " + FilterPattern.MAX_LENGTH);
        }
        if (s.charAt(s.length() - 1) != '}') {
            throw fail(s.length() - 1, "a pattern that starts with '{' must end with '}'");
        }
        pos = 1;
        String lead = whitespace();
        if (pos == s.length() - 1) {
            throw fail(pos, "empty pattern: write a condition such as $.eventName = \"X\"");
        }
        Expr body = or();
        String trail = whitespace();
        if (pos != s.length() - 1) {
            throw fail(pos, unexpected("'&&', '||' or '}'"));
        }
        return new FilterPattern(body, new Spacing(lead, trail));
    }

    private String unsupportedKind() {
        String kind = s.isBlank() ? "an empty pattern (matches everything)"
                : switch (s.charAt(0)) {
                    case '[' -> "a space-delimited pattern [...]";
                    case '%' -> "a regular-expression pattern %...%";
                    default -> "a term pattern";
                };
        return "unsupported pattern kind: " + kind + "; trailguard supports JSON patterns { $.field = value }";
    }

    private Expr or() {
        Expr left = and();
        while (true) {
            int mark = pos;
            String before = whitespace();
            if (!s.startsWith("||", pos)) {
                pos = mark;
                return left;
            }
            pos += 2;
            String after = whitespace();
            left = new Expr.Or(left, and(), new Spacing(before, after));
        }
    }

    private Expr and() {
        Expr left = primary();
        while (true) {
            int mark = pos;
            String before = whitespace();
            if (!s.startsWith("&&", pos)) {
                rejectWordOperator();
                pos = mark;
                return left;
            }
            pos += 2;
            String after = whitespace();
            left = new Expr.And(left, primary(), new Spacing(before, after));
        }
    }

    private void rejectWordOperator() {
        String word = word().toUpperCase(Locale.ROOT);
        if (word.equals("AND") || word.equals("OR")) {
            throw fail(pos, "'" + s.substring(pos, pos + word.length()) + "' is not an operator; use '"
                    + (word.equals("AND") ? "&&" : "||") + "'");
        }
    }

    private Expr primary() {
        if (at('(')) {
            pos++;
            String open = whitespace();
            Expr inner = or();
            String close = whitespace();
            if (!at(')')) {
                throw fail(pos, unexpected("')'"));
            }
            pos++;
            return new Expr.Group(inner, new Spacing(open, close));
        }
        return condition();
    }

    private Expr condition() {
        Selector selector = selector();
        int gapAt = pos;
        String gap = whitespace();
        Expr.Operator op = operator();
        if (op != null) {
            String after = whitespace();
            Value value = value(op);
            return new Expr.Comparison(selector, op, value, new Spacing(gap, after));
        }
        if (gap.isEmpty()) {
            throw fail(gapAt, unexpected("an operator after the selector"));
        }
        return new Expr.Check(selector, test(), gap, s.substring(gapAt + gap.length(), pos));
    }

    private Expr.Test test() {
        int start = pos;
        String first = word().toUpperCase(Locale.ROOT);
        pos += first.length();
        int secondAt = pos + whitespaceLength();
        String second = wordAt(secondAt).toUpperCase(Locale.ROOT);
        Expr.Test test = null;
        if (first.equals("IS")) {
            test = switch (second) {
                case "NULL" -> Expr.Test.IS_NULL;
                case "TRUE" -> Expr.Test.IS_TRUE;
                case "FALSE" -> Expr.Test.IS_FALSE;
                case "NOT" -> throw fail(secondAt, "'IS NOT ...' is not supported by AWS; use NOT EXISTS, or = * for any string or number");
                default -> null;
            };
        } else if (first.equals("NOT") && second.equals("EXISTS")) {
            test = Expr.Test.NOT_EXISTS;
        } else if (first.equals("EXISTS")) {
            throw fail(start, "EXISTS is not supported by AWS; use = * (any string or number) or NOT EXISTS");
        }
        if (test == null) {
            throw fail(start, unexpected("an operator (= != < > <= >=) or IS NULL, IS TRUE, IS FALSE, NOT EXISTS"));
        }
        pos = secondAt + second.length();
        return test;
    }

    private Selector selector() {
        int start = pos;
        if (!at('$')) {
            throw fail(pos, unexpected("a selector starting with '$.'"));
        }
        pos++;
        if (!at('.')) {
            throw fail(pos, at('[') ? "a selector starts with '$.'; '$[' is rejected by AWS" : "selector '$' needs a field: $.name");
        }
        List<Selector.Step> steps = new ArrayList<>();
        while (at('.') || at('[')) {
            steps.add(step());
        }
        if (steps.stream().filter(st -> st instanceof Selector.Step.Wildcard).count() > 1) {
            throw fail(start, "a selector may hold at most one wildcard");
        }
        if (pos < s.length() && " \t\r\n=!<>".indexOf(s.charAt(pos)) < 0) {
            throw fail(pos, "character '" + s.charAt(pos) + "' is not allowed in a selector (use .['name'] for such names)");
        }
        return new Selector(steps);
    }

    private Selector.Step step() {
        int start = pos;
        if (at('[')) {
            pos++;
            if (at('*') && s.startsWith("*]", pos)) {
                pos += 2;
                return new Selector.Step.Wildcard(true);
            }
            int digits = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (pos == digits || !at(']')) {
                throw fail(start, at('-') ? "negative array index" : "expected [n] or [*] (use .['name'] for a quoted name)");
            }
            int index = Integer.parseInt(s.substring(digits, pos));
            pos++;
            return new Selector.Step.Index(index);
        }
        pos++;
        if (at('*')) {
            pos++;
            return new Selector.Step.Wildcard(false);
        }
        if (s.startsWith("['", pos)) {
            int end = s.indexOf("']", pos + 2);
            if (end < 0 || end == pos + 2) {
                throw fail(start, "expected .['name']");
            }
            String name = s.substring(pos + 2, end);
            pos = end + 2;
            return new Selector.Step.Field(name, true);
        }
        int nameStart = pos;
        while (pos < s.length() && isNameChar(s.charAt(pos))) {
            pos++;
        }
        if (pos == nameStart) {
            throw fail(start, "expected a field name after '.'" + (at('[') ? " (write .['name'] with single quotes)" : ""));
        }
        return new Selector.Step.Field(s.substring(nameStart, pos), false);
    }

    private Expr.Operator operator() {
        if (s.startsWith("==", pos)) {
            throw fail(pos, "'==' is not an operator; use '='");
        }
        for (String symbol : new String[] {"!=", "<=", ">=", "=", "<", ">"}) {
            if (s.startsWith(symbol, pos)) {
                pos += symbol.length();
                for (Expr.Operator op : Expr.Operator.values()) {
                    if (op.symbol().equals(symbol)) {
                        return op;
                    }
                }
            }
        }
        return null;
    }

    private Value value(Expr.Operator op) {
        int start = pos;
        Value value = at('"') ? quotedText() : at('%') ? regex() : bare();
        if (op.isOrdering() && !(value instanceof Value.NumberLiteral)) {
            throw fail(start, "'" + op.symbol() + "' compares numbers only; " + s.substring(start, pos) + " is not a bare number");
        }
        return value;
    }

    private Value quotedText() {
        int start = pos;
        int end = s.indexOf('"', pos + 1);
        if (end < 0 || end >= s.length() - 1) {
            throw fail(start, "unterminated string");
        }
        if (end == start + 1) {
            throw fail(start, "empty string \"\" is rejected by AWS");
        }
        pos = end + 1;
        if (pos < s.length() && VALUE_END.indexOf(s.charAt(pos)) < 0) {
            throw fail(pos, unexpected("whitespace, ')', '&&', '||' or '}' after the string"));
        }
        return new Value.Text(s.substring(start + 1, end), true);
    }

    private Value regex() {
        int start = pos;
        int end = s.indexOf('%', pos + 1);
        if (end < 0) {
            throw fail(start, "unterminated regular expression: %...%");
        }
        if (++regexTerms > FilterPattern.MAX_REGEX_TERMS) {
            throw fail(start, "more than " + FilterPattern.MAX_REGEX_TERMS + " regular expressions in one pattern");
        }
        String source = s.substring(start + 1, end);
        try {
            RegexTerms.check(source);
        } catch (IllegalArgumentException e) {
            throw fail(start + 1, e.getMessage());
        }
        pos = end + 1;
        return new Value.Regex(source);
    }

    private Value bare() {
        int start = pos;
        while (pos < s.length() && VALUE_END.indexOf(s.charAt(pos)) < 0) {
            char c = s.charAt(pos);
            boolean sign = (c == '+' || c == '-') && pos == start;
            if (!sign && !isNameChar(c) && c != '.' && c != '*') {
                throw fail(pos, "character '" + c + "' is not allowed in a bare value; quote the value");
            }
            pos++;
        }
        String text = s.substring(start, pos);
        if (text.isEmpty()) {
            throw fail(start, "missing value after the operator");
        }
        if (text.equalsIgnoreCase("null")) {
            throw fail(start, "null is not a value; use IS NULL");
        }
        if (Value.NumberLiteral.isNumber(text)) {
            return new Value.NumberLiteral(text);
        }
        if (text.charAt(0) == '+' || text.charAt(0) == '-' && text.length() == 1) {
            throw fail(start, "'" + text + "' is not a number; quote it");
        }
        return new Value.Text(text, false);
    }

    private String whitespace() {
        int start = pos;
        pos += whitespaceLength();
        return s.substring(start, pos);
    }

    private int whitespaceLength() {
        int i = pos;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i - pos;
    }

    private String word() {
        return wordAt(pos);
    }

    private String wordAt(int i) {
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(i, end);
    }

    private boolean at(char c) {
        return pos < s.length() && s.charAt(pos) == c;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    private String unexpected(String expected) {
        if (pos >= s.length()) {
            return "expected " + expected + " before the end";
        }
        int end = pos;
        while (end < s.length() && end < pos + 12 && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        return "expected " + expected + ", found '" + s.substring(pos, Math.max(end, pos + 1)) + "'";
    }

    private InvalidPatternException fail(int at, String reason) {
        return new InvalidPatternException(s, at, reason);
    }
}
