package io.trailguard.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.StackConfig;
import io.trailguard.stack.StackLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The tests' own stack files (src/test/resources/stacks) and variants of them. Tests never read the shipped
 * Pulumi.&lt;stack&gt;.yaml, except ShippedStacksTest through {@link #shipped}.
 */
public final class Stacks {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "stacks");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Stacks() {}

    /** The test fixture of {@code stack}. */
    public static Path file(String stack) {
        return FIXTURES.resolve("Pulumi." + stack + ".yaml");
    }

    /** The stack file the project ships, which {@code pulumi up} and {@code ./trailguard --stack} read. */
    public static Path shipped(String stack) {
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
        return valid(stack, StackLoader.fromFile(file(stack)));
    }

    /** The shipped stack file, loaded and validated as {@code pulumi up} would. */
    public static StackConfig loadShipped(String stack) {
        return valid(stack, StackLoader.fromFile(shipped(stack)));
    }

    private static StackConfig valid(String stack, LoadResult r) {
        assertTrue(r.ok(), () -> "stack " + stack + " should be valid:\n" + r.report());
        return r.config();
    }

    private static final String MEMBER_DEFAULTS = "  trailguard:members:\n";

    /**
     * The stack text with the member defaults' rule sets set to {@code ruleSets} (a YAML flow list, e.g. {@code [cis]})
     * plus {@code enabledRules}, for tests whose subject is not the detection catalogue; no rules at all also sets
     * acknowledgeNoRules.
     */
    public static String withRuleSets(String yaml, String ruleSets, java.util.List<String> enabledRules) {
        assertTrue(yaml.contains(MEMBER_DEFAULTS) && !yaml.contains("ruleSets:") && !yaml.contains("enabledRules:"),
                "the stack file sets no rules of its own");
        String extra = "    ruleSets: " + ruleSets + "\n"
                + (enabledRules.isEmpty() ? "" : "    enabledRules: [" + String.join(", ", enabledRules) + "]\n")
                + (ruleSets.equals("[]") && enabledRules.isEmpty() ? "    acknowledgeNoRules: true\n" : "");
        return yaml.replace(MEMBER_DEFAULTS, MEMBER_DEFAULTS + extra);
    }

    public static String withRuleSets(String yaml, String ruleSets) {
        return withRuleSets(yaml, ruleSets, java.util.List.of());
    }

    /**
     * The config with logArchive.trailKeyArn set, as a member-only stack (scope accounts:ID) sets it from the foundation
     * stack's trailKeyArn output: its account trails need the key's ARN.
     */
    public static StackConfig withFoundationTrailKey(StackConfig config) {
        return config.withLogArchive(config.logArchive().withTrailKeyArn("arn:aws:kms:" + config.homeRegion() + ":"
                + config.logArchive().accountId() + ":key/1234abcd-12ab-34cd-56ef-1234567890ab"));
    }

    public static LoadResult loadText(String yaml) {
        return StackLoader.fromYaml(yaml, "test.yaml");
    }

    /** The stack's {@code config:} map as the Pulumi CLI hands it to the program: structured values as JSON text. */
    public static Map<String, String> asPulumiConfig(String yaml) {
        return io.trailguard.config.ConfigLoader.asPulumiConfig(yaml);
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
