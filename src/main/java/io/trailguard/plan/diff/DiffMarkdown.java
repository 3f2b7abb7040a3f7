package io.trailguard.plan.diff;

import io.trailguard.plan.markdown.AlertRoutingMermaid;
import io.trailguard.plan.markdown.PlanMarkdown;
import io.trailguard.plan.markdown.ScpSizes;
import java.util.List;
import java.util.Map;

/** {@code diff --format markdown}: the PR comment: summary, per-account changes, SCP sizes, alert routing. */
public final class DiffMarkdown {

    private static final int VALUE_WIDTH = 120;

    private DiffMarkdown() {}

    public static String render(PlanDiff diff) {
        StringBuilder b = new StringBuilder();
        b.append("### trailguard diff: `").append(diff.stack()).append("` against `").append(diff.baseLabel()).append("`\n\n");
        if (diff.isEmpty()) {
            b.append("No resource changes: this config plans exactly what the base plans.\n\n");
        } else {
            summaryTable(b, diff);
            warnings(b, diff);
            for (Map.Entry<String, List<ResourceChange>> account : diff.byAccount().entrySet()) {
                accountSection(b, diff, account.getKey(), account.getValue());
            }
        }
        b.append(PlanMarkdown.scpTable(ScpSizes.of(diff.head()), ScpSizes.of(diff.base()), diff.head().config().guardrails().limits().maxPolicyChars()));
        costDelta(b, CostDelta.of(diff));
        b.append("#### Alert routing\n\n").append(AlertRoutingMermaid.render(diff.head()));
        b.append("\n<sub>Offline diff of stack configs: both sides are planned with this PR's program under Pulumi's mocks; "
                + "code changes show in the `pulumi preview` comment.</sub>\n");
        return b.toString();
    }

    private static void costDelta(StringBuilder b, CostDelta cost) {
        b.append("#### Estimated monthly cost\n\n");
        b.append(String.format("%.2f USD → %.2f USD (%+.2f USD)%n%n", cost.baseUsd(), cost.headUsd(), cost.deltaUsd()));
        if (!cost.changedAccounts().isEmpty()) {
            b.append("| account | before | after | change |\n|---|---:|---:|---:|\n");
            for (CostDelta.Row r : cost.changedAccounts()) {
                b.append(String.format("| %s (%s) | %.2f | %.2f | %+.2f |%n", r.name(), r.accountId(), r.baseUsd(), r.headUsd(), r.deltaUsd()));
            }
            b.append('\n');
        }
        b.append("<sub>List prices and assumptions as in `./trailguard plan`; log storage and data events not included.</sub>\n\n");
    }

    private static void summaryTable(StringBuilder b, PlanDiff diff) {
        b.append("| account | create | update | replace | delete |\n|---|---:|---:|---:|---:|\n");
        diff.byAccount().forEach((account, changes) -> row(b, diff.accountLabel(account), diff.counts(changes)));
        row(b, "**total**", diff.counts(diff.changes()));
        b.append('\n');
    }

    private static void row(StringBuilder b, String label, Map<ChangeKind, Long> counts) {
        b.append("| ").append(label).append(" | ").append(counts.get(ChangeKind.CREATE)).append(" | ").append(counts.get(ChangeKind.UPDATE))
                .append(" | ").append(counts.get(ChangeKind.REPLACE)).append(" | ").append(counts.get(ChangeKind.DELETE)).append(" |\n");
    }

    /** One callout listing every replace and delete: the changes a reviewer must not miss. */
    private static void warnings(StringBuilder b, PlanDiff diff) {
        List<ResourceChange> risky = diff.changes().stream()
                .filter(c -> c.kind() == ChangeKind.REPLACE || c.kind() == ChangeKind.DELETE).toList();
        if (risky.isEmpty()) {
            return;
        }
        b.append("> [!WARNING]\n> ").append(risky.size()).append(" resource(s) would be replaced or deleted:\n");
        for (ResourceChange c : risky) {
            b.append("> - `").append(c.resource().name()).append("` (").append(c.resource().type()).append(") will be ")
                    .append(c.kind() == ChangeKind.REPLACE ? "**replaced** (" + String.join(", ", c.replacementCauses()) + ")" : "**deleted**")
                    .append(c.blockedByProtect() ? "; it is protected, so `pulumi up` will refuse" : "").append('\n');
        }
        b.append('\n');
    }

    private static void accountSection(StringBuilder b, PlanDiff diff, String account, List<ResourceChange> changes) {
        b.append("<details><summary><b>").append(diff.accountLabel(account)).append("</b>: ")
                .append(DiffText.summary(diff.counts(changes))).append("</summary>\n\n");
        b.append("| | type | name | region |\n|---|---|---|---|\n");
        for (ResourceChange c : changes) {
            b.append("| `").append(c.kind().symbol()).append("` ").append(c.kind().id()).append(" | `").append(c.resource().type())
                    .append("` | `").append(c.resource().name()).append("` | ").append(c.resource().region()).append(" |\n");
        }
        b.append('\n');
        for (ResourceChange c : changes) {
            if (!c.properties().isEmpty()) {
                propertyChanges(b, c);
            }
        }
        b.append("</details>\n\n");
    }

    private static void propertyChanges(StringBuilder b, ResourceChange c) {
        b.append("`").append(c.resource().name()).append("`:\n\n```diff\n");
        for (PropertyChange p : c.properties()) {
            String note = p.forcesReplacement() ? " (forces replacement)" : "";
            if (p.statements() == null) {
                b.append("  ").append(p.input()).append(note).append('\n');
                b.append("- ").append(Compact.truncated(p.before(), VALUE_WIDTH)).append('\n');
                b.append("+ ").append(Compact.truncated(p.after(), VALUE_WIDTH)).append('\n');
                continue;
            }
            b.append("  ").append(p.input()).append(": policy statements").append(note).append('\n');
            p.statements().removed().forEach(s -> b.append("- ").append(Compact.json(s)).append('\n'));
            p.statements().added().forEach(s -> b.append("+ ").append(Compact.json(s)).append('\n'));
            for (StatementDiff.Changed s : p.statements().changed()) {
                b.append("! ").append(s.sid()).append('\n');
                b.append("- ").append(Compact.json(s.before())).append('\n');
                b.append("+ ").append(Compact.json(s.after())).append('\n');
            }
        }
        b.append("```\n\n");
    }
}
