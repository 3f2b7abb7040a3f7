package io.trailguard.plan.diff;

import java.util.List;
import java.util.Map;

/** {@code diff --format text}: for a terminal, Pulumi's symbols, grouped by account. */
public final class DiffText {

    private static final int VALUE_WIDTH = 160;

    private DiffText() {}

    public static String render(PlanDiff diff) {
        StringBuilder b = new StringBuilder();
        b.append("trailguard diff: stack ").append(diff.stack()).append(" against ").append(diff.baseLabel()).append('\n');
        b.append("(both configs planned with the current program: code changes show in pulumi preview)\n");
        b.append(summary(diff.counts(diff.changes()))).append('\n');
        for (Map.Entry<String, List<ResourceChange>> account : diff.byAccount().entrySet()) {
            b.append('\n').append(diff.accountLabel(account.getKey())).append(": ")
                    .append(summary(diff.counts(account.getValue()))).append('\n');
            for (ResourceChange c : account.getValue()) {
                appendChange(b, c);
            }
        }
        CostDelta cost = CostDelta.of(diff);
        b.append(String.format("%nestimated monthly cost: %.2f USD -> %.2f USD (%+.2f USD)%n", cost.baseUsd(), cost.headUsd(), cost.deltaUsd()));
        return b.toString();
    }

    static String summary(Map<ChangeKind, Long> counts) {
        return counts.get(ChangeKind.CREATE) + " to create, " + counts.get(ChangeKind.UPDATE) + " to update, "
                + counts.get(ChangeKind.REPLACE) + " to replace, " + counts.get(ChangeKind.DELETE) + " to delete";
    }

    private static void appendChange(StringBuilder b, ResourceChange c) {
        var r = c.resource();
        b.append(String.format("  %-3s %s %s", c.kind().symbol(), r.type(), r.name()));
        if (!r.region().isEmpty()) {
            b.append(" [").append(r.region()).append(']');
        }
        if (c.kind() == ChangeKind.REPLACE) {
            b.append(" (replaced because of ").append(String.join(", ", c.replacementCauses())).append(')');
        }
        if (c.blockedByProtect()) {
            b.append(" PROTECTED: pulumi up will refuse this");
        }
        b.append('\n');
        for (PropertyChange p : c.properties()) {
            appendProperty(b, p);
        }
    }

    private static void appendProperty(StringBuilder b, PropertyChange p) {
        b.append("        ").append(p.input()).append(p.forcesReplacement() ? " (forces replacement)" : "").append(": ");
        if (p.statements() == null) {
            b.append(Compact.truncated(p.before(), VALUE_WIDTH)).append(" -> ").append(Compact.truncated(p.after(), VALUE_WIDTH)).append('\n');
            return;
        }
        b.append("policy statements\n");
        p.statements().removed().forEach(s -> b.append("          - ").append(Compact.json(s)).append('\n'));
        p.statements().added().forEach(s -> b.append("          + ").append(Compact.json(s)).append('\n'));
        for (StatementDiff.Changed s : p.statements().changed()) {
            b.append("          ~ ").append(s.sid()).append('\n');
            b.append("              before ").append(Compact.json(s.before())).append('\n');
            b.append("              after  ").append(Compact.json(s.after())).append('\n');
        }
        if (p.statements().isEmpty()) {
            b.append("          (same statements; Version or layout changed)\n");
        }
    }
}
