package io.trailguard.plan.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two policy documents (parsed JSON) statement by statement. */
final class StatementDiffer {

    private StatementDiffer() {}

    static boolean isPolicyDocument(Object v) {
        return v instanceof Map<?, ?> m && m.containsKey("Statement");
    }

    static StatementDiff diff(Object before, Object after) {
        Map<String, Map<String, Object>> b = byKey(statements(before));
        Map<String, Map<String, Object>> a = byKey(statements(after));
        List<Map<String, Object>> added = new ArrayList<>();
        List<Map<String, Object>> removed = new ArrayList<>();
        List<StatementDiff.Changed> changed = new ArrayList<>();
        a.forEach((key, statement) -> {
            Map<String, Object> old = b.get(key);
            if (old == null) {
                added.add(statement);
            } else if (!Objects.equals(old, statement)) {
                changed.add(new StatementDiff.Changed(String.valueOf(statement.get("Sid")), old, statement));
            }
        });
        b.forEach((key, statement) -> {
            if (!a.containsKey(key)) {
                removed.add(statement);
            }
        });
        return new StatementDiff(added, removed, changed);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(Object document) {
        Object s = ((Map<String, Object>) document).get("Statement");
        if (s instanceof List<?> l) {
            return l.stream().filter(Map.class::isInstance).map(x -> (Map<String, Object>) x).toList();
        }
        return s instanceof Map<?, ?> m ? List.of((Map<String, Object>) m) : List.of();
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> statements) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> s : statements) {
            Object sid = s.get("Sid");
            out.put(sid != null && !sid.toString().isEmpty() ? "sid:" + sid : "content:" + s, s);
        }
        return out;
    }
}
