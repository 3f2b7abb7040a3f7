package io.trailguard.plan.diff;

import io.trailguard.plan.Plan;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The difference between the plan of a base config and the plan of the current one.
 *
 * @param base      what the base config plans
 * @param head      what the current config plans
 * @param baseLabel where the base config came from (a file or {@code GITREF:Pulumi.<stack>.yaml})
 * @param changes   every change, ordered by account, then kind, then URN
 */
public record PlanDiff(Plan base, Plan head, String baseLabel, List<ResourceChange> changes) {

    public String stack() {
        return head.stack();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Changes by account id ("" for resources of no account); accounts sorted. */
    public Map<String, List<ResourceChange>> byAccount() {
        return changes.stream().collect(Collectors.groupingBy(ResourceChange::account, TreeMap::new, Collectors.toList()));
    }

    public Map<ChangeKind, Long> counts(List<ResourceChange> of) {
        Map<ChangeKind, Long> counts = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, of.stream().filter(c -> c.kind() == k).count());
        }
        return counts;
    }

    /** An account's name from the current config, else from the base one (a removed account), else its id. */
    public String accountLabel(String id) {
        if (id.isEmpty()) {
            return "(no account)";
        }
        return head.config().account(id).or(() -> base.config().account(id)).map(a -> a.name() + " (" + id + ")").orElse(id);
    }
}
