package io.trailguard.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Stacks;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stack files the project ships (Pulumi.dev.yaml, Pulumi.prod.yaml) load, pass every check and plan; every
 * other test uses its own fixtures under src/test/resources/stacks. run-tests puts the same two plans through the
 * CrossGuard pack.
 */
class ShippedStacksTest {

    @ParameterizedTest(name = "Pulumi.{0}.yaml plans, every AWS resource through a provider of a configured account")
    @ValueSource(strings = {"dev", "prod"})
    @DisplayName("the shipped stacks plan")
    void shippedStacksPlan(String stack) {
        StackConfig config = Stacks.loadShipped(stack);
        Plan plan = PlanRunner.run(config, stack);
        List<PlannedResource> aws = plan.resources().stream().filter(r -> r.type().startsWith("aws:")).toList();
        assertFalse(aws.isEmpty());
        for (PlannedResource r : aws) {
            assertFalse(r.provider().isEmpty(), r.urn() + " has no explicit provider");
            assertTrue(config.account(r.account()).isPresent() || r.account().equals(config.organization().managementAccountId()),
                    r.urn() + " lands in " + r.account() + ", which is not in the stack");
        }
        assertEquals(stack, plan.stack());
    }
}
