package io.trailguard.plan.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.cli.Main;
import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Stacks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code plan --format markdown}: the PR comment for a whole stack, and its alert-routing diagram. */
class PlanMarkdownTest {

    private static String mermaid(String markdown) {
        int start = markdown.indexOf("```mermaid\n");
        assertTrue(start >= 0, "no mermaid block in:\n" + markdown);
        return markdown.substring(start, markdown.indexOf("```\n", start + 10) + 4);
    }

    /** Structural checks GitHub's renderer needs: one diagram type, quoted labels closed on their line. */
    private static void assertWellFormed(String diagram) {
        List<String> lines = diagram.lines().toList();
        assertEquals("flowchart LR", lines.get(1));
        long opened = lines.stream().filter(l -> l.trim().startsWith("subgraph ")).count();
        long closed = lines.stream().filter(l -> l.trim().equals("end")).count();
        assertEquals(opened, closed, "every subgraph ends");
        for (String line : lines) {
            assertEquals(0, line.chars().filter(ch -> ch == '"').count() % 2, "unbalanced quote in: " + line);
        }
    }

    @Test
    void devPlanAsMarkdownSummarisesAccountsAndDrawsRouting() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "plan", "--stack", "dev", "--format", "markdown");
        assertEquals(0, exit, err.toString());
        String md = out.toString();
        assertTrue(md.startsWith("### trailguard plan: `dev`\n"), md);
        assertTrue(md.contains("| log-archive (222222222222) | eu-west-1 |"), md);
        String diagram = mermaid(md);
        assertWellFormed(diagram);
        for (Account a : Stacks.load("dev").accounts()) {
            assertTrue(diagram.contains("a" + a.id() + "[\"" + a.name() + "<br/>" + a.id() + "\"]"), a.name() + " missing from\n" + diagram);
        }
        assertTrue(diagram.contains("sev_critical([\"critical\"]) --> topic_critical[[\"trailguard-alerts-critical\"]]"), diagram);
        assertTrue(diagram.contains("topic_critical --> ep0[\"email: soc-dev@example.com\"]"), diagram);
        assertTrue(diagram.contains("topic_low -.- none_low[\"no endpoint\"]"), "a severity nobody receives is visible");
    }

    @Test
    void largeOrganizationsAreDrawnOneNodePerOu() {
        StackConfig dev = Stacks.load("dev");
        List<Account> many = new ArrayList<>(dev.accounts());
        Account template = dev.accounts().get(dev.accounts().size() - 1);
        for (int i = 0; i < AlertRoutingMermaid.MAX_ACCOUNT_NODES; i++) {
            many.add(new Account(String.format("7000000000%02d", i), "extra-" + i, "ou-dev1-extra", template.monitoring(), List.of()));
        }
        String diagram = AlertRoutingMermaid.render(new Plan("dev", dev.withAccounts(many), List.of()));
        assertWellFormed(diagram);
        assertTrue(diagram.contains("ou_ou_dev1_extra[\"ou-dev1-extra<br/>15 accounts\"]"), diagram);
        assertTrue(!diagram.contains("a700000000000"), "no node per account");
    }

    @Test
    void routingFollowsThePlansAlarmsWhenThereAreAny() {
        StackConfig dev = Stacks.load("dev");
        PlannedResource alarm = new PlannedResource("urn:pulumi:dev::trailguard::aws:cloudwatch/metricAlarm:MetricAlarm::root",
                "aws:cloudwatch/metricAlarm:MetricAlarm", "root", "444444444444", "eu-west-1", "p", false, false,
                Map.of("alarmActions", List.of("arn:aws:sns:eu-west-1:333333333333:trailguard-alerts-high")));
        String diagram = AlertRoutingMermaid.render(new Plan("dev", dev, List.of(alarm)));
        assertTrue(diagram.contains("a444444444444 --> sev_high"), diagram);
        assertTrue(!diagram.contains("a444444444444 --> sev_critical"), "only what the alarms notify");
        assertTrue(!diagram.contains("a555555555555 -->"), "an account without alarms routes nothing");
    }
}
