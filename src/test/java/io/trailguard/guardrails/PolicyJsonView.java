package io.trailguard.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a serialised policy back, the way AWS would, so tests assert meaning rather than builder calls. */
record PolicyJsonView(JsonNode root) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static PolicyJsonView parse(String json) {
        try {
            return new PolicyJsonView(MAPPER.readTree(json));
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    List<StatementView> statements() {
        List<StatementView> list = new ArrayList<>();
        root.get("Statement").forEach(s -> list.add(new StatementView(s)));
        return list;
    }

    StatementView statement(String sid) {
        return statements().stream().filter(s -> sid.equals(s.sid())).findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + root));
    }

    /** The same document without one statement. */
    PolicyJsonView without(String sid) {
        var copy = root.deepCopy();
        var kept = MAPPER.createArrayNode();
        root.get("Statement").forEach(st -> {
            if (!sid.equals(st.path("Sid").asText())) {
                kept.add(st);
            }
        });
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).set("Statement", kept);
        return new PolicyJsonView(copy);
    }

    record StatementView(JsonNode n) {
        String sid() {
            return n.has("Sid") ? n.get("Sid").asText() : null;
        }

        String effect() {
            return n.get("Effect").asText();
        }

        List<String> actions() {
            return strings(n.get("Action"));
        }

        List<String> notActions() {
            return strings(n.get("NotAction"));
        }

        List<String> resources() {
            return strings(n.get("Resource"));
        }

        boolean hasCondition() {
            return n.has("Condition");
        }

        /** Values of one condition operator and key, if present. */
        Optional<List<String>> condition(String operator, String key) {
            JsonNode c = n.path("Condition").path(operator).get(key);
            return c == null ? Optional.empty() : Optional.of(strings(c));
        }

        private static List<String> strings(JsonNode v) {
            List<String> out = new ArrayList<>();
            if (v == null) {
                return out;
            }
            if (v.isArray()) {
                v.forEach(x -> out.add(x.asText()));
            } else {
                out.add(v.asText());
            }
            return out;
        }
    }
}
