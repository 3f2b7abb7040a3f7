package io.trailguard.pulumi;

import io.trailguard.config.PulumiYamlResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

/** Pulumi.yaml and stack files as plain maps, scalars resolved as the CLI resolves them (yaml.v3: only true/false are booleans). */
public final class ProjectFiles {

    private ProjectFiles() {}

    /** The document as a map; empty for an empty document. Throws YAMLException when malformed or not a map. */
    public static Map<String, Object> read(String yamlText) {
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(false);
        DumperOptions dump = new DumperOptions();
        Object root = new Yaml(new SafeConstructor(opts), new Representer(dump), dump, opts, new PulumiYamlResolver()).load(yamlText);
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new org.yaml.snakeyaml.error.YAMLException("expected a map at the top of the document");
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
