package io.trailguard.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inputs that hold JSON policy documents as strings, parsed so that plans and diffs show them as data. */
final class PolicyInputs {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Input names that carry IAM-language or service policy JSON. */
    static final List<String> POLICY_KEYS = List.of("policy", "assumeRolePolicy", "content", "policyDocument", "accessPolicy");

    private PolicyInputs() {}

    static Map<String, Object> parsed(String type, Map<String, Object> inputs) {
        boolean provider = type.startsWith("pulumi:providers:");
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((k, v) -> {
            if ((provider || POLICY_KEYS.contains(k)) && v instanceof String s && (s.trim().startsWith("{") || s.trim().startsWith("["))) {
                try {
                    out.put(k, JSON.readValue(s, Object.class));
                    return;
                } catch (Exception ignored) {
                    // not JSON after all: keep the string
                }
            }
            out.put(k, wholeNumbers(v));
        });
        return out;
    }

    /** The engine carries every number as a double; show 30 rather than 30.0 where the value is whole. */
    @SuppressWarnings("unchecked")
    static Object wholeNumbers(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), wholeNumbers(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(PolicyInputs::wholeNumbers).toList();
        }
        return v;
    }
}
