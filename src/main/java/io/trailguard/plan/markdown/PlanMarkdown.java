package io.trailguard.plan.markdown;

import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import java.util.Map;

/** {@code plan --format markdown}: a PR comment summarising what the stack creates. */
public final class PlanMarkdown {

    private PlanMarkdown() {}

    public static String render(Plan plan) {
        StackConfig c = plan.config();
        StringBuilder b = new StringBuilder();
        b.append("### trailguard plan: `").append(plan.stack()).append("`\n\n");
        b.append("Organization `").append(c.organization().id()).append("`, home region `").append(c.homeRegion())
                .append("`, scope `").append(c.scope()).append("`: **").append(plan.cloudResources().size())
                .append(" resources**, ").append(plan.providers().size()).append(" providers (one plugin process each during `pulumi up`).\n\n");
        b.append("| account | region | resources |\n|---|---|---:|\n");
        for (Map.Entry<String, Map<String, Map<String, Long>>> account : plan.countsByAccountRegionType().entrySet()) {
            String label = c.account(account.getKey()).map(a -> a.name() + " (" + a.id() + ")")
                    .orElse(account.getKey().isEmpty() ? "(no account)" : account.getKey());
            account.getValue().forEach((region, types) -> b.append("| ").append(label).append(" | ").append(region.isEmpty() ? "-" : region)
                    .append(" | ").append(types.values().stream().mapToLong(Long::longValue).sum()).append(" |\n"));
        }
        b.append('\n').append(scpTable(ScpSizes.of(plan), null, c.guardrails().limits().maxPolicyChars()));
        b.append("#### Alert routing\n\n").append(AlertRoutingMermaid.render(plan));
        return b.toString();
    }

    /** SCP sizes against the limit; with a base, the size before as well. Empty when the plan has no SCPs. */
    public static String scpTable(Map<String, Integer> now, Map<String, Integer> before, int limit) {
        if (now.isEmpty() && (before == null || before.isEmpty())) {
            return "";
        }
        StringBuilder b = new StringBuilder("#### SCP sizes (limit ").append(limit).append(" characters)\n\n");
        b.append(before == null ? "| SCP | characters | of limit |\n|---|---:|---:|\n" : "| SCP | before | now | of limit |\n|---|---:|---:|---:|\n");
        java.util.Set<String> names = new java.util.TreeSet<>(now.keySet());
        if (before != null) {
            names.addAll(before.keySet());
        }
        for (String name : names) {
            Integer size = now.get(name);
            b.append("| `").append(name).append("` | ");
            if (before != null) {
                b.append(before.containsKey(name) ? before.get(name) : "-").append(" | ");
            }
            b.append(size == null ? "(deleted)" : size).append(" | ")
                    .append(size == null ? "-" : (size * 100 / limit) + "%" + (size > limit ? " :x:" : "")).append(" |\n");
        }
        return b.append('\n').toString();
    }
}
