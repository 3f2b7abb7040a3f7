package io.trailguard.plan;

import io.trailguard.config.Account;
import java.util.Map;

/** {@code plan --format tree}: per account and region, resources by type; providers; totals. */
public final class PlanTree {

    private PlanTree() {}

    public static String render(Plan plan) {
        StringBuilder b = new StringBuilder();
        var c = plan.config();
        b.append("trailguard plan: stack ").append(plan.stack())
                .append(" (organization ").append(c.organization().id())
                .append(", home ").append(c.homeRegion())
                .append(", scope ").append(c.scope()).append(")\n");
        for (Map.Entry<String, Map<String, Map<String, Long>>> acct : plan.countsByAccountRegionType().entrySet()) {
            String id = acct.getKey();
            String label = c.account(id).map(a -> a.name() + " (" + id + ")" + roles(c, a)).orElse(id.isEmpty() ? "(no account)" : id);
            long total = acct.getValue().values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
            b.append("\n").append(label).append(": ").append(total).append(" resources\n");
            for (Map.Entry<String, Map<String, Long>> region : acct.getValue().entrySet()) {
                b.append("  ").append(region.getKey()).append('\n');
                region.getValue().forEach((type, n) -> b.append(String.format("    %-90s %5d%n", type, n)));
            }
        }
        long accountsTouched = plan.countsByAccountRegionType().keySet().stream().filter(k -> !k.isEmpty()).count();
        b.append("\nproviders: ").append(plan.providers().size())
                .append(" (one plugin process each during pulumi up)\n");
        b.append("total: ").append(plan.cloudResources().size()).append(" resources in ")
                .append(accountsTouched).append(" accounts\n");
        return b.toString();
    }

    private static String roles(io.trailguard.config.StackConfig c, Account a) {
        StringBuilder r = new StringBuilder();
        if (a.id().equals(c.organization().managementAccountId())) {
            r.append(" [management]");
        }
        if (a.id().equals(c.logArchive().accountId())) {
            r.append(" [log archive]");
        }
        if (a.id().equals(c.alerting().securityAccountId())) {
            r.append(" [security]");
        }
        return r.toString();
    }
}
