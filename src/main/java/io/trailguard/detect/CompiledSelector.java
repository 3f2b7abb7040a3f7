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
 */
final class CompiledSelector {

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

    /** The values a wildcard path yields from its base (which must be non-null). */
    List<JsonNode> expand(JsonNode base) {
        if (!base.isContainerNode() || base.isEmpty()) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(base.size());
        for (Iterator<JsonNode> it = base.elements(); it.hasNext(); ) {
            JsonNode v = walk(it.next(), suffix);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
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
