package io.trailguard.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.stack.StackLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** The project's stack files and variants of them, for tests. */
public final class Stacks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Stacks() {}

    public static Path file(String stack) {
        return Path.of("Pulumi." + stack + ".yaml");
    }

    public static String text(String stack) {
        try {
            return Files.readString(file(stack));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StackConfig load(String stack) {
        LoadResult r = StackLoader.fromFile(file(stack));
        assertTrue(r.ok(), () -> "stack " + stack + " should be valid:\n" + r.report());
        return r.config();
    }

    public static LoadResult loadText(String yaml) {
        return StackLoader.fromYaml(yaml, "test.yaml");
    }

    /** The stack's {@code config:} map as the Pulumi CLI hands it to the program: structured values as JSON text. */
    @SuppressWarnings("unchecked")
    public static Map<String, String> asPulumiConfig(String yaml) {
        var opts = new org.yaml.snakeyaml.LoaderOptions();
        var dump = new org.yaml.snakeyaml.DumperOptions();
        Map<String, Object> root = new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(opts),
                new org.yaml.snakeyaml.representer.Representer(dump), dump, opts, new io.trailguard.config.PulumiYamlResolver()).load(yaml);
        Map<String, Object> config = (Map<String, Object>) root.get("config");
        Map<String, String> out = new LinkedHashMap<>();
        config.forEach((k, v) -> {
            try {
                out.put(k, v instanceof String s ? s : JSON.writeValueAsString(v));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(Object value) {
        return JSON.valueToTree(value);
    }
}
