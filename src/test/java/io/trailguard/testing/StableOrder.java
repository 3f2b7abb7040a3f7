package io.trailguard.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Where in a document about to be serialised a map has no order of its own. {@code Map.of} iterates in an order that
 * changes from one JVM to the next, so a document built from one has different bytes on every run: a different
 * template hash, a changed SSM document, a diff in every preview.
 */
public final class StableOrder {

    private StableOrder() {}

    /** Paths of maps with two or more entries that are neither insertion-ordered nor sorted. */
    public static List<String> unorderedMaps(Object tree) {
        List<String> out = new ArrayList<>();
        walk(tree, "$", out);
        return out;
    }

    private static void walk(Object v, String path, List<String> out) {
        if (v instanceof Map<?, ?> m) {
            // An unmodifiable wrapper does not say what it wraps, so it counts as unordered unless it is a SortedMap.
            boolean ordered = m instanceof LinkedHashMap<?, ?> || m instanceof SortedMap<?, ?>;
            if (m.size() > 1 && !ordered) {
                out.add(path + " (" + m.getClass().getName() + ")");
            }
            m.forEach((k, x) -> walk(x, path + "." + k, out));
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(l.get(i), path + "[" + i + "]", out);
            }
        }
    }
}
