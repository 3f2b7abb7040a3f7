package io.trailguard.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.config.StackConfig;
import io.trailguard.stack.ComponentArgs;
import io.trailguard.testing.Stacks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's {@code true}/{@code false} form of each guardrail switch does what it says. */
class GuardrailSwitchesTest {

    private static StackConfig withPolicies(String policies) {
        String yaml = Stacks.text("dev").replace("    targets: [ou-dev1-workload1]\n",
                "    targets: [ou-dev1-workload1]\n    policies:\n" + policies);
        LoadResult r = Stacks.loadText(yaml);
        assertTrue(r.ok(), r::report);
        return r.config();
    }

    private static List<Guardrail> planned(StackConfig c) {
        return GuardrailPlan.of(ComponentArgs.guardrails(c)).policies().stream().flatMap(p -> p.guardrails().stream()).toList();
    }

    @Test
    void denyRootUserTrueCreatesAnScpThatDeniesEverythingToRootUsers() {
        StackConfig c = withPolicies("      denyRootUser: true\n");
        JsonNode st = null;
        GuardrailPlan.PlannedPolicy p = null;
        for (GuardrailPlan.PlannedPolicy candidate : GuardrailPlan.of(ComponentArgs.guardrails(c)).policies()) {
            for (JsonNode s : Stacks.json(candidate.json()).get("Statement")) {
                if (s.path("Condition").path("ArnLike").path("aws:PrincipalArn").toString().contains(":root")) {
                    st = s;
                    p = candidate;
                }
            }
        }
        assertTrue(st != null, "no statement conditioned on the root user");
        assertEquals("Deny", st.get("Effect").asText());
        // Everything, or everything but the root-only bucket-policy recovery (NotAction).
        assertTrue(st.path("Action").toString().equals("\"*\"") || st.path("Action").toString().equals("[\"*\"]") || st.has("NotAction"), st::toString);
        assertTrue(st.path("Condition").path("ArnLike").path("aws:PrincipalArn").toString().contains(":root"), st::toString);
        assertEquals(List.of("ou-dev1-workload1"), p.targets());
    }

    @Test
    void regionDenyFalseTurnsTheRegionDenyOff() {
        assertTrue(planned(Stacks.load("dev")).contains(Guardrail.REGION_DENY));
        assertFalse(planned(withPolicies("      regionDeny: false\n")).contains(Guardrail.REGION_DENY));
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalseIsRefusedAtItsPath() {
        LoadResult r = Stacks.loadText(Stacks.text("dev").replace("    targets: [ou-dev1-workload1]\n",
                "    targets: [ou-dev1-workload1]\n    policies:\n      protectAuditTrail: banana\n"));
        assertFalse(r.ok());
        assertEquals("trailguard:guardrails.policies.protectAuditTrail", r.errors().get(0).path(), r::report);
        assertTrue(r.errors().get(0).message().contains("expected true or false or a map"), r::report);
    }
}
