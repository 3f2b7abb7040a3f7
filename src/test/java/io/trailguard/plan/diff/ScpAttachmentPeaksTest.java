package io.trailguard.plan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An update that swaps one guardrail for another on a full target peaks above the limit, because Pulumi attaches first. */
class ScpAttachmentPeaksTest {

    private static final String TARGETS = "    targets: [ou-dev1-workload1]\n";

    @Test
    void swappingAGuardrailOnAFullTargetIsReportedAndANoOpIsNot() {
        String swapped = Stacks.text("dev").replace(TARGETS, TARGETS
                + "    policies:\n      protectAuditTrail: {enabled: false}\n      denyRootUser: {targets: [ou-dev1-workload1]}\n");
        var head = Stacks.loadText(swapped);
        Plan before = Plans.of("dev");
        Plan after = PlanRunner.run(head.config(), "dev");
        PlanDiffer differ = new PlanDiffer(ReplacementRules.pulumiAws());

        List<ScpAttachmentPeaks.Peak> peaks = ScpAttachmentPeaks.of(differ.diff(before, after, "base"));
        assertEquals(List.of(new ScpAttachmentPeaks.Peak("ou-dev1-workload1", 1, 4, 4, 6, 5)), peaks);
        assertEquals(List.of(), ScpAttachmentPeaks.of(differ.diff(before, before, "base")));
    }
}
