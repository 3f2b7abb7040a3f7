package io.trailguard.detect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A selector resolved against an event the way AWS does: a path without a wildcard yields the one value it
 * reaches (null when any step is missing); a path with a wildcard yields every element of the array, or value
 * of the object, at the wildcard, each followed down the remaining steps (those that reach nothing drop out).
 * A wildcard over a scalar or null yields nothing, but the path still "exists" (that matters for {@code !=}).
 * Resolving allocates nothing except an iterator for a wildcard over an object: it runs for every rule on every
 * record of a replay.
 */
final class CompiledSelector {

    /** A test of one value a selector yields. */
    @FunctionalInterface
    interface ValueTest {
        boolean test(JsonNode value);
    }

    private final Object[] prefix;
    private final Object[] suffix;
    private final boolean wildcard;

    CompiledSelector(Selector selector) {
        List<Object> before = new ArrayList<>();
        List<Object> after = new ArrayList<>();
        boolean seen = false;
        for (Selector.Step step : selector.steps()) {
            if (step instanceof Selector.Step.Wildcard) {
                seen = true;
            } else {
                (seen ? after : before).add(step instanceof Selector.Step.Field f ? f.name() : ((Selector.Step.Index) step).index());
            }
        }
        this.prefix = before.toArray();
        this.suffix = after.toArray();
        this.wildcard = seen;
    }

    boolean hasWildcard() {
        return wildcard;
    }

    /** The value a path without wildcard reaches, or null when it is missing. */
    JsonNode single(JsonNode root) {
        return walk(root, prefix);
    }

    /** The node the wildcard ranges over, or null when the path to it is missing. */
    JsonNode wildcardBase(JsonNode root) {
        return walk(root, prefix);
    }

    /** True when some value the selector yields from {@code root} passes {@code test}. */
    boolean anyValue(JsonNode root, ValueTest test) {
        if (!wildcard) {
            JsonNode v = walk(root, prefix);
            return v != null && test.test(v);
        }
        JsonNode base = walk(root, prefix);
        return base != null && anyExpanded(base, test);
    }

    /** True when some value the wildcard yields from its base (which must be non-null) passes {@code test}. */
    boolean anyExpanded(JsonNode base, ValueTest test) {
        if (base.isArray()) {
            for (int i = 0, n = base.size(); i < n; i++) {
                JsonNode v = walk(base.get(i), suffix);
                if (v != null && test.test(v)) {
                    return true;
                }
            }
            return false;
        }
        if (base.isObject()) {
            for (Iterator<JsonNode> it = base.elements(); it.hasNext(); ) {
                JsonNode v = walk(it.next(), suffix);
                if (v != null && test.test(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonNode walk(JsonNode node, Object[] steps) {
        for (Object step : steps) {
            if (step instanceof String name) {
                node = node.isObject() ? node.get(name) : null;
            } else {
                int i = (Integer) step;
                node = node.isArray() && i < node.size() ? node.get(i) : null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
