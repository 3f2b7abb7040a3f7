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
        int config = text.indexOf("\nconfig:\n");
        int at = text.indexOf("\n  trailguard:", config);
        assertTrue(config > 0 && at > config, "Pulumi.yaml has a config: block with trailguard: keys");
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

    /** Pulumi.yaml requires exactly the keys the schema requires (the CLI's rule itself: pulumi/ProjectConfigConformanceTest). */
    @Test
    void pulumiYamlRequiresWhatTheSchemaRequires() throws IOException {
        var rules = io.trailguard.pulumi.ProjectConfigRules.of(io.trailguard.pulumi.ProjectFiles.read(Files.readString(Path.of("Pulumi.yaml"))));
        assertEquals(new java.util.TreeSet<>(StackSchema.get().requiredTopLevelKeys()), new java.util.TreeSet<>(rules.requiredKeys()));
    }

    @Test
    void bothStackFilesPointEditorsAtTheSchema() throws IOException {
        for (String stack : List.of("dev", "prod")) {
            assertTrue(Files.readString(Stacks.shipped(stack)).startsWith("# yaml-language-server: $schema=./schema/trailguard-stack.schema.json\n"), stack);
        }
    }
}
