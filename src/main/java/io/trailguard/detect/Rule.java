package io.trailguard.detect;

import java.util.List;
import java.util.Set;

/**
 * One detection rule as data: a metric filter plus the alarm on its metric, with the reasoning and the evidence
 * (fixtures) behind it. The alarm fires when the metric's sum reaches {@code threshold} in
 * {@code evaluationPeriods} consecutive periods of {@code periodSeconds}.
 *
 * @param id                kebab-case, unique in the catalogue; also the AWS resource name suffix
 * @param title             one line for alarm names and listings
 * @param severity          routes the alarm to the central topic of that severity
 * @param pattern           the filter pattern, as written for the trail feed
 * @param metricName        unique in {@link io.trailguard.naming.Names#METRIC_NAMESPACE}
 * @param rationale         why an insider doing this matters, and what the rule deliberately leaves out
 * @param references        CIS / Security Hub control, MITRE ATT&amp;CK technique, Stratus Red Team technique
 * @param ruleSets          the rule sets that include the rule ({@code cis}, {@code seed}, {@code insider},
 *                          {@code backstop}, {@code guarded})
 * @param fixtures          events that must fire and near misses that must not, each with its expected alarm outcome
 * @param supersedes        ids of broader rules whose notification this one replaces when both alarm on one incident
 *                          (only the most specific rule notifies; see {@link Supersession})
 */
public record Rule(
        String id,
        String title,
        Severity severity,
        FilterPattern pattern,
        String metricName,
        int threshold,
        int periodSeconds,
        int evaluationPeriods,
        String rationale,
        References references,
        Set<String> ruleSets,
        List<Fixture> fixtures,
        List<String> supersedes) {

    public Rule {
        ruleSets = Set.copyOf(ruleSets);
        fixtures = List.copyOf(fixtures);
        supersedes = List.copyOf(supersedes);
        if (threshold < 1 || periodSeconds < 10 || evaluationPeriods < 1) {
            throw new IllegalArgumentException(id + ": threshold, period and evaluation periods must be positive");
        }
    }

    public Rule(String id, String title, Severity severity, FilterPattern pattern, String metricName, int threshold,
                int periodSeconds, int evaluationPeriods, String rationale, References references, Set<String> ruleSets,
                List<Fixture> fixtures) {
        this(id, title, severity, pattern, metricName, threshold, periodSeconds, evaluationPeriods, rationale, references,
                ruleSets, fixtures, List.of());
    }

    /** The same rule with another pattern (a per-account or per-config rendering of a catalogue rule). */
    public Rule withPattern(FilterPattern other) {
        return new Rule(id, title, severity, other, metricName, threshold, periodSeconds, evaluationPeriods, rationale,
                references, ruleSets, fixtures, supersedes);
    }

    /** The pattern string deployed on a feed's log group. */
    public String render(Feed feed) {
        return pattern.render(feed);
    }

    /** A matcher for the feed's events. Compile once per rule, not per event. */
    public CompiledPattern compile(Feed feed) {
        return pattern.compile(feed);
    }

    /** A Logs Insights query that finds the events this rule counts, for the alarm description. */
    public String insightsQuery(Feed feed) {
        return InsightsQuery.render(pattern, feed);
    }

    /**
     * Where a rule comes from and what it detects, each null or empty when it does not apply.
     *
     * @param securityHub Security Hub control id, e.g. {@code CloudWatch.1}
     * @param cis         CIS AWS Foundations Benchmark recommendation(s), e.g. {@code 1.2: 3.3, 1.4: 4.3}
     * @param attack      MITRE ATT&amp;CK technique ids
     * @param stratus     Stratus Red Team technique ids
     * @param sigma       SigmaHQ rules this rule ports, with the attribution the Detection Rule License asks for
     */
    public record References(String securityHub, String cis, List<String> attack, List<String> stratus,
                             List<SigmaRefs.Sigma> sigma) {
        public References {
            attack = List.copyOf(attack);
            stratus = List.copyOf(stratus);
            sigma = List.copyOf(sigma);
        }

        public References(String securityHub, String cis, List<String> attack, List<String> stratus) {
            this(securityHub, cis, attack, stratus, List.of());
        }
    }

    /**
     * An event the rule must match ({@code fires}) or must not (a near miss), and what the alarm does when the event
     * happens {@code times} times within one alarm period.
     *
     * @param fires  true for an event that must match
     * @param event  {@code panther:<rule>/<test>} (a line of the Panther test corpus) or {@code doc:<id>} (a
     *               constructed record, stored with its source in the test resources)
     * @param note   why this event is here, for near misses especially
     * @param times  how often the event happens within one period
     * @param alarms whether the alarm reaches ALARM at its threshold on that
     */
    public record Fixture(boolean fires, String event, String note, int times, boolean alarms) {
        public Fixture {
            if (times < 1) {
                throw new IllegalArgumentException(event + ": times must be positive");
            }
        }

        public Fixture(boolean fires, String event, String note) {
            this(fires, event, note, 1, fires);
        }
    }
}
