package io.trailguard.guardrails;

import static io.trailguard.guardrails.TestStacks.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.StackConfig;
import io.trailguard.guardrails.GuardrailPlan.PlannedPolicy;
import io.trailguard.stack.ComponentArgs;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An SCP's Pulumi name does not depend on how guardrails were packed or split: a re-pack updates the lead guardrail's
 * SCP in place and deletes the others, and never creates an attachment, so it cannot push a target past AWS's 5 SCPs
 * per root, OU or account (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html).
 */
class ScpNamesUnderRepackingTest {

    private static GuardrailPlan plan(StackConfig c) {
        GuardrailPlan p = GuardrailPlan.of(ComponentArgs.guardrails(c));
        assertTrue(p.ok(), p.errors().toString());
        return p;
    }

    private static Set<String> names(GuardrailPlan p) {
        Set<String> out = new TreeSet<>();
        p.policies().forEach(x -> out.add(x.name()));
        return out;
    }

    private static Set<String> attachments(GuardrailPlan p) {
        Set<String> out = new TreeSet<>();
        p.policies().forEach(x -> x.targets().forEach(t -> out.add(x.name() + "-" + t)));
        return out;
    }

    @Test
    void packingKeepsTheLeadsNameAndCreatesNoAttachment() {
        GuardrailPlan unpacked = plan(TestStacks.prodWith(replacing("maxPoliciesPerTarget: 5", "maxPoliciesPerTarget: 10")));
        GuardrailPlan packed = plan(TestStacks.prod());
        assertTrue(packed.policies().size() < unpacked.policies().size(), "precondition: prod packs at 5 per target");

        assertTrue(names(unpacked).containsAll(names(packed)), "packed " + names(packed) + " within " + names(unpacked));
        assertTrue(attachments(unpacked).containsAll(attachments(packed)),
                "packing only detaches: " + attachments(packed) + " within " + attachments(unpacked));
    }

    @Test
    void splittingKeepsTheFirstDocumentsName() {
        String roles = "breakGlassRoleNames: [" + String.join(", ", java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "BreakGlassOperatorRole" + i).toList()) + "]";
        GuardrailPlan one = plan(TestStacks.prodWith(replacing("maxPoliciesPerTarget: 5", "maxPoliciesPerTarget: 10")));
        GuardrailPlan split = plan(TestStacks.prodWith(replacing("breakGlassRoleNames: [BreakGlassAdmin, IncidentResponder]", roles)
                .andThen(replacing("maxPoliciesPerTarget: 5", "maxPoliciesPerTarget: 10"))::apply));
        long documents = split.policies().stream().filter(p -> p.guardrails().get(0) == io.trailguard.config.GuardrailSettings.Guardrail.PROTECT_MONITORING).count();
        assertTrue(documents >= 2, "precondition: protect-monitoring is split");
        assertTrue(names(split).contains("trailguard-protect-monitoring") && names(one).contains("trailguard-protect-monitoring"));
    }

    @Test
    void aDeploymentNamedByItsPackingIsCarriedOverByAliases() {
        PlannedPolicy lead = plan(TestStacks.prod()).policies().stream().filter(p -> p.name().equals("trailguard-region-deny")).findFirst().orElseThrow();
        assertTrue(lead.guardrails().size() > 1, "precondition: region deny leads a pack");
        assertTrue(lead.formerNames().contains(lead.awsName()), "the name the pack had: " + lead.formerNames());
        assertEquals(Set.of(), intersection(lead.formerNames(), names(plan(TestStacks.prod()))), "no alias names a resource of the plan");
    }

    private static Set<String> intersection(java.util.Collection<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }
}
