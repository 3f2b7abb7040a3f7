package io.trailguard.plan;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.Scope;
import io.trailguard.config.StackConfig;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A process that plans the same config twice runs the program once, and nobody can change a plan handed out. */
class RecentPlansTest {

    /** Dev without detection rules: what is cached does not depend on the plan's size. */
    private static final String SMALL = Stacks.withRuleSets(Stacks.text("dev"), "[]");

    @Test
    void anEqualConfigUnderTheSameStackNameIsPlannedOnce() {
        StackConfig once = Stacks.loadText(SMALL).config();
        StackConfig again = Stacks.loadText(SMALL).config();
        assertNotSame(once, again);
        Plan first = PlanRunner.run(once, "recent-plans");
        assertSame(first, PlanRunner.run(again, "recent-plans"), "an equal config is the same plan");
        Plan other = PlanRunner.run(once, "recent-plans-other");
        assertNotSame(first, other, "the stack name is in every URN");
        assertTrue(other.resources().stream().allMatch(r -> r.urn().contains("recent-plans-other")));
    }

    /**
     * The cache is bounded by resources, not by plans: a run of many small plans (ManyPlansInOneJvmTest plans forty)
     * left a count of twelve holding none of the fixture's plans, and the suite planned prod again for 3 s.
     */
    @Test
    void aPlanStaysBehindMoreSmallPlansThanACountWouldKeep() {
        StackConfig small = Stacks.loadText(SMALL).config();
        Plan kept = PlanRunner.run(small, "recent-kept");
        // A member account's own resources, as `plan --scope accounts:ID` plans them (a dozen resources each).
        StackConfig members = Stacks.withFoundationTrailKey(small);
        String account = members.accounts().get(members.accounts().size() - 1).id();
        long resources = 0;
        for (int i = 0; i < 16; i++) {
            resources += PlanRunner.run(members.withScope(Scope.parse("accounts:" + account)), "recent-small-" + i).resources().size();
        }
        assertTrue(resources + kept.resources().size() < PlanRunner.RECENT_RESOURCES, "the plans fit the bound: " + resources);
        // Identity, not assertSame: its failure message would print both plans whole.
        assertTrue(kept == PlanRunner.run(small, "recent-kept"), "the first plan is still held after 16 smaller ones");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanCannotBeChangedByItsReaders() {
        Plan plan = Plans.of("dev");
        assertThrows(UnsupportedOperationException.class, () -> plan.resources().remove(0));
        PlannedResource withPolicy = plan.resources().stream().filter(r -> r.inputs().get("policy") instanceof Map<?, ?>).findFirst().orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> withPolicy.inputs().put("policy", "{}"));
        Map<String, Object> policy = (Map<String, Object>) withPolicy.inputs().get("policy");
        assertThrows(UnsupportedOperationException.class, () -> policy.remove("Statement"));
        Object statements = policy.get("Statement");
        if (statements instanceof List<?> l) {
            assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) l).clear());
        }
    }
}
