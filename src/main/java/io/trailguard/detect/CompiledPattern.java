package io.trailguard.detect;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A filter pattern compiled once for matching many events offline with AWS's semantics (see
 * {@link CompiledValue} and {@link CompiledSelector}). Only JSON objects can match: AWS matches nothing in a
 * message that is an array or not JSON. Immutable and thread-safe.
 */
public final class CompiledPattern {

    private final FilterPattern pattern;
    private final Condition root;

    private CompiledPattern(FilterPattern pattern) {
        this.pattern = pattern;
        this.root = compile(pattern.body());
    }

    static CompiledPattern of(FilterPattern pattern) {
        return new CompiledPattern(pattern);
    }

    public FilterPattern pattern() {
        return pattern;
    }

    /** True when AWS would count {@code event} for this pattern. */
    public boolean matches(JsonNode event) {
        return event != null && event.isObject() && root.test(event);
    }

    @FunctionalInterface
    private interface Condition {
        boolean test(JsonNode event);
    }

    private static Condition compile(Expr e) {
        if (e instanceof Expr.Group g) {
            return compile(g.inner());
        }
        if (e instanceof Expr.And) {
            Condition[] all = Expr.chain(e).stream().map(CompiledPattern::compile).toArray(Condition[]::new);
            return event -> {
                for (Condition c : all) {
                    if (!c.test(event)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (e instanceof Expr.Or) {
            Condition[] any = Expr.chain(e).stream().map(CompiledPattern::compile).toArray(Condition[]::new);
            return event -> {
                for (Condition c : any) {
                    if (c.test(event)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (e instanceof Expr.Check k) {
            return check(new CompiledSelector(k.selector()), k.test());
        }
        Expr.Comparison c = (Expr.Comparison) e;
        return comparison(new CompiledSelector(c.selector()), c.op(), new CompiledValue(c.value()));
    }

    private static final CompiledSelector.ValueTest ANY = v -> true;

    private static Condition comparison(CompiledSelector sel, Expr.Operator op, CompiledValue value) {
        if (op.isOrdering()) {
            CompiledSelector.ValueTest ordered = v -> value.orders(v, op);
            return event -> sel.anyValue(event, ordered);
        }
        CompiledSelector.ValueTest equal = v -> value.test(v) == CompiledValue.Outcome.EQUAL;
        if (op == Expr.Operator.EQ) {
            return event -> sel.anyValue(event, equal);
        }
        if (!sel.hasWildcard()) {
            return event -> {
                JsonNode v = sel.single(event);
                return v != null && value.test(v) == CompiledValue.Outcome.UNEQUAL;
            };
        }
        // With a wildcard, != means "the path exists and no element equals": recorded for [], null, scalars, objects.
        return event -> {
            JsonNode base = sel.wildcardBase(event);
            return base != null && !sel.anyExpanded(base, equal);
        };
    }

    private static Condition check(CompiledSelector sel, Expr.Test test) {
        return switch (test) {
            case NOT_EXISTS -> sel.hasWildcard()
                    ? event -> {
                        JsonNode base = sel.wildcardBase(event);
                        return base == null || !sel.anyExpanded(base, ANY);
                    }
                    : event -> sel.single(event) == null;
            case IS_TRUE -> event -> sel.anyValue(event, CompiledPattern::isTrue);
            case IS_FALSE -> event -> sel.anyValue(event, CompiledPattern::isFalse);
            // AWS also counts an array holding a null as IS NULL for a path without wildcard ([null,2] recorded).
            case IS_NULL -> sel.hasWildcard()
                    ? event -> sel.anyValue(event, JsonNode::isNull)
                    : event -> {
                        JsonNode v = sel.single(event);
                        return v != null && (v.isNull() || v.isArray() && containsNull(v));
                    };
        };
    }

    private static boolean isTrue(JsonNode v) {
        return v.isBoolean() && v.booleanValue();
    }

    private static boolean isFalse(JsonNode v) {
        return v.isBoolean() && !v.booleanValue();
    }

    private static boolean containsNull(JsonNode array) {
        for (JsonNode v : array) {
            if (v.isNull()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern.render();
    }
}
