package io.trailguard.detect;

import io.trailguard.config.ConfigError;
import io.trailguard.config.DidYouMean;
import io.trailguard.config.GuardedResource;
import io.trailguard.config.MemberSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pure checks for config validation, each returning every problem found as {@link ConfigError}s with the key path
 * given. Limits are AWS's: a filter pattern of at most 1,024 characters with at most 2 regular expressions;
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
    public static List<ConfigError> memberSettings(String path, MemberSettings m) {
        List<ConfigError> errors = new ArrayList<>();
        unknown(errors, path + ".ruleSets", m.ruleSets(), Catalogue.RULE_SETS, "rule set");
        unknown(errors, path + ".enabledRules", m.enabledRules(), Catalogue.ids(), "rule id");
        unknown(errors, path + ".disabledRules", m.disabledRules(), Catalogue.ids(), "rule id");
        return errors;
    }

    /**
     * An unsupported ARN, operations unknown for the type, and a generated pattern that breaks AWS's limits on the
     * feed of the account that holds the resource.
     */
    public static List<ConfigError> guardedResource(String path, GuardedResource g, Feed feed) {
        List<ConfigError> errors = new ArrayList<>();
        if (g.type() == null) {
            errors.add(new ConfigError(path + ".arn", "unsupported resource ARN '" + g.arn() + "'",
                    "a DynamoDB table, Lambda function, KMS key, S3 bucket or Secrets Manager secret ARN"));
            return errors;
        }
        if (g.allow().isEmpty()) {
            errors.add(new ConfigError(path + ".allow", "no operations listed", "map an operation such as Invoke to allowed role ARNs"));
        }
        unknown(errors, path + ".allow", g.allow().keySet(), GuardedOperations.known(g.type()), g.type().cloudTrailResourceType() + " operation");
        if (errors.isEmpty()) {
            errors.addAll(pattern(path, GuardedResourceRules.rule(g).pattern(), feed));
        }
        return errors;
    }

    /** AWS's per-pattern limits, for the pattern as rendered on the feed. */
    public static List<ConfigError> pattern(String path, FilterPattern p, Feed feed) {
        List<ConfigError> errors = new ArrayList<>();
        int length = p.render(feed).length();
        if (length > FilterPattern.MAX_LENGTH) {
            errors.add(new ConfigError(path, "filter pattern is " + length + " characters on the " + feed.id() + " feed",
                    "AWS allows " + FilterPattern.MAX_LENGTH + "; split the resource's allow-list or use fewer principal patterns"));
        }
        if (p.regexCount() > FilterPattern.MAX_REGEX_TERMS) {
            errors.add(new ConfigError(path, "filter pattern has " + p.regexCount() + " regular expressions",
                    "AWS allows " + FilterPattern.MAX_REGEX_TERMS + " per pattern"));
        }
        return errors;
    }

    /** The limits of one log group holding {@code rules}: filter count, regex count, pattern limits, metric names. */
    public static List<ConfigError> logGroup(String path, List<Rule> rules, Feed feed) {
        List<ConfigError> errors = new ArrayList<>();
        if (rules.size() > MAX_FILTERS_PER_LOG_GROUP) {
            errors.add(new ConfigError(path, rules.size() + " metric filters on one log group",
                    "AWS allows " + MAX_FILTERS_PER_LOG_GROUP + "; disable rules or rule sets"));
        }
        int regexes = rules.stream().mapToInt(r -> r.pattern().regexCount()).sum();
        if (regexes > MAX_REGEX_PER_LOG_GROUP) {
            errors.add(new ConfigError(path, regexes + " regular expressions across the log group's filters",
                    "AWS allows " + MAX_REGEX_PER_LOG_GROUP + " per log group"));
        }
        Map<String, String> metricOwner = new HashMap<>();
        for (Rule r : rules) {
            errors.addAll(pattern(path + " rule " + r.id(), r.pattern(), feed));
            String previous = metricOwner.putIfAbsent(r.metricName(), r.id());
            if (previous != null) {
                errors.add(new ConfigError(path, "rules " + previous + " and " + r.id() + " share metric name " + r.metricName(),
                        "metric names must be unique in namespace " + io.trailguard.naming.Names.METRIC_NAMESPACE));
            }
        }
        return errors;
    }

    private static void unknown(List<ConfigError> errors, String path, Collection<String> given, Set<String> known, String what) {
        int i = 0;
        for (String g : given) {
            if (!known.contains(g)) {
                String near = DidYouMean.nearest(g, known);
                errors.add(new ConfigError(path + "[" + i + "]", "unknown " + what + " `" + g + "`",
                        near != null ? "did you mean `" + near + "`?" : "one of " + String.join(", ", new TreeSet<>(known))));
            }
            i++;
        }
    }
}
