package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.testing.Stacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pulumi.yaml's config declarations and README's configuration reference are generated from the schema; this fails
 * when they drift. Run with {@code -Dtrailguard.regenerate=true} to rewrite both.
 */
class GeneratedFromSchemaTest {

    private static final boolean REGENERATE = Boolean.getBoolean("trailguard.regenerate");

    @Test
    void pulumiYamlConfigBlockIsTheSchemas() throws IOException {
        Path p = Path.of("Pulumi.yaml");
        String text = Files.readString(p);
        int at = text.indexOf("\nconfig:\n");
        assertTrue(at > 0, "Pulumi.yaml has a config: block");
        String expected = text.substring(0, at + 1) + SchemaDocs.pulumiConfigBlock();
        if (REGENERATE) {
            Files.writeString(p, expected);
        }
        assertEquals(expected, Files.readString(p), "Pulumi.yaml drifted from the schema; regenerate with -Dtrailguard.regenerate=true");
    }

    @Test
    void readmeReferenceIsTheSchemas() throws IOException {
        Path p = Path.of("README.md");
        String text = Files.readString(p);
        int begin = text.indexOf(SchemaDocs.README_BEGIN);
        int end = text.indexOf(SchemaDocs.README_END);
        assertTrue(begin >= 0 && end > begin, "README.md holds the generated reference between its markers");
        String expected = text.substring(0, begin) + SchemaDocs.readmeReference() + text.substring(end + SchemaDocs.README_END.length() + 1);
        if (REGENERATE) {
            Files.writeString(p, expected);
        }
        assertEquals(expected, Files.readString(p), "README.md's configuration reference drifted from the schema");
    }

    /**
     * The Pulumi CLI's rule for project config (pulumi/pulumi sdk/go/common/workspace/config.go mergeConfig, project.go
     * Validate): a project-namespace key without default or value must be set by every stack, other namespaces may
     * not declare type or default. Both shipped stacks satisfy the generated declarations.
     */
    @Test
    void everyShippedStackSetsEveryKeyDeclaredWithoutADefault() throws Exception {
        Map<String, Object> project = new org.yaml.snakeyaml.Yaml().load(Files.readString(Path.of("Pulumi.yaml")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> config = (Map<String, Map<String, Object>>) project.get("config");
        List<String> required = new ArrayList<>();
        config.forEach((k, decl) -> {
            if (!k.startsWith("trailguard:")) {
                assertFalse(decl.containsKey("type") || decl.containsKey("default"), k + ": other namespaces take only `value`");
            } else if (!decl.containsKey("default") && !decl.containsKey("value")) {
                required.add(k);
            }
        });
        assertEquals(StackSchema.get().requiredTopLevelKeys(), required);
        for (String stack : List.of("dev", "prod")) {
            Map<String, String> values = Stacks.asPulumiConfig(Stacks.text(stack));
            for (String k : required) {
                assertTrue(values.containsKey(k), stack + " lacks " + k + ": the CLI would stop with \"missing configuration value\"");
            }
        }
    }

    @Test
    void bothStackFilesPointEditorsAtTheSchema() {
        for (String stack : List.of("dev", "prod")) {
            assertTrue(Stacks.text(stack).startsWith("# yaml-language-server: $schema=./schema/trailguard-stack.schema.json\n"), stack);
        }
    }
}
