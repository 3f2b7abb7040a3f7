package io.trailguard.detect;

import java.util.Arrays;
import java.util.List;

/**
 * Builders for rules written as code, with static imports:
 * {@code pattern(and(eq("eventSource", "kms.amazonaws.com"), oneOf("eventName", "DisableKey", "ScheduleKeyDeletion")))}.
 * Paths are dotted CloudTrail paths ({@code userIdentity.arn}, {@code resources[*].ARN}); strings are quoted
 * unless given as a {@link #word}; an {@code ||} passed to {@link #and} is parenthesised for you.
 */
public final class Patterns {

    private Patterns() {}

    /** The pattern in trailguard's {@link Layout#STANDARD} layout. */
    public static FilterPattern pattern(Expr body) {
        return Layout.STANDARD.pattern(body);
    }

    public static Expr eq(String path, String text) {
        return eq(path, quoted(text));
    }

    public static Expr eq(String path, Value value) {
        return compare(path, Expr.Operator.EQ, value);
    }

    public static Expr ne(String path, String text) {
        return ne(path, quoted(text));
    }

    public static Expr ne(String path, Value value) {
        return compare(path, Expr.Operator.NE, value);
    }

    public static Expr gt(String path, String number) {
        return compare(path, Expr.Operator.GT, number(number));
    }

    public static Expr ge(String path, String number) {
        return compare(path, Expr.Operator.GE, number(number));
    }

    public static Expr lt(String path, String number) {
        return compare(path, Expr.Operator.LT, number(number));
    }

    public static Expr le(String path, String number) {
        return compare(path, Expr.Operator.LE, number(number));
    }

    public static Expr notExists(String path) {
        return new Expr.Check(Selector.path(path), Expr.Test.NOT_EXISTS);
    }

    public static Expr isNull(String path) {
        return new Expr.Check(Selector.path(path), Expr.Test.IS_NULL);
    }

    public static Expr isTrue(String path) {
        return new Expr.Check(Selector.path(path), Expr.Test.IS_TRUE);
    }

    public static Expr isFalse(String path) {
        return new Expr.Check(Selector.path(path), Expr.Test.IS_FALSE);
    }

    /** "Missing or different": {@code ($.f != "x" || $.f NOT EXISTS)}, since {@code !=} never matches a missing field. */
    public static Expr neOrMissing(String path, String text) {
        return group(or(ne(path, text), notExists(path)));
    }

    /** {@code path} equals one of the quoted strings. */
    public static Expr oneOf(String path, String... texts) {
        return or(Arrays.stream(texts).map(t -> eq(path, t)).toArray(Expr[]::new));
    }

    /** {@code path} equals one of the bare words (the CIS spelling). */
    public static Expr oneOfWords(String path, String... words) {
        return or(Arrays.stream(words).map(w -> eq(path, word(w))).toArray(Expr[]::new));
    }

    public static Expr and(Expr... operands) {
        return fold(List.of(operands), true);
    }

    public static Expr or(Expr... operands) {
        return fold(List.of(operands), false);
    }

    public static Expr and(List<Expr> operands) {
        return fold(operands, true);
    }

    public static Expr or(List<Expr> operands) {
        return fold(operands, false);
    }

    public static Expr group(Expr inner) {
        return inner instanceof Expr.Group ? inner : new Expr.Group(inner, Spacing.TIGHT);
    }

    /** A quoted string; {@code *} in it is a glob. */
    public static Value quoted(String text) {
        return new Value.Text(text, true);
    }

    /** A bare word such as {@code kms.amazonaws.com}; {@code *} in it is a glob. */
    public static Value word(String text) {
        return new Value.Text(text, false);
    }

    public static Value number(String literal) {
        return new Value.NumberLiteral(literal);
    }

    public static Value regex(String source) {
        return new Value.Regex(source);
    }

    private static Expr compare(String path, Expr.Operator op, Value value) {
        return new Expr.Comparison(Selector.path(path), op, value, Spacing.SPACED);
    }

    private static Expr fold(List<Expr> operands, boolean and) {
        if (operands.isEmpty()) {
            throw new IllegalArgumentException((and ? "and" : "or") + "() needs at least one operand");
        }
        Expr acc = operand(operands.get(0), and);
        for (Expr next : operands.subList(1, operands.size())) {
            acc = and ? new Expr.And(acc, operand(next, true), Spacing.SPACED) : new Expr.Or(acc, next, Spacing.SPACED);
        }
        return acc;
    }

    private static Expr operand(Expr e, boolean inAnd) {
        return inAnd && e instanceof Expr.Or ? group(e) : e;
    }
}
