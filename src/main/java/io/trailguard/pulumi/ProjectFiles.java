package io.trailguard.pulumi;

import io.trailguard.config.PlainYaml;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pulumi.yaml and stack files as plain maps, read with the CLI's own YAML rules (go-yaml yaml.v3: only true/false are
 * booleans, duplicate keys are an error, YAML 1.1 forms such as {@code 1:30} stay strings), the same reader the stack
 * loader uses.
 */
public final class ProjectFiles {

    private ProjectFiles() {}

    /** The document as a map; empty for an empty document. Throws {@link PlainYaml.Unreadable} when malformed or not a map. */
    public static Map<String, Object> read(String yamlText) {
        Object root = PlainYaml.read(yamlText);
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new PlainYaml.Unreadable("expected a map at the top of the document");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** The {@code config:} map of a stack file (empty when there is none). */
    public static Map<String, Object> stackConfig(Map<String, Object> stackFile) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (stackFile.get("config") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        }
        return out;
    }
}
