package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Writes {@code plan --format json} of the shipped stacks and of the stackset-mode and response test stacks to
 * {@code target/plan-<name>.json}, which {@code ./run-tests} then hands to the policy pack and the delivery and response
 * simulations. Run here, in the suite's warm JVM, rather than as four CLI launches; {@code ./run-tests} still launches
 * the CLI once (dev) and requires its output to be byte for byte the file written here.
 */
class PolicyPackPlansExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "dev, --stack, dev",
            "prod, --stack, prod",
            "stackset, --config, src/test/resources/stacks/Pulumi.stackset.yaml",
            "response, --config, src/test/resources/stacks/Pulumi.response.yaml"})
    void writesThePlanThePolicyPackReads(String name, String option, String value) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            exit = Main.run(o, e, "plan", option, value, "--format", "json");
        }
        assertEquals(0, exit, err.toString());
        JsonNode plan = JSON.readTree(out.toString());
        assertTrue(plan.get("resources").size() > 0, name + " plans resources");
        Path file = Path.of("target", "plan-" + name + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }
}
