package io.trailguard.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pure checks of what the engine is asked to deploy, each returning every problem found as {@link RuleProblem}s
 * located relative to the entry checked. Limits are AWS's: a filter pattern of at most 1,024 characters with at most 2 regular expressions;
 * at most 100 metric filters and 5 regular expressions per log group (PutMetricFilter API reference); metric
 * names unique in the namespace.
 */
public final class RuleValidation {

    /** Metric filters per log group. */
    public static final int MAX_FILTERS_PER_LOG_GROUP = 100;
    /** Regular expressions across all metric filters of one log group. */
    public static final int MAX_REGEX_PER_LOG_GROUP = 5;

    private RuleValidation() {}

    /** Unknown rule sets and rule ids in {@code ruleSets}, {@code enabledRules}, {@code disabledRules}. */
    public static List<RuleProblem> ruleChoice(List<String> ruleSets, List<String> enabledRules, List<String> disabledRules) {
        List<RuleProblem> errors = new ArrayList<>();
        unknownInList(errors, "ruleSets", ruleSets, Catalogue.RULE_SETS, "rule set");
        unknownInList(errors, "enabledRules", enabledRules, Catalogue.ids(), "rule id");
        unknownInList(errors, "disabledRules", disabledRules, Catalogue.ids(), "rule id");
        return errors;
    }

    /**
     * An unsupported ARN, operations unknown for the type, and a generated pattern that breaks AWS's limits on the
     * feed of the account that holds the resource.
     */
    public static List<RuleProblem> guardedResource(GuardedResource g, Feed feed) {
        List<RuleProblem> errors = new ArrayList<>();
        if (g.type() == null) {
            errors.add(new RuleProblem.Invalid(List.of("arn"), "unsupported resource ARN '" + g.arn() + "'",
                    "a DynamoDB table, Lambda function, KMS key, S3 bucket or Secrets Manager secret ARN"));
            return errors;
        }
        if (g.allow().isEmpty()) {
            errors.add(new RuleProblem.Invalid(List.of("allow"), "no operations listed", "map an operation such as Invoke to allowed role ARNs"));
        }
        for (String op : g.allow().keySet()) {
            if (!GuardedOperations.known(g.type()).contains(op)) {
                errors.add(new RuleProblem.Unknown(List.of("allow", op), g.type().cloudTrailResourceType() + " operation", op,
                        GuardedOperations.known(g.type())));
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(pattern("", GuardedResourceRules.rule(g).pattern(), feed));
        }
        return errors;
    }

    /** AWS's per-pattern limits, for the pattern as rendered on the feed. */
    public static List<RuleProblem> pattern(FilterPattern p, Feed feed) {
        return pattern("", p, feed);
    }

    /** {@code owner} names the rule in the message when the problem is reported at its log group ("" for none). */
    private static List<RuleProblem> pattern(String owner, FilterPattern p, Feed feed) {
        List<RuleProblem> errors = new ArrayList<>();
        int length = p.render(feed).length();
        if (length > FilterPattern.MAX_LENGTH) {
            errors.add(new RuleProblem.Invalid(List.of(), owner + "filter pattern is " + length + " characters on the " + feed.id() + " feed",
                    "AWS allows " + FilterPattern.MAX_LENGTH + "; split the resource's allow-list or use fewer principal patterns"));
        }
        if (p.regexCount() > FilterPattern.MAX_REGEX_TERMS) {
            errors.add(new RuleProblem.Invalid(List.of(), owner + "filter pattern has " + p.regexCount() + " regular expressions",
                    "AWS allows " + FilterPattern.MAX_REGEX_TERMS + " per pattern"));
        }
        return errors;
    }

    /** The limits of one log group holding {@code rules}: filter count, regex count, pattern limits, metric names. */
    public static List<RuleProblem> logGroup(List<Rule> rules, Feed feed) {
        List<RuleProblem> errors = new ArrayList<>();
        if (rules.size() > MAX_FILTERS_PER_LOG_GROUP) {
            errors.add(new RuleProblem.Invalid(List.of(), rules.size() + " metric filters on one log group",
                    "AWS allows " + MAX_FILTERS_PER_LOG_GROUP + "; disable rules or rule sets"));
        }
        int regexes = rules.stream().mapToInt(r -> r.pattern().regexCount()).sum();
        if (regexes > MAX_REGEX_PER_LOG_GROUP) {
            errors.add(new RuleProblem.Invalid(List.of(), regexes + " regular expressions across the log group's filters",
                    "AWS allows " + MAX_REGEX_PER_LOG_GROUP + " per log group"));
        }
        Map<String, String> metricOwner = new HashMap<>();
        for (Rule r : rules) {
            errors.addAll(pattern("rule " + r.id() + ": ", r.pattern(), feed));
            String previous = metricOwner.putIfAbsent(r.metricName(), r.id());
            if (previous != null) {
                errors.add(new RuleProblem.Invalid(List.of(), "rules " + previous + " and " + r.id() + " share metric name " + r.metricName(),
                        "metric names must be unique in namespace " + io.trailguard.naming.Names.METRIC_NAMESPACE));
            }
        }
        return errors;
    }

    private static void unknownInList(List<RuleProblem> errors, String key, List<String> given, Set<String> known, String what) {
        for (int i = 0; i < given.size(); i++) {
            if (!known.contains(given.get(i))) {
                errors.add(new RuleProblem.Unknown(List.of(key, i), what, given.get(i), known));
            }
        }
    }
}
