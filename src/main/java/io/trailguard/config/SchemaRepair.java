package io.trailguard.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a config tree with every value the schema refused replaced by a neutral one of the right type (the
 * schema's default, the first enum value, or an empty value), and unknown keys removed, so that the meaning of
 * the rest can be checked in the same run.
 */
final class SchemaRepair {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchemaRepair() {}

    static ObjectNode repair(ObjectNode config, List<Error> errors, StackSchema schema) {
        for (Error e : errors) {
            List<Object> at = new ArrayList<>();
            for (int i = 0; i < e.getInstanceLocation().getNameCount(); i++) {
                at.add(e.getInstanceLocation().getElement(i));
            }
            if (at.isEmpty() || !"config".equals(at.get(0))) {
                continue;
            }
            List<Object> inConfig = at.subList(1, at.size());
            if ("additionalProperties".equals(e.getKeyword())) {
                JsonNode parent = locate(config, inConfig);
                if (parent instanceof ObjectNode o) {
                    o.remove(e.getProperty());
                }
                continue;
            }
            if ("required".equals(e.getKeyword()) || inConfig.isEmpty()) {
                continue;
            }
            JsonNode parent = locate(config, inConfig.subList(0, inConfig.size() - 1));
            Object last = inConfig.get(inConfig.size() - 1);
            JsonNode neutral = neutral(schema, schema.schemaAt(inConfig));
            if (parent instanceof ObjectNode o) {
                if (neutral == null) {
                    o.remove((String) last);
                } else {
                    o.set((String) last, neutral);
                }
            } else if (parent instanceof ArrayNode a && last instanceof Integer i && i < a.size()) {
                a.set(i, neutral == null ? F.nullNode() : neutral);
            }
        }
        return config;
    }

    private static JsonNode locate(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object e : path) {
            n = e instanceof Integer i ? n.path(i) : n.path((String) e);
        }
        return n;
    }

    private static JsonNode neutral(StackSchema schema, JsonNode at) {
        if (at.isMissingNode()) {
            return null;
        }
        JsonNode d = schema.defaultOf(at);
        if (d != null) {
            return d.deepCopy();
        }
        JsonNode s = schema.deref(at);
        if (s.path("enum").isArray() && s.path("enum").size() > 0) {
            return s.path("enum").get(0).deepCopy();
        }
        JsonNode type = s.path("type");
        String t = type.isArray() ? type.get(0).asText() : type.asText();
        return switch (t) {
            case "object" -> F.objectNode();
            case "array" -> F.arrayNode();
            case "string" -> F.textNode("");
            case "integer", "number" -> F.numberNode(0);
            case "boolean" -> F.booleanNode(false);
            default -> null;
        };
    }
}
