package io.trailguard.response;

import io.trailguard.detect.Expr;
import io.trailguard.detect.Selector;
import io.trailguard.detect.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A detection rule's filter pattern as the conditions of an EventBridge pattern on the CloudTrail record, where the
 * two languages mean the same: an AND of fields, each an exact string or an OR of exact strings on that one field,
 * or {@code NOT EXISTS}. A glob, a regex, a number, an ordering or inequality, a keyword test other than
 * {@code NOT EXISTS}, or an OR across different fields has no equal here, and the rule keeps only its metric alarm.
 */
public final class RulePatterns {

    /** What the event's field must hold. */
    public sealed interface FieldMatch {
        /** One of these exact strings. */
        record OneOf(Set<String> values) implements FieldMatch {
            public OneOf {
                values = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
            }
        }

        /** The field is absent. */
        record Missing() implements FieldMatch {}
    }

    /** The derived conditions by dotted path in the CloudTrail record, or why there are none. */
    public record Derivation(Map<String, FieldMatch> fields, String notDerivable) {
        public boolean derived() {
            return notDerivable == null;
        }

        public Optional<Set<String>> values(String path) {
            return fields.get(path) instanceof FieldMatch.OneOf o ? Optional.of(o.values()) : Optional.empty();
        }
    }

    private RulePatterns() {}

    public static Derivation derive(Expr body) {
        Map<String, FieldMatch> fields = new LinkedHashMap<>();
        for (Expr conjunct : conjuncts(body)) {
            String why = add(conjunct, fields);
            if (why != null) {
                return new Derivation(Map.of(), why);
            }
        }
        return new Derivation(java.util.Collections.unmodifiableMap(fields), null);
    }

    private static List<Expr> conjuncts(Expr e) {
        Expr inner = unwrap(e);
        if (inner instanceof Expr.And) {
            List<Expr> out = new ArrayList<>();
            for (Expr c : Expr.chain(inner)) {
                out.addAll(conjuncts(c));
            }
            return out;
        }
        return List.of(inner);
    }

    private static Expr unwrap(Expr e) {
        return e instanceof Expr.Group g ? unwrap(g.inner()) : e;
    }

    /** Adds one conjunct, intersecting with what the field already holds; returns why it cannot be derived. */
    private static String add(Expr conjunct, Map<String, FieldMatch> fields) {
        if (conjunct instanceof Expr.Check c) {
            if (c.test() != Expr.Test.NOT_EXISTS) {
                return "`" + c.test().keywords() + "` has no EventBridge equal that matches the same values";
            }
            String path = path(c.selector());
            if (path == null) {
                return "an array or wildcard selector";
            }
            FieldMatch had = fields.putIfAbsent(path, new FieldMatch.Missing());
            return had == null || had instanceof FieldMatch.Missing ? null : "`" + path + "` must both exist and be missing";
        }
        List<Expr> alternatives = new ArrayList<>();
        collectOr(conjunct, alternatives);
        String path = null;
        Set<String> values = new LinkedHashSet<>();
        for (Expr a : alternatives) {
            if (!(a instanceof Expr.Comparison cmp)) {
                return "an OR of conditions that are not all equalities on one field";
            }
            String why = exactEquality(cmp);
            if (why != null) {
                return why;
            }
            String p = path(cmp.selector());
            if (path != null && !path.equals(p)) {
                return "an OR across fields (`" + path + "`, `" + p + "`)";
            }
            path = p;
            values.add(((Value.Text) cmp.value()).text());
        }
        return intersect(path, values, fields);
    }

    private static void collectOr(Expr e, List<Expr> out) {
        Expr u = unwrap(e);
        if (u instanceof Expr.Or) {
            for (Expr c : Expr.chain(u)) {
                collectOr(c, out);
            }
        } else {
            out.add(u);
        }
    }

    private static String intersect(String path, Set<String> values, Map<String, FieldMatch> fields) {
        FieldMatch had = fields.get(path);
        if (had instanceof FieldMatch.Missing) {
            return "`" + path + "` must both exist and be missing";
        }
        if (had instanceof FieldMatch.OneOf o) {
            Set<String> both = new LinkedHashSet<>(o.values());
            both.retainAll(values);
            values = both;
        }
        if (values.isEmpty()) {
            return "`" + path + "` has no value every condition accepts";
        }
        fields.put(path, new FieldMatch.OneOf(values));
        return null;
    }

    private static String exactEquality(Expr.Comparison cmp) {
        if (cmp.op() != Expr.Operator.EQ) {
            return "`" + cmp.op().symbol() + "` (EventBridge's anything-but and numeric matching differ on missing and"
                    + " non-string fields)";
        }
        if (!(cmp.value() instanceof Value.Text text)) {
            return cmp.value() instanceof Value.Regex ? "a regex" : "a numeric comparison";
        }
        if (text.text().contains("*")) {
            return "a glob (`" + text.text() + "`)";
        }
        return path(cmp.selector()) == null ? "an array or wildcard selector" : null;
    }

    /** The dotted path of a selector made of plain field steps only; null otherwise. */
    static String path(Selector s) {
        StringBuilder b = new StringBuilder();
        for (Selector.Step step : s.steps()) {
            if (!(step instanceof Selector.Step.Field f) || f.name().contains(".")) {
                return null;
            }
            b.append(b.isEmpty() ? "" : ".").append(f.name());
        }
        return b.toString();
    }
}
