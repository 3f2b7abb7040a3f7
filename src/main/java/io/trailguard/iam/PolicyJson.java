package io.trailguard.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one serialiser of {@link PolicyDocument}. Single values are written as scalars (AWS's own canonical
 * form, and shorter for size-limited SCPs); keys in the order AWS documents them.
 */
public final class PolicyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PolicyJson() {}

    public static String minified(PolicyDocument doc) {
        return write(toTree(doc), false);
    }

    public static String pretty(PolicyDocument doc) {
        return write(toTree(doc), true);
    }

    public static ObjectNode toTree(PolicyDocument doc) {
        ObjectNode root = F.objectNode();
        root.put("Version", PolicyDocument.VERSION);
        ArrayNode st = root.putArray("Statement");
        for (Statement s : doc.statements()) {
            st.add(statement(s));
        }
        return root;
    }

    private static ObjectNode statement(Statement s) {
        ObjectNode n = F.objectNode();
        if (s.sid() != null) {
            n.put("Sid", s.sid());
        }
        n.put("Effect", s.effect().name());
        if (s.principal() != null) {
            if (s.principal().wildcard()) {
                n.put("Principal", "*");
            } else {
                ObjectNode p = n.putObject("Principal");
                s.principal().entries().forEach((k, v) -> p.set(k, values(v)));
            }
        }
        if (!s.actions().isEmpty()) {
            n.set("Action", values(s.actions()));
        } else {
            n.set("NotAction", values(s.notActions()));
        }
        if (!s.resources().isEmpty()) {
            n.set("Resource", values(s.resources()));
        } else if (!s.notResources().isEmpty()) {
            n.set("NotResource", values(s.notResources()));
        }
        if (!s.conditions().isEmpty()) {
            Map<String, ObjectNode> byOperator = new LinkedHashMap<>();
            for (Condition c : s.conditions()) {
                ObjectNode op = byOperator.computeIfAbsent(c.operator(), k -> F.objectNode());
                if (op.has(c.key())) {
                    throw new IllegalArgumentException("statement " + s.sid() + " repeats condition " + c.operator() + " " + c.key());
                }
                op.set(c.key(), values(c.values()));
            }
            ObjectNode cond = n.putObject("Condition");
            byOperator.forEach(cond::set);
        }
        return n;
    }

    private static JsonNode values(List<String> v) {
        if (v.size() == 1) {
            return F.textNode(v.get(0));
        }
        ArrayNode a = F.arrayNode();
        v.forEach(a::add);
        return a;
    }

    private static String write(JsonNode n, boolean pretty) {
        try {
            return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(n) : MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
