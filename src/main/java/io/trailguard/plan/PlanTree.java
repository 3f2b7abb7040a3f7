package io.trailguard.plan;

import io.trailguard.config.Account;
import io.trailguard.cost.AccountCost;
import io.trailguard.cost.Assumptions;
import io.trailguard.cost.CostEstimate;
import io.trailguard.cost.Price;
import io.trailguard.guardrails.GuardrailPlan;
import io.trailguard.stack.ComponentArgs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code plan --format tree}: per account and region, resources by type; providers; totals; member monitoring; cost. */
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
        members(plan, b);
        if (c.scope().includesFoundation()) {
            b.append('\n');
            GuardrailPlan.of(ComponentArgs.guardrails(c)).render().forEach(l -> b.append(l).append('\n'));
        }
        cost(plan, b);
        return b.toString();
    }

    private static void members(Plan plan, StringBuilder b) {
        List<MemberSummary> members = MemberSummary.of(plan);
        if (members.isEmpty()) {
            return;
        }
        b.append("\nmember monitoring (feed, providers needed, rules, alarms):\n");
        for (MemberSummary m : members) {
            b.append(String.format("  %-34s %-11s %d provider%s (%s)  %3d rules  %3d alarms%n",
                    m.account().name() + " (" + m.account().id() + ")", m.account().monitoring().feed().id(),
                    m.providerRegions().size(), m.providerRegions().size() == 1 ? " " : "s", String.join(", ", m.providerRegions()),
                    m.rules(), m.alarms()));
        }
    }

    private static void cost(Plan plan, StringBuilder b) {
        CostEstimate estimate = MemberSummary.cost(plan);
        if (estimate.accounts().isEmpty()) {
            return;
        }
        b.append("\nestimated monthly cost (USD):\n");
        for (AccountCost a : estimate.accounts()) {
            b.append(String.format("  %-34s %9.2f   %s%n", a.name() + " (" + a.accountId() + ")", a.usd(),
                    a.lines().stream().map(l -> l.what() + " $" + String.format("%.2f", l.usd())).collect(Collectors.joining(", "))));
        }
        b.append(String.format("  %-34s %9.2f%n", "total", estimate.usd()));
        b.append("  assumptions: ").append(Assumptions.describe()).append('\n');
        b.append("  prices used:\n");
        for (Price p : estimate.pricesUsed()) {
            b.append(String.format("    %-40s %-10s $%s per %s (%s, checked %s%s)%n", p.item(), p.region(),
                    BigDecimal.valueOf(p.usd()).stripTrailingZeros().toPlainString(), p.unit(), p.source(), p.checked(),
                    p.verified() ? "" : ", unverified for this region"));
        }
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
