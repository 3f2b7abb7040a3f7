package io.trailguard.iam;

import java.util.List;

/** One condition: {@code operator} (e.g. {@code StringEquals}) applied to {@code key} with {@code values} (OR-ed). */
public record Condition(String operator, String key, List<String> values) {

    public Condition {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("condition " + operator + " " + key + " needs at least one value");
        }
        values = List.copyOf(values);
    }
}
