package io.trailguard.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pattern means to the matcher, without how it is written: spacing, parentheses, quotes around text, the
 * spelling of keyword tests and of selector steps are gone, and chains of {@code &&} or {@code ||} are flattened
 * (they are associative). Two patterns with equal canonical forms match exactly the same events, so a replay
 * evaluates them once per record. Operand order is kept: equal forms are a sufficient condition, not a complete one.
 * Number literals keep their spelling, which matters when they are compared with strings.
 */
public record CanonicalPattern(Node body) {

    /** A node of the canonical tree; records, so equality is structural. */
    public sealed interface Node {}

    /** Every operand holds. */
    public record All(List<Node> operands) implements Node {}

    /** Some operand holds. */
    public record Any(List<Node> operands) implements Node {}

    public record Comparison(Selector selector, Expr.Operator op, Value value) implements Node {}

    public record Check(Selector selector, Expr.Test test) implements Node {}

    public static CanonicalPattern of(FilterPattern pattern) {
        return new CanonicalPattern(node(pattern.body()));
    }

    private static Node node(Expr e) {
        if (e instanceof Expr.Group g) {
            return node(g.inner());
        }
        if (e instanceof Expr.And || e instanceof Expr.Or) {
            boolean and = e instanceof Expr.And;
            List<Node> operands = new ArrayList<>();
            for (Expr part : Expr.chain(e)) {
                Node n = node(part);
                if (and && n instanceof All inner) {
                    operands.addAll(inner.operands());
                } else if (!and && n instanceof Any inner) {
                    operands.addAll(inner.operands());
                } else {
                    operands.add(n);
                }
            }
            return and ? new All(List.copyOf(operands)) : new Any(List.copyOf(operands));
        }
        if (e instanceof Expr.Check k) {
            return new Check(selector(k.selector()), k.test());
        }
        Expr.Comparison c = (Expr.Comparison) e;
        return new Comparison(selector(c.selector()), c.op(), value(c.value()));
    }

    /** Brackets around a field name and around a wildcard are spelling only. */
    private static Selector selector(Selector s) {
        List<Selector.Step> steps = new ArrayList<>();
        for (Selector.Step step : s.steps()) {
            if (step instanceof Selector.Step.Field f) {
                steps.add(Selector.field(f.name()));
            } else if (step instanceof Selector.Step.Wildcard) {
                steps.add(new Selector.Step.Wildcard(true));
            } else {
                steps.add(step);
            }
        }
        return new Selector(steps);
    }

    /** Quoted and bare text compare the same; a number literal's spelling and a regex's source stay. */
    private static Value value(Value v) {
        return v instanceof Value.Text t ? Value.Text.of(t.text()) : v;
    }
}
