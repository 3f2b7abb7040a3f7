package io.trailguard.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fluent construction of {@link Rule}s for the catalogue files; defaults: one event in one 5-minute period. */
final class RuleBuilder {

    private final String id;
    private final Severity severity;
    private final String title;
    private FilterPattern pattern;
    private String rationale;
    private String securityHub;
    private String cis;
    private final List<String> attack = new ArrayList<>();
    private final List<String> stratus = new ArrayList<>();
    private int threshold = 1;
    private int periodSeconds = 300;
    private int evaluationPeriods = 1;
    private final Set<String> ruleSets = new LinkedHashSet<>();
    private final List<Rule.Fixture> fixtures = new ArrayList<>();
    private final List<SigmaRefs.Sigma> sigma = new ArrayList<>();
    private final List<String> supersedes = new ArrayList<>();

    private RuleBuilder(String id, Severity severity, String title) {
        this.id = id;
        this.severity = severity;
        this.title = title;
    }

    static RuleBuilder rule(String id, Severity severity, String title) {
        return new RuleBuilder(id, severity, title);
    }

    RuleBuilder pattern(FilterPattern p) {
        this.pattern = p;
        return this;
    }

    RuleBuilder rationale(String text) {
        this.rationale = text;
        return this;
    }

    RuleBuilder securityHub(String control, String cisRecommendations) {
        this.securityHub = control;
        this.cis = cisRecommendations;
        return this;
    }

    RuleBuilder cis(String recommendations) {
        this.cis = recommendations;
        return this;
    }

    RuleBuilder attack(String... techniques) {
        attack.addAll(List.of(techniques));
        return this;
    }

    RuleBuilder stratus(String... techniques) {
        stratus.addAll(List.of(techniques));
        return this;
    }

    /** The SigmaHQ rules (by file name) this rule ports; their authors and source come from {@link SigmaRefs}. */
    RuleBuilder sigma(String... files) {
        for (String id : files) {
            sigma.add(SigmaRefs.byFile(id));
        }
        return this;
    }

    /** Broader rules whose notification this rule replaces when both alarm on the same incident. */
    RuleBuilder supersedes(String... ruleIds) {
        supersedes.addAll(List.of(ruleIds));
        return this;
    }

    /** Fires when at least {@code count} events fall in one period of {@code seconds}. */
    RuleBuilder atLeast(int count, int seconds) {
        this.threshold = count;
        this.periodSeconds = seconds;
        return this;
    }

    RuleBuilder sets(String... names) {
        ruleSets.addAll(List.of(names));
        return this;
    }

    /** An event that matches and, once, reaches ALARM (rules with a threshold of 1). */
    RuleBuilder fires(String event) {
        fixtures.add(new Rule.Fixture(true, event, null, 1, true));
        return this;
    }

    /** An event that matches, {@code times} times in one period, with the alarm outcome expected at the threshold. */
    RuleBuilder fires(String event, int times, boolean alarms, String why) {
        fixtures.add(new Rule.Fixture(true, event, why, times, alarms));
        return this;
    }

    RuleBuilder misses(String event, String why) {
        fixtures.add(new Rule.Fixture(false, event, why, 1, false));
        return this;
    }

    Rule build() {
        for (Rule.Fixture f : fixtures) {
            if (f.fires() && f.alarms() && f.times() < threshold) {
                throw new IllegalStateException(id + ": fixture " + f.event() + " happens " + f.times()
                        + " times, below the threshold " + threshold + ", yet is expected to alarm");
            }
        }
        return new Rule(id, title, severity, pattern, metricName(id), threshold, periodSeconds, evaluationPeriods,
                rationale, new Rule.References(securityHub, cis, attack, stratus, sigma), ruleSets, fixtures, supersedes);
    }

    /** {@code insider-flow-logs-deleted} -> {@code InsiderFlowLogsDeleted}. */
    static String metricName(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
