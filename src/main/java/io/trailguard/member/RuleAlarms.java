package io.trailguard.member;

import com.pulumi.aws.cloudwatch.CompositeAlarm;
import com.pulumi.aws.cloudwatch.CompositeAlarmArgs;
import com.pulumi.aws.cloudwatch.LogMetricFilter;
import com.pulumi.aws.cloudwatch.LogMetricFilterArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.CompositeAlarmActionsSuppressorArgs;
import com.pulumi.aws.cloudwatch.inputs.LogMetricFilterMetricTransformationArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.detect.Supersession;
import io.trailguard.naming.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One metric filter and one alarm per rule on a log group. Pulumi names are {@code <scope>-filter-<rule>} and
 * {@code <scope>-alarm-<rule>}, AWS names {@code trailguard-<rule>}: both come from ids, never from list positions.
 * A rule that more specific rules supersede ({@link Supersession}) notifies through a composite alarm
 * {@code trailguard-<rule>-notify} instead, whose actions the specific rules' alarms suppress.
 */
final class RuleAlarms {

    /** Where the filters go and what the alarms say. */
    record Target(String scope, String logGroupName, Feed feed, String accountLabel, ProviderResource provider,
                  Resource parent, Resource logGroup) {}

    /** How long a composite waits for a suppressor to alarm: metric alarms on one log group evaluate within a minute. */
    static final int SUPPRESSOR_WAIT_SECONDS = 120;

    private RuleAlarms() {}

    static void create(Target t, List<Rule> rules, Function<Rule, List<String>> actions, Supersession supersession) {
        Map<String, MetricAlarm> alarms = new HashMap<>();
        for (Rule rule : rules) {
            String awsName = Names.ruleResourceName(rule.id());
            new LogMetricFilter(t.scope() + "-filter-" + rule.id(), LogMetricFilterArgs.builder()
                    .name(awsName)
                    .logGroupName(t.logGroupName())
                    .pattern(RenderedRules.pattern(rule, t.feed()))
                    .metricTransformation(LogMetricFilterMetricTransformationArgs.builder()
                            .name(rule.metricName())
                            .namespace(Names.METRIC_NAMESPACE)
                            .value("1")
                            .build())
                    .build(), opts(t));
            MetricAlarm alarm = new MetricAlarm(t.scope() + "-alarm-" + rule.id(), MetricAlarmArgs.builder()
                    .name(awsName)
                    .alarmDescription(AlarmDescription.of(rule, t.feed(), t.accountLabel(), t.logGroupName()))
                    .namespace(Names.METRIC_NAMESPACE)
                    .metricName(rule.metricName())
                    .statistic("Sum")
                    .period(rule.periodSeconds())
                    .evaluationPeriods(rule.evaluationPeriods())
                    .threshold((double) rule.threshold())
                    .comparisonOperator("GreaterThanOrEqualToThreshold")
                    // No events means nothing happened, not that monitoring is broken: the backstop watches the plumbing.
                    .treatMissingData("notBreaching")
                    .alarmActions(supersession.suppressors(rule).isEmpty() ? actions.apply(rule) : List.of())
                    .build(), CustomResourceOptions.builder().parent(t.parent()).provider(t.provider()).build());
            alarms.put(rule.id(), alarm);
        }
        for (Rule rule : rules) {
            List<String> by = supersession.suppressors(rule);
            if (!by.isEmpty()) {
                notifyUnlessSuperseded(t, rule, by, actions.apply(rule), alarms);
            }
        }
    }

    /** {@code ALARM(rule)} with the rule's actions, held back while any superseding rule's alarm is in ALARM. */
    private static void notifyUnlessSuperseded(Target t, Rule rule, List<String> by, List<String> actions,
                                               Map<String, MetricAlarm> alarms) {
        String awsName = Names.ruleResourceName(rule.id());
        List<Resource> deps = new java.util.ArrayList<>();
        deps.add(alarms.get(rule.id()));
        by.forEach(id -> deps.add(alarms.get(id)));
        String suppressor;
        if (by.size() == 1) {
            suppressor = Names.ruleResourceName(by.get(0));
        } else {
            suppressor = awsName + "-superseded";
            deps.add(new CompositeAlarm(t.scope() + "-superseded-" + rule.id(), CompositeAlarmArgs.builder()
                    .alarmName(suppressor)
                    .alarmDescription("In ALARM while a rule that supersedes " + rule.id() + " alarms: "
                            + String.join(", ", by) + ".")
                    .alarmRule(anyInAlarm(by))
                    .build(), alarmOpts(t, by.stream().map(alarms::get).collect(Collectors.toList()))));
        }
        new CompositeAlarm(t.scope() + "-notify-" + rule.id(), CompositeAlarmArgs.builder()
                .alarmName(awsName + "-notify")
                .alarmDescription(AlarmDescription.of(rule, t.feed(), t.accountLabel(), t.logGroupName()))
                .alarmRule("ALARM(\"" + awsName + "\")")
                .alarmActions(actions)
                .actionsSuppressor(CompositeAlarmActionsSuppressorArgs.builder()
                        .alarm(suppressor)
                        .waitPeriod(SUPPRESSOR_WAIT_SECONDS)
                        .extensionPeriod(rule.periodSeconds())
                        .build())
                .build(), alarmOpts(t, deps));
    }

    /** {@code ALARM("a") OR ALARM("b")}, in the composite alarm rule syntax. */
    static String anyInAlarm(List<String> ruleIds) {
        return ruleIds.stream().map(id -> "ALARM(\"" + Names.ruleResourceName(id) + "\")").collect(Collectors.joining(" OR "));
    }

    // A composite alarm names alarms that must already exist.
    private static CustomResourceOptions alarmOpts(Target t, List<? extends Resource> dependsOn) {
        return CustomResourceOptions.builder().parent(t.parent()).provider(t.provider()).dependsOn(List.copyOf(dependsOn)).build();
    }

    // Filters on a log group that does not exist yet fail to create, so every filter waits for its group.
    private static CustomResourceOptions opts(Target t) {
        return CustomResourceOptions.builder().parent(t.parent()).provider(t.provider()).dependsOn(t.logGroup()).build();
    }
}
