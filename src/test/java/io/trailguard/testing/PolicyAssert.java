package io.trailguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads statements of a policy JSON document the way IAM does (scalars and lists alike). */
public final class PolicyAssert {

    private PolicyAssert() {}

    public static JsonNode statement(JsonNode policy, String sid) {
        for (JsonNode s : policy.get("Statement")) {
            if (s.path("Sid").asText().equals(sid)) {
                return s;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }

    /** A string-or-list field as a list. */
    public static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isMissingNode() || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    public static List<String> condition(JsonNode statement, String operator, String key) {
        return values(statement.path("Condition").path(operator).path(key));
    }

    /** IAM's wildcard principal: "*" or {"AWS": "*"}. */
    public static boolean wildcardPrincipal(JsonNode statement) {
        JsonNode p = statement.path("Principal");
        return (p.isTextual() && p.asText().equals("*")) || values(p.path("AWS")).contains("*");
    }

    /** No statement allows a wildcard principal without a condition. */
    public static void noUnconditionedWildcardAllow(JsonNode policy) {
        for (JsonNode s : policy.get("Statement")) {
            if (s.path("Effect").asText().equals("Allow") && wildcardPrincipal(s)) {
                assertFalse(s.path("Condition").isMissingNode() || s.path("Condition").isEmpty(),
                        "Allow to a wildcard principal without a condition: " + s);
            }
        }
    }

    public static void assertEffect(JsonNode statement, String effect) {
        assertEquals(effect, statement.path("Effect").asText(), statement.toString());
    }
}
