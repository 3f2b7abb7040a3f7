package io.trailguard.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * EventBridge's event-pattern matching, for the operators trailguard's response patterns use. Semantics from the
 * EventBridge user guide: "Event patterns" (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html:
 * every field of the pattern must match, values in a list are alternatives, an array in the event matches when any
 * element does, matching is exact and case-sensitive) and "Comparison operators"
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-pattern-operators.html: {@code prefix},
 * {@code anything-but} with a value, a list or a prefix, {@code exists}, and {@code $or}). A field the event lacks
 * matches only {@code "exists": false}.
 */
public final class EventPatternMatcher {

    private EventPatternMatcher() {}

    /** @throws IllegalArgumentException for a pattern construct this matcher does not implement */
    public static boolean matches(JsonNode pattern, JsonNode event) {
        if (!pattern.isObject()) {
            throw new IllegalArgumentException("a pattern level must be an object: " + pattern);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = pattern.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("$or")) {
                boolean any = false;
                for (JsonNode alternative : e.getValue()) {
                    any |= matches(alternative, event);
                }
                if (!any) {
                    return false;
                }
                continue;
            }
            // EventBridge flattens a pattern into paths: below a missing or non-object field every path is missing.
            JsonNode value = event == null || !event.isObject() ? null : event.get(e.getKey());
            JsonNode p = e.getValue();
            if (p.isObject()) {
                if (!matches(p, value)) {
                    return false;
                }
            } else if (p.isArray()) {
                if (!leaf(p, value)) {
                    return false;
                }
            } else {
                throw new IllegalArgumentException("pattern values must be lists or objects: " + e.getKey());
            }
        }
        return true;
    }

    private static boolean leaf(JsonNode alternatives, JsonNode value) {
        for (JsonNode alt : alternatives) {
            if (value != null && value.isArray()) {
                for (JsonNode element : value) {
                    if (one(alt, element)) {
                        return true;
                    }
                }
                if (alt.isObject() && alt.has("exists") && alt.get("exists").asBoolean()) {
                    return true;
                }
            } else if (one(alt, value)) {
                return true;
            }
        }
        return false;
    }

    /** One alternative against one value ({@code null} when the event lacks the field). */
    private static boolean one(JsonNode alt, JsonNode value) {
        if (alt.isObject()) {
            if (alt.size() != 1) {
                throw new IllegalArgumentException("one operator per matcher object: " + alt);
            }
            String op = alt.fieldNames().next();
            JsonNode arg = alt.get(op);
            return switch (op) {
                case "exists" -> arg.asBoolean() == (value != null && !value.isContainerNode());
                case "prefix" -> value != null && value.isTextual() && value.asText().startsWith(arg.asText());
                case "anything-but" -> value != null && !value.isContainerNode() && !anythingButExcludes(arg, value);
                default -> throw new IllegalArgumentException("operator not implemented: " + op);
            };
        }
        if (value == null) {
            return false;
        }
        if (alt.isTextual()) {
            return value.isTextual() && value.asText().equals(alt.asText());
        }
        if (alt.isNumber()) {
            return value.isNumber() && value.decimalValue().compareTo(alt.decimalValue()) == 0;
        }
        if (alt.isNull()) {
            return value.isNull();
        }
        if (alt.isBoolean()) {
            return value.isBoolean() && value.asBoolean() == alt.asBoolean();
        }
        throw new IllegalArgumentException("unsupported pattern value " + alt);
    }

    private static boolean anythingButExcludes(JsonNode arg, JsonNode value) {
        if (arg.isArray()) {
            for (JsonNode a : arg) {
                if (one(a, value)) {
                    return true;
                }
            }
            return false;
        }
        if (arg.isObject()) {
            return one(arg, value);
        }
        return one(arg, value);
    }
}
