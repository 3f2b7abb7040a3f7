package io.trailguard.member;

import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.detect.Supersession;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.trailguard.member.MemberSpecs.inputs;

/**
 * One metric filter and one alarm per rule on a log group. Ids are {@code filter-<rule>} and {@code alarm-<rule>}
 * (Pulumi names {@code <scope>-filter-<rule>}), AWS names {@code trailguard-<rule>}: both come from ids, never from
 * list positions. A rule that more specific rules supersede ({@link Supersession}) notifies through a composite alarm
 * {@code trailguard-<rule>-notify} instead, whose actions the specific rules' alarms suppress.
 */
final class RuleAlarms {

    /** How long a composite waits for a suppressor to alarm: metric alarms on one log group evaluate within a minute. */
    static final int SUPPRESSOR_WAIT_SECONDS = 120;

    private RuleAlarms() {}

    /**
     * @param logGroupId the spec id of the log group: filters on a group that does not exist yet fail to create
     */
    static List<ResourceSpec> specs(String region, String logGroupName, Feed feed, String accountLabel, List<Rule> rules,
                                    Function<Rule, List<String>> actions, Supersession supersession, String logGroupId) {
        List<ResourceSpec> out = new ArrayList<>();
        for (Rule rule : rules) {
            String awsName = Names.ruleResourceName(rule.id());
            out.add(new ResourceSpec("filter-" + rule.id(), MemberTypes.METRIC_FILTER, region, inputs(
                    "name", awsName,
                    "logGroupName", logGroupName,
                    "pattern", RenderedRules.pattern(rule, feed),
                    "metricTransformation", inputs("name", rule.metricName(), "namespace", Names.METRIC_NAMESPACE, "value", "1")),
                    List.of(logGroupId), false));
            out.add(new ResourceSpec("alarm-" + rule.id(), MemberTypes.METRIC_ALARM, region, inputs(
                    "name", awsName,
                    "alarmDescription", AlarmDescription.of(rule, feed, accountLabel, logGroupName),
                    "namespace", Names.METRIC_NAMESPACE,
                    "metricName", rule.metricName(),
                    "statistic", "Sum",
                    "period", rule.periodSeconds(),
                    "evaluationPeriods", rule.evaluationPeriods(),
                    "threshold", (double) rule.threshold(),
                    "comparisonOperator", "GreaterThanOrEqualToThreshold",
                    // No events means nothing happened, not that monitoring is broken: the backstop watches the plumbing.
                    "treatMissingData", "notBreaching",
                    "alarmActions", supersession.suppressors(rule).isEmpty() ? actions.apply(rule) : List.of()),
                    List.of(), false));
        }
        for (Rule rule : rules) {
            List<String> by = supersession.suppressors(rule);
            if (!by.isEmpty()) {
                notifyUnlessSuperseded(out, region, feed, accountLabel, logGroupName, rule, by, actions.apply(rule));
            }
        }
        return out;
    }

    /** {@code ALARM(rule)} with the rule's actions, held back while any superseding rule's alarm is in ALARM. */
    private static void notifyUnlessSuperseded(List<ResourceSpec> out, String region, Feed feed, String accountLabel,
                                               String logGroupName, Rule rule, List<String> by, List<String> actions) {
        String awsName = Names.ruleResourceName(rule.id());
        // A composite alarm names alarms that must already exist.
        List<String> deps = new ArrayList<>();
        deps.add("alarm-" + rule.id());
        by.forEach(id -> deps.add("alarm-" + id));
        String suppressor;
        if (by.size() == 1) {
            suppressor = Names.ruleResourceName(by.get(0));
        } else {
            suppressor = awsName + "-superseded";
            out.add(new ResourceSpec("superseded-" + rule.id(), MemberTypes.COMPOSITE_ALARM, region, inputs(
                    "alarmName", suppressor,
                    "alarmDescription", "In ALARM while a rule that supersedes " + rule.id() + " alarms: " + String.join(", ", by) + ".",
                    "alarmRule", anyInAlarm(by)),
                    by.stream().map(id -> "alarm-" + id).toList(), false));
            deps.add("superseded-" + rule.id());
        }
        out.add(new ResourceSpec("notify-" + rule.id(), MemberTypes.COMPOSITE_ALARM, region, inputs(
                "alarmName", awsName + "-notify",
                "alarmDescription", AlarmDescription.of(rule, feed, accountLabel, logGroupName),
                "alarmRule", "ALARM(\"" + awsName + "\")",
                "alarmActions", actions,
                "actionsSuppressor", inputs("alarm", suppressor, "waitPeriod", SUPPRESSOR_WAIT_SECONDS, "extensionPeriod", rule.periodSeconds())),
                deps, false));
    }

    /** {@code ALARM("a") OR ALARM("b")}, in the composite alarm rule syntax. */
    static String anyInAlarm(List<String> ruleIds) {
        return ruleIds.stream().map(id -> "ALARM(\"" + Names.ruleResourceName(id) + "\")").collect(Collectors.joining(" OR "));
    }
}
