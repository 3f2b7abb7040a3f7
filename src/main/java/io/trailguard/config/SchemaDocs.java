package io.trailguard.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is generated from the schema: the {@code config:} declarations of Pulumi.yaml and the configuration reference
 * of README.md. A test fails when the files drift from it; {@code -Dtrailguard.regenerate=true} rewrites them.
 */
public final class SchemaDocs {

    public static final String README_BEGIN = "<!-- config-reference: generated from schema/trailguard-stack.schema.json -->";
    public static final String README_END = "<!-- config-reference: end -->";

    private SchemaDocs() {}

    /**
     * The {@code trailguard:} declarations of Pulumi.yaml's {@code config:} block (keys of other namespaces before them
     * are the project's own). The CLI's rule (pulumi/pulumi sdk/go/common/workspace/config.go
     * {@code mergeConfig}): a key of the project's namespace with neither {@code default} nor {@code value} is
     * required, so only the schema's required keys go without a default. Structured keys declare no {@code type}
     * (project.json's simpleConfigType has no object); string keys do, and their default is type-checked by the CLI.
     */
    public static String pulumiConfigBlock() {
        StackSchema s = StackSchema.get();
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, JsonNode> e : s.topLevelKeys().entrySet()) {
            JsonNode decl = e.getValue();
            JsonNode def = s.deref(decl);
            b.append("  ").append(e.getKey()).append(":\n");
            String type = def.path("type").asText();
            if (type.equals("string")) {
                b.append("    type: string\n");
            }
            b.append("    description: >-\n");
            for (String line : wrap(topDescription(s, decl), 100)) {
                b.append("      ").append(line).append('\n');
            }
            JsonNode d = s.defaultOf(decl);
            if (d != null && !s.requiredTopLevelKeys().contains(e.getKey())) {
                b.append("    default: ").append(d.isTextual() ? "\"" + d.asText() + "\"" : d.toString()).append('\n');
            }
        }
        return b.toString();
    }

    /** README's configuration reference table: every top-level key, its fields, their defaults. */
    public static String readmeReference() {
        StackSchema s = StackSchema.get();
        StringBuilder b = new StringBuilder(README_BEGIN).append('\n');
        b.append("| key | required | what | fields (default) |\n|---|---|---|---|\n");
        for (Map.Entry<String, JsonNode> e : s.topLevelKeys().entrySet()) {
            JsonNode def = s.deref(e.getValue());
            String fields = def.path("properties").isObject() ? fields(s, def)
                    : def.path("items").isObject() ? "[" + fields(s, s.deref(def.get("items"))) + "]"
                    : enumOrDefault(s, e.getValue());
            b.append("| `").append(e.getKey()).append("` | ").append(s.requiredTopLevelKeys().contains(e.getKey()) ? "yes" : "no")
                    .append(" | ").append(cell(s.description(e.getValue()))).append(" | ").append(cell(fields)).append(" |\n");
        }
        return b.append(README_END).append('\n').toString();
    }

    private static String topDescription(StackSchema s, JsonNode decl) {
        String d = s.description(decl);
        JsonNode def = s.deref(decl);
        JsonNode props = def.path("properties").isObject() ? def.path("properties")
                : def.path("items").isObject() ? s.deref(def.get("items")).path("properties") : null;
        if (props == null || props.isMissingNode()) {
            return d + " Default: " + s.defaultOf(decl).asText() + ".";
        }
        List<String> names = new ArrayList<>();
        props.fieldNames().forEachRemaining(names::add);
        return d + " Keys: " + String.join(", ", names) + ". Reference: README.md, schema/trailguard-stack.schema.json.";
    }

    private static String fields(StackSchema s, JsonNode objectSchema) {
        List<String> out = new ArrayList<>();
        objectSchema.path("properties").fields().forEachRemaining(p -> {
            JsonNode d = s.deref(p.getValue());
            String f = "`" + p.getKey() + "`";
            if (d.path("properties").isObject() && !d.path("properties").isEmpty()) {
                f += " {" + fields(s, d) + "}";
            } else if (d.path("items").isObject() && s.deref(d.get("items")).path("properties").isObject()) {
                f += " [{" + fields(s, s.deref(d.get("items"))) + "}]";
            } else {
                String ed = enumOrDefault(s, p.getValue());
                if (!ed.isEmpty()) {
                    f += " " + ed;
                }
            }
            out.add(f);
        });
        return String.join(", ", out);
    }

    private static String enumOrDefault(StackSchema s, JsonNode at) {
        JsonNode d = s.deref(at);
        JsonNode items = d.path("items").isObject() ? s.deref(d.get("items")) : null;
        JsonNode en = d.path("enum").isArray() ? d.get("enum") : items != null && items.path("enum").isArray() ? items.get("enum") : null;
        StringBuilder b = new StringBuilder();
        if (en != null) {
            List<String> v = new ArrayList<>();
            en.forEach(x -> v.add(x.asText()));
            b.append(String.join("|", v)).append(' ');
        }
        JsonNode def = s.defaultOf(at);
        if (def != null) {
            b.append("(").append(def.isTextual() ? def.asText() : def.toString()).append(")");
        }
        return b.toString().trim();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : text.split(" ")) {
            if (cur.length() > 0 && cur.length() + 1 + w.length() > width) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(w);
        }
        if (cur.length() > 0) {
            lines.add(cur.toString());
        }
        return lines;
    }
}
