package io.trailguard.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the schema validator's findings into compiler-style {@link ConfigError}s: the key path, the line, what is
 * wrong and what would be valid, worded from the schema (its enums, types, property names).
 */
final class SchemaErrors {

    private static final String NS = KeyPath.NAMESPACE;
    private static final List<String> FILE_KEYS = List.of("config", "secretsprovider", "encryptedkey", "encryptionsalt", "environment");

    private final StackSchema schema;
    private final ConfigTree tree;

    SchemaErrors(StackSchema schema, ConfigTree tree) {
        this.schema = schema;
        this.tree = tree;
    }

    List<ConfigError> map(List<Error> errors, int fileLine) {
        Set<String> seen = new LinkedHashSet<>();
        List<ConfigError> out = new ArrayList<>();
        for (Error e : errors) {
            ConfigError c = one(e, fileLine);
            if (c != null && seen.add(c.path() + "\n" + c.message())) {
                out.add(c);
            }
        }
        return out;
    }

    private ConfigError one(Error e, int fileLine) {
        List<Object> at = elements(e.getInstanceLocation());
        if (at.isEmpty() || !at.get(0).equals("config")) {
            return fileLevel(e, at, fileLine);
        }
        List<Object> inConfig = at.subList(1, at.size());
        String pointer = pointer(inConfig);
        if (isSecret(pointer)) {
            return null;
        }
        String keyword = e.getKeyword();
        JsonNode here = schema.schemaAt(inConfig);
        if ("required".equals(keyword) || "additionalProperties".equals(keyword)) {
            String property = e.getProperty();
            List<Object> child = new ArrayList<>(inConfig);
            child.add(property);
            KeyPath path = KeyPath.fromConfigElements(child);
            if ("required".equals(keyword)) {
                String d = schema.description(schema.schemaAt(child));
                return new ConfigError(path.toString(), "is required", d, inConfig.isEmpty() ? fileLine : tree.lineOf(pointer));
            }
            int line = tree.lineOf(pointer(child));
            if (inConfig.isEmpty()) {
                return topLevelUnknown(property, line);
            }
            List<String> valid = schema.propertyNames(here);
            String near = DidYouMean.nearest(property, valid);
            return new ConfigError(path.toString(), "unknown key",
                    near != null ? "did you mean `" + near + "`?" : "valid keys: " + String.join(", ", valid), line);
        }
        KeyPath path = KeyPath.fromConfigElements(inConfig);
        int line = tree.lineOf(pointer);
        JsonNode value = e.getInstanceNode();
        String text = tree.texts().getOrDefault(pointer, value == null ? "" : value.isTextual() ? value.asText() : value.toString());
        boolean accountId = e.getSchemaLocation().toString().contains("accountId");
        return switch (keyword == null ? "" : keyword) {
            case "type" -> typeError(path, line, e, value, text, accountId);
            case "enum" -> {
                List<String> valid = new ArrayList<>();
                e.getSchemaNode().forEach(n -> valid.add(n.asText()));
                String near = DidYouMean.nearest(text, valid);
                yield new ConfigError(path.toString(), "`" + text + "` is not valid",
                        (near != null && !near.equals(text) ? "did you mean `" + near + "`? " : "") + "one of: " + String.join(", ", valid), line);
            }
            case "pattern" -> accountId
                    ? new ConfigError(path.toString(), "`" + text + "` is not an AWS account id", "exactly 12 digits, quoted", line)
                    : new ConfigError(path.toString(), "`" + text + "` is not valid", patternHint(here), line);
            default -> new ConfigError(path.toString(), stripLocation(e.getMessage()), null, line);
        };
    }

    private ConfigError typeError(KeyPath path, int line, Error e, JsonNode value, String text, boolean accountId) {
        String found = kind(value);
        if (accountId && value != null && value.isNumber()) {
            String read = value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.decimalValue().toBigInteger().toString();
            String how = text.equals(read) ? "" : "; the Pulumi CLI reads the bare " + text + " as the number " + read;
            return new ConfigError(path.toString(), "account id " + text + " must be a quoted string",
                    "write it as \"" + text + "\"; a bare number loses leading zeros" + how, line);
        }
        List<String> expected = new ArrayList<>();
        JsonNode t = e.getSchemaNode();
        if (t.isArray()) {
            t.forEach(n -> expected.add(n.asText()));
        } else {
            expected.add(t.asText());
        }
        String want = expected.stream().map(SchemaErrors::article).collect(Collectors.joining(" or "));
        String shown = value != null && value.isValueNode() && !value.isNull() ? " `" + text + "`" : "";
        String hint = null;
        if (expected.contains("boolean") && value != null && value.isTextual()) {
            hint = "yes/no/on/off are strings for Pulumi; write true or false";
        } else if (expected.contains("integer") && value != null && value.isTextual()) {
            hint = "write the number without quotes";
        } else if (expected.contains("array")) {
            hint = "write it as [a, b] or one `- item` per line";
        }
        return new ConfigError(path.toString(), "expected " + want + ", found " + found + shown, hint, line);
    }

    private ConfigError topLevelUnknown(String property, int line) {
        List<String> valid = new ArrayList<>(schema.topLevelKeys().keySet());
        if (!property.contains(":")) {
            String near = DidYouMean.nearest(NS + property, valid);
            return new ConfigError(property, "config key without a namespace",
                    "write it as " + (near != null ? near : NS + property), line);
        }
        String near = DidYouMean.nearest(property, valid);
        return new ConfigError(property, "unknown key",
                near != null ? "did you mean `" + near + "`?" : "valid keys: " + String.join(", ", valid), line);
    }

    private ConfigError fileLevel(Error e, List<Object> at, int fileLine) {
        if ("additionalProperties".equals(e.getKeyword()) && at.isEmpty()) {
            String k = e.getProperty();
            return new ConfigError(k, "unknown key in a stack file",
                    "trailguard settings live under `config:`; a stack file may also hold " + String.join(", ", FILE_KEYS.subList(1, FILE_KEYS.size())),
                    tree.lines().getOrDefault(ConfigTree.FILE_KEY_PREFIX + k, 0));
        }
        if ("required".equals(e.getKeyword()) && at.isEmpty()) {
            return new ConfigError("config", "is missing", "the stack file needs a `config:` map with trailguard:* keys (see Pulumi.dev.yaml)", fileLine);
        }
        String where = at.isEmpty() ? "(root)" : String.valueOf(at.get(0));
        if ("type".equals(e.getKeyword())) {
            return new ConfigError(where, "expected " + article(e.getSchemaNode().asText()) + ", found " + kind(e.getInstanceNode()),
                    at.isEmpty() ? "a stack file is a map with a `config:` key" : null, fileLine);
        }
        return new ConfigError(where, stripLocation(e.getMessage()), null, fileLine);
    }

    private String patternHint(JsonNode here) {
        String d = schema.description(here);
        return d != null ? d : "must match " + schema.deref(here).path("pattern").asText();
    }

    private boolean isSecret(String pointer) {
        for (String s : tree.secrets()) {
            if (pointer.equals(s) || pointer.startsWith(s + "/")) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> elements(NodePath p) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < p.getNameCount(); i++) {
            out.add(p.getElement(i));
        }
        return out;
    }

    private static String pointer(List<Object> inConfig) {
        StringBuilder b = new StringBuilder();
        for (Object o : inConfig) {
            b.append('/').append(ConfigTree.escape(String.valueOf(o)));
        }
        return b.toString();
    }

    static String kind(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isObject()) {
            return "a map";
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "a string";
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "a map";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "string" -> "a string";
            default -> type;
        };
    }

    /** The validator's own message starts with the instance location; the error already names the key path. */
    private static String stripLocation(String m) {
        int i = m == null ? -1 : m.indexOf(": ");
        return i > 0 && m.startsWith("/") ? m.substring(i + 2) : m;
    }
}
