package io.trailguard.detect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A cheap test every event a pattern matches passes, read off the pattern: one field (a path without wildcard) that
 * must hold a string or a number, and, when the pattern allows only exact texts there, one of those texts. It holds
 * because every comparison on such a path needs a string or a number to compare with ({@link CompiledValue}); a
 * number is always admitted, since a text such as {@code "1"} equals the number 1. An event the precondition rejects
 * cannot match; one it admits still has to be matched. Immutable and thread-safe.
 */
public final class Precondition {

    /** Admits every event: the pattern requires no field that way (e.g. only keyword tests or wildcards). */
    public static final Precondition NONE = new Precondition(null, null, null);

    private final Selector selector;
    private final CompiledSelector field;
    /** The only texts admitted; null: any string. */
    private final Set<String> texts;

    private Precondition(Selector selector, CompiledSelector field, Set<String> texts) {
        this.selector = selector;
        this.field = field;
        this.texts = texts;
    }

    /** The precondition on the first field in the pattern that must hold one of a few texts, else on the first that must exist. */
    public static Precondition of(CanonicalPattern pattern) {
        Map<Selector, Need> needs = needs(pattern.body());
        for (Map.Entry<Selector, Need> e : needs.entrySet()) {
            if (e.getValue().texts() != null) {
                return on(e.getKey(), e.getValue());
            }
        }
        return needs.isEmpty() ? NONE : on(needs.keySet().iterator().next(), Need.ANY_TEXT);
    }

    private static Precondition on(Selector selector, Need need) {
        return new Precondition(selector, new CompiledSelector(selector), need.texts() == null ? null : Set.copyOf(need.texts()));
    }

    /** False only when the pattern cannot match {@code event}. */
    public boolean admits(JsonNode event) {
        if (field == null) {
            return true;
        }
        JsonNode v = field.single(event);
        if (v == null) {
            return false;
        }
        if (v.isTextual()) {
            return texts == null || texts.contains(v.textValue());
        }
        return v.isNumber();
    }

    /** The field tested, null for {@link #NONE}. */
    Selector field() {
        return selector;
    }

    /** What a field must hold for a match: a string or number, and when {@code texts} is not null, one of those texts. */
    private record Need(Set<String> texts) {
        static final Need ANY_TEXT = new Need(null);

        Need and(Need other) {
            if (texts == null || other.texts == null) {
                return texts == null ? other : this;
            }
            Set<String> both = new HashSet<>(texts);
            both.retainAll(other.texts);
            return new Need(both);
        }

        Need or(Need other) {
            if (texts == null || other.texts == null) {
                return ANY_TEXT;
            }
            Set<String> either = new HashSet<>(texts);
            either.addAll(other.texts);
            return new Need(either);
        }
    }

    /** Every field a match needs, in pattern order. */
    private static Map<Selector, Need> needs(CanonicalPattern.Node node) {
        Map<Selector, Need> out = new LinkedHashMap<>();
        if (node instanceof CanonicalPattern.Comparison c && !c.selector().hasWildcard()) {
            boolean exact = c.op() == Expr.Operator.EQ && c.value() instanceof Value.Text t && !t.isGlob();
            out.put(c.selector(), exact ? new Need(Set.of(((Value.Text) c.value()).text())) : Need.ANY_TEXT);
        } else if (node instanceof CanonicalPattern.All all) {
            for (CanonicalPattern.Node operand : all.operands()) {
                needs(operand).forEach((selector, need) -> out.merge(selector, need, Need::and));
            }
        } else if (node instanceof CanonicalPattern.Any any) {
            out.putAll(needs(any.operands().get(0)));
            for (CanonicalPattern.Node operand : any.operands().subList(1, any.operands().size())) {
                Map<Selector, Need> branch = needs(operand);
                out.keySet().retainAll(branch.keySet());
                out.replaceAll((selector, need) -> need.or(branch.get(selector)));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        if (field == null) {
            return "none";
        }
        return selector.render() + (texts == null ? " is a string or number" : " in " + texts + " (or a number)");
    }
}
