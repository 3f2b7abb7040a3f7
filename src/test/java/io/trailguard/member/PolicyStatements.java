package io.trailguard.member;

import java.util.List;
import java.util.Map;

/** A parsed policy statement, as the plan shows it, with the questions the tests ask of it. */
public record PolicyStatements(Map<String, Object> statement) {

    @SuppressWarnings("unchecked")
    public static List<PolicyStatements> of(Object policy) {
        Object st = ((Map<String, Object>) policy).get("Statement");
        List<Object> list = st instanceof List<?> l ? (List<Object>) l : List.of(st);
        return list.stream().map(s -> new PolicyStatements((Map<String, Object>) s)).toList();
    }

    public String sid() {
        return String.valueOf(statement.get("Sid"));
    }

    public boolean allows() {
        return "Allow".equals(statement.get("Effect"));
    }

    /** {@code "*"} or {@code {"AWS": "*"}}. */
    public boolean wildcardPrincipal() {
        Object p = statement.get("Principal");
        return "*".equals(p) || (p instanceof Map<?, ?> m && values(m.get("AWS")).contains("*"));
    }

    public List<String> services() {
        Object p = statement.get("Principal");
        return p instanceof Map<?, ?> m ? values(m.get("Service")) : List.of();
    }

    public List<String> actions() {
        return values(statement.get("Action"));
    }

    public boolean hasConditions() {
        return statement.get("Condition") instanceof Map<?, ?> m && !m.isEmpty();
    }

    /** Values of {@code key} under {@code operator}, empty when absent. */
    public List<String> condition(String operator, String key) {
        if (statement.get("Condition") instanceof Map<?, ?> c && c.get(operator) instanceof Map<?, ?> op) {
            return values(op.get(key));
        }
        return List.of();
    }

    /** Every condition key used, whatever the operator. */
    public List<String> conditionKeys() {
        if (statement.get("Condition") instanceof Map<?, ?> c) {
            return c.values().stream().flatMap(op -> ((Map<?, ?>) op).keySet().stream()).map(String::valueOf).toList();
        }
        return List.of();
    }

    public static List<String> values(Object v) {
        if (v == null) {
            return List.of();
        }
        return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(v));
    }
}
