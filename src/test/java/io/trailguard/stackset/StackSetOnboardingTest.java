package io.trailguard.stackset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Onboarding in stackset mode: an account in a targeted OU changes nothing this stack plans (its profile's StackSet
 * deploys to it when it joins the OU); an exception (its own settings, in an OU no profile targets) adds its own
 * resources and provider and changes nothing that exists.
 */
class StackSetOnboardingTest {

    @Test
    void anAccountInATargetedOuChangesNothing() {
        Plan before = Plans.of("stackset");
        Plan after = plan(Stacks.text("stackset").replace("  trailguard:accounts:\n",
                "  trailguard:accounts:\n    - id: \"888888888888\"\n      name: workload-new\n      ou: ou-dev1-workload2\n"));
        assertEquals(byUrn(before), byUrn(after), "no create, update or delete");
    }

    @Test
    void anExceptionAddsOnlyItsOwnResources() {
        Plan before = Plans.of("stackset");
        Plan after = plan(Stacks.text("stackset").replace("  trailguard:accounts:\n",
                "  trailguard:accounts:\n    - id: \"999999999999\"\n      name: data-exception\n      ou: ou-dev1-exceptions\n"
                        + "      deployment: stacks\n      ruleSets: [cis]\n"));
        Map<String, Object> b = byUrn(before);
        Map<String, Object> a = byUrn(after);
        Set<String> added = new TreeSet<>(a.keySet());
        added.removeAll(b.keySet());
        assertTrue(a.keySet().containsAll(b.keySet()), "nothing deleted");
        b.forEach((urn, inputs) -> assertEquals(inputs, a.get(urn), "unchanged: " + urn));
        assertTrue(!added.isEmpty());
        for (String urn : added) {
            PlannedResource r = after.byUrn(urn);
            assertTrue(r.account().equals("999999999999") || r.type().equals("trailguard:member:MemberMonitoring"), "only its own: " + urn);
        }
        assertEquals(before.providers().size() + 1, after.providers().size(), "one provider more");
    }

    private static Plan plan(String yaml) {
        LoadResult r = Stacks.loadText(yaml);
        assertTrue(r.ok(), r.report());
        return PlanRunner.run(r.config(), "stackset");
    }

    private static Map<String, Object> byUrn(Plan p) {
        Map<String, Object> out = new TreeMap<>();
        p.resources().forEach(r -> out.put(r.urn(), Map.of("inputs", r.inputs(), "provider", r.provider(), "protect", r.protect(),
                "retainOnDelete", r.retainOnDelete())));
        return out;
    }
}
