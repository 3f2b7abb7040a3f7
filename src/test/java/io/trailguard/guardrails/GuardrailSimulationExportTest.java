package io.trailguard.guardrails;

import io.trailguard.stack.ComponentArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.guardrails.GuardrailPlan.PlannedPolicy;
import io.trailguard.guardrails.GuardrailScenarios.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the prod stack's planned SCPs, their attachments, the account tree and the scenario table to
 * {@code target/guardrails-sim/prod.json}, which {@code guardrails-sim/run.sh} evaluates.
 */
class GuardrailSimulationExportTest {

    static final Path OUTPUT = Path.of("target", "guardrails-sim", "prod.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void exportsPlannedScpsAndScenariosForTheSimulator() throws Exception {
        StackConfig prod = TestStacks.prod();
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(prod));
        assertTrue(plan.ok(), plan.errors().toString());
        GuardrailScenarios.EXPECTED_OUS.forEach((account, ou) ->
                assertEquals(ou, prod.requireAccount(account).ou(), "scenarios assume account " + account + " is in " + ou));

        ObjectNode root = MAPPER.createObjectNode();
        root.put("stack", "prod");
        ObjectNode policies = root.putObject("policies");
        ObjectNode attachments = root.putObject("attachments");
        for (PlannedPolicy p : plan.policies()) {
            policies.set(p.name(), MAPPER.readTree(p.json()));
            for (String target : p.targets()) {
                ArrayNode list = attachments.has(target) ? (ArrayNode) attachments.get(target) : attachments.putArray(target);
                list.add(p.name());
            }
        }
        ObjectNode accounts = root.putObject("accounts");
        for (Account a : prod.accounts()) {
            accounts.put(a.id(), a.ou());
        }
        root.put("rootId", prod.requireAccount(prod.organization().managementAccountId()).ou());
        ArrayNode scenarios = root.putArray("scenarios");
        for (Scenario s : GuardrailScenarios.all()) {
            scenarios.add(MAPPER.valueToTree(s));
        }
        assertTrue(scenarios.size() >= 30);

        Files.createDirectories(OUTPUT.getParent());
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(OUTPUT.toFile(), root);
    }
}
