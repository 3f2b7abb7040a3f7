package io.trailguard.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (2020-12) of a stack file, {@code schema/trailguard-stack.schema.json}: the one source of the
 * config's key names, types, defaults, enums and descriptions. Validation is com.networknt:json-schema-validator's;
 * this class applies the defaults and answers questions about the schema (for binding, messages and the
 * generated Pulumi.yaml and README reference).
 */
public final class StackSchema {

    static final String RESOURCE = "trailguard-stack.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StackSchema INSTANCE = new StackSchema();

    private final JsonNode root;
    private final Schema validator;

    private StackSchema() {
        try (InputStream in = StackSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(root.toString(), InputFormat.JSON);
    }

    public static StackSchema get() {
        return INSTANCE;
    }

    /** The schema document itself. */
    public JsonNode document() {
        return root;
    }

    /** Every structural problem of a stack document ({@code {config: {...}}}), as the validator reports it. */
    List<Error> validate(JsonNode stackDocument) {
        return validator.validate(stackDocument);
    }

    /** The schema of the stack file's {@code config:} map. */
    JsonNode configSchema() {
        return root.path("properties").path("config");
    }

    /** Top-level config keys with their namespace, in schema order, each with its (dereferenced) schema. */
    public Map<String, JsonNode> topLevelKeys() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        configSchema().path("properties").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Required top-level keys, with their namespace. */
    public List<String> requiredTopLevelKeys() {
        List<String> out = new ArrayList<>();
        configSchema().path("required").forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Follows local {@code $ref}s; a description or default beside a {@code $ref} is kept in {@code at} by callers. */
    public JsonNode deref(JsonNode schema) {
        JsonNode s = schema;
        for (int guard = 0; guard < 16 && s.has("$ref"); guard++) {
            String ref = s.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local $refs are supported: " + ref);
            }
            s = root.at(ref.substring(1));
        }
        return s;
    }

    /** The first {@code description} on the way through $refs. */
    public String description(JsonNode schema) {
        JsonNode s = schema;
        for (int guard = 0; guard < 16; guard++) {
            if (s.hasNonNull("description")) {
                return s.get("description").asText();
            }
            if (!s.has("$ref")) {
                return null;
            }
            s = root.at(s.get("$ref").asText().substring(1));
        }
        return null;
    }

    /** The first {@code default} on the way through $refs, or null. */
    public JsonNode defaultOf(JsonNode schema) {
        JsonNode s = schema;
        for (int guard = 0; guard < 16; guard++) {
            if (s.has("default")) {
                return s.get("default");
            }
            if (!s.has("$ref")) {
                return null;
            }
            s = root.at(s.get("$ref").asText().substring(1));
        }
        return null;
    }

    /** The property names an object schema allows (for did-you-mean hints), or empty. */
    List<String> propertyNames(JsonNode schema) {
        List<String> out = new ArrayList<>();
        deref(schema).path("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** Fills every absent property that has a default, recursively, in place. */
    void applyDefaults(JsonNode instance, JsonNode schema) {
        JsonNode s = deref(schema);
        if (instance instanceof ObjectNode o) {
            JsonNode props = s.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                if (!o.has(p.getKey()) || o.get(p.getKey()).isNull()) {
                    JsonNode d = defaultOf(p.getValue());
                    if (d != null) {
                        o.set(p.getKey(), d.deepCopy());
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode ps = props.get(e.getKey());
                if (ps == null && s.path("additionalProperties").isObject()) {
                    ps = s.get("additionalProperties");
                }
                if (ps != null) {
                    applyDefaults(e.getValue(), ps);
                }
            }
        } else if (instance instanceof ArrayNode a && s.path("items").isObject()) {
            for (JsonNode item : a) {
                applyDefaults(item, s.get("items"));
            }
        }
    }

    /** The schema at a path of property names and indexes inside {@code config:}, or a missing node. */
    JsonNode schemaAt(List<Object> configElements) {
        JsonNode s = configSchema();
        for (Object e : configElements) {
            JsonNode d = deref(s);
            if (e instanceof Integer) {
                s = d.path("items");
            } else {
                JsonNode p = d.path("properties").get((String) e);
                s = p != null ? p : d.path("additionalProperties");
            }
            if (s.isMissingNode() || s.isBoolean()) {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
        }
        return s;
    }
}
