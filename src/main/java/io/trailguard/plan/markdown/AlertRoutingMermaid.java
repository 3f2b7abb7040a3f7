package io.trailguard.plan.markdown;

import io.trailguard.config.Account;
import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.detect.Severity;
import io.trailguard.config.StackConfig;
import io.trailguard.naming.Names;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A Mermaid flowchart of alert routing (accounts -> severities -> central topics -> endpoints) that GitHub
 * renders in a PR comment. Edges from accounts come from the plan's alarms when it has any; otherwise every
 * monitored account routes every severity, as member monitoring is designed to. Large organizations are
 * drawn one node per OU so the diagram stays readable.
 */
public final class AlertRoutingMermaid {

    static final int MAX_ACCOUNT_NODES = 15;
    private static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";

    private AlertRoutingMermaid() {}

    public static String render(Plan plan) {
        StackConfig c = plan.config();
        Map<String, Set<Severity>> routed = routedSeverities(plan);
        StringBuilder b = new StringBuilder("```mermaid\nflowchart LR\n");
        Map<String, String> sourceOf = new LinkedHashMap<>();
        b.append("  subgraph members[\"monitored accounts\"]\n");
        if (c.accounts().size() <= MAX_ACCOUNT_NODES) {
            for (Account a : c.accounts()) {
                b.append("    a").append(a.id()).append("[\"").append(label(a.name())).append("<br/>").append(a.id()).append("\"]\n");
                sourceOf.put(a.id(), "a" + a.id());
            }
        } else {
            Map<String, List<Account>> byOu = new TreeMap<>();
            c.accounts().forEach(a -> byOu.computeIfAbsent(a.ou(), k -> new ArrayList<>()).add(a));
            byOu.forEach((ou, accounts) -> {
                String node = "ou_" + ou.replaceAll("[^A-Za-z0-9]", "_");
                b.append("    ").append(node).append("[\"").append(label(ou)).append("<br/>").append(accounts.size()).append(" accounts\"]\n");
                accounts.forEach(a -> sourceOf.put(a.id(), node));
            });
        }
        b.append("  end\n");
        b.append("  subgraph security[\"security account ").append(c.alerting().securityAccountId()).append("\"]\n");
        for (Severity s : Severity.values()) {
            b.append("    sev_").append(s.id()).append("([\"").append(s.id()).append("\"]) --> topic_").append(s.id())
                    .append("[[\"").append(Names.centralTopicName(s)).append("\"]]\n");
        }
        b.append("  end\n");
        Set<String> edges = new TreeSet<>();
        routed.forEach((account, severities) -> severities.forEach(s -> {
            String from = sourceOf.get(account);
            if (from != null) {
                edges.add("  " + from + " --> sev_" + s.id() + "\n");
            }
        }));
        edges.forEach(b::append);
        int n = 0;
        for (Severity s : Severity.values()) {
            List<Endpoint> endpoints = c.alerting().routes().getOrDefault(s, List.of());
            if (endpoints.isEmpty()) {
                b.append("  topic_").append(s.id()).append(" -.- none_").append(s.id()).append("[\"no endpoint\"]\n");
            }
            for (Endpoint e : endpoints) {
                b.append("  topic_").append(s.id()).append(" --> ep").append(n++).append("[\"")
                        .append(e.protocol().id()).append(": ").append(label(e.endpoint())).append("\"]\n");
            }
        }
        return b.append("```\n").toString();
    }

    /** Account id -> severities its alarms notify: from the plan's alarms, else every severity for every account. */
    static Map<String, Set<Severity>> routedSeverities(Plan plan) {
        Map<String, Set<Severity>> routed = new TreeMap<>();
        for (PlannedResource alarm : plan.ofType(ALARM)) {
            for (Object action : actions(alarm)) {
                for (Severity s : Severity.values()) {
                    if (String.valueOf(action).endsWith(":" + Names.centralTopicName(s))) {
                        routed.computeIfAbsent(alarm.account(), k -> new TreeSet<>()).add(s);
                    }
                }
            }
        }
        if (routed.isEmpty()) {
            plan.config().accounts().forEach(a -> routed.put(a.id(), new TreeSet<>(List.of(Severity.values()))));
        }
        return routed;
    }

    private static List<?> actions(PlannedResource alarm) {
        Object v = alarm.inputs().get("alarmActions");
        return v instanceof List<?> l ? l : List.of();
    }

    /** Mermaid labels are quoted: a double quote or bracket inside would end them. */
    static String label(String s) {
        return s.replace("\"", "#quot;").replace("[", "(").replace("]", ")");
    }
}
