package io.trailguard.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.trailguard.stack.StackLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped Pulumi.yaml and every shipped stack file pass the Pulumi CLI's project and stack config rules
 * (pulumi/pulumi sdk/go/common/workspace project.go, config.go; see {@link ProjectConfigRules}) and Pulumi's published
 * project schema (src/test/resources/pulumi/project.json), so `pulumi preview` gets past the CLI to the program.
 */
class ProjectConfigConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Object> project() throws IOException {
        return ProjectFiles.read(Files.readString(Path.of("Pulumi.yaml")));
    }

    static Stream<Path> stackFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("."))) {
            List<Path> out = files.filter(p -> p.getFileName().toString().matches("Pulumi\\.[^.]+\\.yaml")).sorted().toList();
            assertTrue(out.size() >= 2, "the dev and prod stacks at least");
            return out.stream();
        }
    }

    private static String stackName(Path file) {
        String f = file.getFileName().toString();
        return f.substring("Pulumi.".length(), f.length() - ".yaml".length());
    }

    @Test
    void projectFileIsValidAgainstPulumisPublishedSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("src/test/resources/pulumi/project.json")), InputFormat.JSON);
        JsonNode project = JSON.valueToTree(project());
        List<Error> errors = schema.validate(project);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
        // The schema can fail: a declaration with a key the CLI does not know is refused.
        Map<String, Object> broken = new LinkedHashMap<>(project());
        broken.put("config", Map.of("trailguard:scope", Map.of("default", "all", "required", true)));
        assertTrue(!schema.validate(JSON.valueToTree(broken)).isEmpty(), "an unknown attribute in a declaration is refused");
    }

    @Test
    void projectFilePassesTheClisProjectValidation() throws IOException {
        ProjectConfigRules rules = ProjectConfigRules.of(project());
        assertEquals("trailguard", rules.projectName());
        assertEquals(List.of(), rules.validateProject());
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void everyShippedStackPassesTheClisStackValidation(Path stackFile) throws IOException {
        ProjectConfigRules rules = ProjectConfigRules.of(project());
        Map<String, Object> stack = ProjectFiles.stackConfig(ProjectFiles.read(Files.readString(stackFile)));
        assertEquals(List.of(), rules.validateStack(stackName(stackFile), stack), stackFile.toString());
    }

    @Test
    void theKeysTheProjectRequiresAreExactlyTheKeysTheProgramRequires() throws IOException {
        // Every stack must set these (no default); the binder refuses a stack without them for the same reason.
        List<String> required = ProjectConfigRules.of(project()).requiredKeys();
        assertEquals(List.of("trailguard:accounts", "trailguard:alerting", "trailguard:logArchive", "trailguard:organization"), required);
        String minimal = "config:\n  trailguard:scope: all\n";
        LoadResult r = StackLoader.fromYaml(minimal, "minimal.yaml");
        for (String key : required) {
            assertTrue(r.errors().stream().anyMatch(e -> e.path().equals(key) && e.message().equals("is required")), key + ":\n" + r.report());
        }
    }

    @ParameterizedTest
    @MethodSource("stackFiles")
    void projectDefaultsMeanWhatTheProgramsOwnDefaultsMean(Path stackFile) throws IOException {
        // What the engine hands the program (the stack merged with Pulumi.yaml's defaults) binds to the same config as
        // the stack file alone: `default: {}`, `off` and `all` are the binder's defaults, not other values.
        ProjectConfigRules rules = ProjectConfigRules.of(project());
        Map<String, Object> stack = ProjectFiles.stackConfig(ProjectFiles.read(Files.readString(stackFile)));
        Map<String, Object> merged = rules.merged(stack);
        assertTrue(merged.keySet().containsAll(List.of("trailguard:scope", "trailguard:coverage", "trailguard:trail", "trailguard:members", "trailguard:guardrails")));
        Map<String, String> engine = PulumiConfigVariable.engineView(merged);
        LoadResult fromEngine = io.trailguard.config.ConfigLoader.fromPulumiConfig(
                k -> java.util.Optional.ofNullable(engine.get("trailguard:" + k)), engine.keySet(), stackFile.toString(), List.of());
        LoadResult fromFile = io.trailguard.config.ConfigLoader.fromStackFile(stackFile);
        assertTrue(fromEngine.ok(), fromEngine::report);
        assertEquals(fromFile.config(), fromEngine.config());
    }

    @Test
    void awsDefaultProviderIsDisabledInTheProjectInTheFormTheCliMerges() throws IOException {
        // A non-project key is given as a value (project.go RewriteShorthandConfigValues turns a list into `value`) and
        // reaches every stack as the JSON text ["aws"] (config.go createConfigValue).
        ProjectConfigRules rules = ProjectConfigRules.of(project());
        Map<String, String> engine = PulumiConfigVariable.engineView(rules.merged(Map.of()));
        assertEquals("[\"aws\"]", engine.get("pulumi:disable-default-providers"));
    }

    @Test
    void theRulesRefuseWhatTheCliRefuses() {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("name", "trailguard");
        project.put("runtime", "java");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("trailguard:organization", Map.of("description", "required"));
        config.put("trailguard:retention", Map.of("type", "integer", "default", 30));
        config.put("trailguard:token", Map.of("type", "string", "secret", true, "default", "x"));
        config.put("trailguard:regions", Map.of("type", "array"));
        config.put("aws:region", Map.of("default", "eu-west-1"));
        config.put("aws:profile", Map.of("type", "string", "value", "x"));
        project.put("config", config);
        ProjectConfigRules rules = ProjectConfigRules.of(project);
        List<String> projectErrors = rules.validateProject().stream().map(ProjectConfigRules.Violation::message).toList();
        assertTrue(projectErrors.contains("The configuration key 'trailguard:regions' declares an array but does not specify the underlying type via the 'items' attribute"), projectErrors::toString);
        assertTrue(projectErrors.contains("Configuration key 'aws:region' is not namespaced by the project and should not define a default value. Did you mean to use the 'value' attribute instead of 'default'?"), projectErrors::toString);
        assertTrue(projectErrors.contains("Configuration key 'aws:region' is namespaced and must provide an attribute 'value'"), projectErrors::toString);
        assertTrue(projectErrors.contains("Configuration key 'aws:profile' is not namespaced by the project and should not define a type"), projectErrors::toString);

        Map<String, Object> stack = new LinkedHashMap<>();
        stack.put("trailguard:retention", "thirty");
        stack.put("trailguard:token", "plaintext");
        List<String> stackErrors = rules.validateStack("dev", stack).stream().map(ProjectConfigRules.Violation::message).toList();
        assertEquals(List.of(
                "Stack 'dev' is missing configuration value 'trailguard:organization'",
                "Stack 'dev' is missing configuration value 'trailguard:regions'",
                "Stack 'dev' with configuration key 'trailguard:retention' must be of type 'integer'",
                "Stack 'dev' with configuration key 'trailguard:token' must be encrypted as it's secret"), stackErrors);
        stack.put("trailguard:organization", Map.of("id", "o-1"));
        stack.put("trailguard:regions", List.of("eu-west-1"));
        stack.put("trailguard:retention", 30);
        stack.put("trailguard:token", Map.of("secure", "v1:abc"));
        // A typed array without items accepts no value at all (ValidateConfigValue with nil items).
        assertEquals(List.of("Stack 'dev' with configuration key 'trailguard:regions' must be of type 'array'"),
                rules.validateStack("dev", stack).stream().map(ProjectConfigRules.Violation::message).toList());
        assertEquals("Stack 'dev' is missing configuration values 'a', 'b' and 'c'", ProjectConfigRules.missingKeysMessage("dev", List.of("c", "a", "b")));
    }

    @Test
    void checkAppliesTheClisRulesToAStackFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Pulumi.yaml"), "name: trailguard\nruntime: java\nconfig:\n  trailguard:scope:\n    description: no default\n");
        Files.copy(io.trailguard.testing.Stacks.file("dev"), dir.resolve("Pulumi.dev.yaml"));
        var check = ProjectChecks.check(dir.resolve("Pulumi.yaml"), dir.resolve("Pulumi.dev.yaml"), "dev");
        assertEquals(List.of("trailguard:scope: Stack 'dev' is missing configuration value 'trailguard:scope' (Pulumi.yaml declares it without a default, so every stack must set it)"),
                check.errors().stream().map(e -> e.format(null)).toList());
    }
}
