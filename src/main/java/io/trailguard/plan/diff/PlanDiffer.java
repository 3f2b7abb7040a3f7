package io.trailguard.plan.diff;

import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Matches two plans' resources by URN, as the Pulumi engine does: a URN only in the current plan is a create,
 * only in the base a delete; in both with different inputs an update, or a replace when a changed input forces
 * one. Components and the stack carry no cloud state and are left out.
 */
public final class PlanDiffer {

    private final ReplacementRules rules;

    public PlanDiffer(ReplacementRules rules) {
        this.rules = rules;
    }

    public PlanDiff diff(Plan base, Plan head, String baseLabel) {
        Map<String, PlannedResource> before = index(base);
        Map<String, PlannedResource> after = index(head);
        List<ResourceChange> changes = new ArrayList<>();
        after.forEach((urn, r) -> {
            PlannedResource old = before.get(urn);
            if (old == null) {
                changes.add(new ResourceChange(ChangeKind.CREATE, r, List.of()));
                return;
            }
            List<PropertyChange> properties = changedInputs(r.type(), old.inputs(), r.inputs());
            if (!properties.isEmpty()) {
                boolean replace = properties.stream().anyMatch(PropertyChange::forcesReplacement);
                changes.add(new ResourceChange(replace ? ChangeKind.REPLACE : ChangeKind.UPDATE, r, properties));
            }
        });
        before.forEach((urn, r) -> {
            if (!after.containsKey(urn)) {
                changes.add(new ResourceChange(ChangeKind.DELETE, r, List.of()));
            }
        });
        changes.sort(Comparator.comparing(ResourceChange::account)
                .thenComparing(ResourceChange::kind)
                .thenComparing(c -> c.resource().urn()));
        return new PlanDiff(base, head, baseLabel, List.copyOf(changes));
    }

    private List<PropertyChange> changedInputs(String type, Map<String, Object> before, Map<String, Object> after) {
        List<PropertyChange> out = new ArrayList<>();
        for (String input : new TreeSet<>(union(before, after))) {
            Object b = before.get(input);
            Object a = after.get(input);
            if (Objects.equals(b, a)) {
                continue;
            }
            StatementDiff statements = StatementDiffer.isPolicyDocument(b) && StatementDiffer.isPolicyDocument(a)
                    ? StatementDiffer.diff(b, a) : null;
            out.add(new PropertyChange(input, b, a, rules.forcesReplacement(type, input), statements));
        }
        return out;
    }

    private static java.util.Set<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static Map<String, PlannedResource> index(Plan plan) {
        Map<String, PlannedResource> out = new LinkedHashMap<>();
        plan.resources().stream().filter(r -> !r.isComponent()).forEach(r -> out.put(r.urn(), r));
        return out;
    }
}
