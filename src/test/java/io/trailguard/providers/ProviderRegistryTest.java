package io.trailguard.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

    @Test
    void eachProviderAssumesTheDeployRoleOfItsOwnAccountAndRefusesAnyOther() {
        for (String stack : List.of("dev", "prod")) {
            Plan plan = Plans.of(stack);
            String role = Stacks.load(stack).organization().deployRoleName();
            for (PlannedResource p : plan.providers()) {
                JsonNode allowed = Stacks.json(p.inputs().get("allowedAccountIds"));
                assertEquals(1, allowed.size(), p.name());
                assertEquals(p.account(), allowed.get(0).asText());
                JsonNode assume = Stacks.json(p.inputs().get("assumeRole"));
                assertEquals("arn:aws:iam::" + p.account() + ":role/" + role, assume.path("roleArn").asText());
                assertEquals(p.name(), ProviderRegistry.providerName(p.account(), p.region()));
            }
        }
    }

    @Test
    void exactlyOneProviderPerAccountAndRegionInUse() {
        Plan plan = Plans.of("prod");
        Set<String> seen = new HashSet<>();
        for (PlannedResource p : plan.providers()) {
            assertEquals(true, seen.add(p.account() + "/" + p.region()), "duplicate provider for " + p.account() + "/" + p.region());
        }
        Set<String> used = new HashSet<>();
        plan.cloudResources().forEach(r -> used.add(r.account() + "/" + r.region()));
        assertEquals(used, seen, "no provider without a resource, no resource without its account's provider");
    }

    @Test
    void noResourceUsesTheAmbientDefaultProvider() {
        for (PlannedResource r : Plans.of("prod").cloudResources()) {
            assertFalse(r.provider().isEmpty(), r.urn() + " must name an explicit provider");
            assertFalse(r.provider().startsWith("default"), r.urn());
        }
    }
}
