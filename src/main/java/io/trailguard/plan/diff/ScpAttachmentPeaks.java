package io.trailguard.plan.diff;

import io.trailguard.config.GuardrailSettings;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The most SCPs a target carries while an update runs. Pulumi creates before it deletes: a replacement is created
 * before the resource it replaces is deleted (https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/),
 * and resources that left the program are deleted at the end of the update (pulumi/pulumi#9979). So during the update
 * a target carries its existing SCPs, every trailguard attachment of the base and of the head, and a second copy of
 * each attachment being replaced. AWS refuses an attachment beyond the per-target quota (5 SCPs per root, OU or
 * account: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html), which would stop
 * the update half way.
 */
public final class ScpAttachmentPeaks {

    static final String ATTACHMENT = "aws:organizations/policyAttachment:PolicyAttachment";

    private ScpAttachmentPeaks() {}

    /** A target whose count would exceed the limit during the update. */
    public record Peak(String target, int existing, int base, int head, int peak, int limit) {
        public String message() {
            return String.format("warning: SCPs on %s would reach %d during the update (limit %d): %d existing, %d of trailguard's now, %d after;"
                            + " Pulumi attaches the new ones before it detaches the old. Deploy in two steps: first without the guardrails that"
                            + " move (or with the target removed from them), then with them", target, peak, limit, existing, base, head);
        }
    }

    public static List<Peak> of(PlanDiff diff) {
        Map<String, Set<String>> base = byTarget(diff.base());
        Map<String, Set<String>> head = byTarget(diff.head());
        Map<String, Integer> replaced = new TreeMap<>();
        for (ResourceChange c : diff.changes()) {
            if (c.kind() == ChangeKind.REPLACE && c.resource().type().equals(ATTACHMENT)) {
                replaced.merge(String.valueOf(c.resource().inputs().get("targetId")), 1, Integer::sum);
            }
        }
        GuardrailSettings g = diff.head().config().guardrails();
        Set<String> targets = new TreeSet<>(base.keySet());
        targets.addAll(head.keySet());
        List<Peak> out = new ArrayList<>();
        for (String t : targets) {
            Set<String> during = new TreeSet<>(base.getOrDefault(t, Set.of()));
            during.addAll(head.getOrDefault(t, Set.of()));
            int existing = g.existingPolicies(t);
            int peak = existing + during.size() + replaced.getOrDefault(t, 0);
            int limit = g.limits().maxPoliciesPerTarget();
            if (peak > limit) {
                out.add(new Peak(t, existing, base.getOrDefault(t, Set.of()).size(), head.getOrDefault(t, Set.of()).size(), peak, limit));
            }
        }
        return out;
    }

    private static Map<String, Set<String>> byTarget(Plan plan) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (PlannedResource r : plan.ofType(ATTACHMENT)) {
            out.computeIfAbsent(String.valueOf(r.inputs().get("targetId")), k -> new TreeSet<>()).add(r.urn());
        }
        return out;
    }
}
