package io.trailguard.member;

import com.pulumi.aws.cloudwatch.LogMetricFilter;
import com.pulumi.aws.cloudwatch.LogMetricFilterArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.LogMetricFilterMetricTransformationArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.naming.Names;
import java.util.List;
import java.util.function.Function;

/**
 * One metric filter and one alarm per rule on a log group. Pulumi names are {@code <scope>-filter-<rule>} and
 * {@code <scope>-alarm-<rule>}, AWS names {@code trailguard-<rule>}: both come from ids, never from list positions.
 */
final class RuleAlarms {

    /** Where the filters go and what the alarms say. */
    record Target(String scope, String logGroupName, Feed feed, String accountLabel, ProviderResource provider,
                  Resource parent, Resource logGroup) {}

    private RuleAlarms() {}

    static void create(Target t, List<Rule> rules, Function<Rule, List<String>> actions) {
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
            new MetricAlarm(t.scope() + "-alarm-" + rule.id(), MetricAlarmArgs.builder()
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
                    .alarmActions(actions.apply(rule))
                    .build(), CustomResourceOptions.builder().parent(t.parent()).provider(t.provider()).build());
        }
    }

    // Filters on a log group that does not exist yet fail to create, so every filter waits for its group.
    private static CustomResourceOptions opts(Target t) {
        return CustomResourceOptions.builder().parent(t.parent()).provider(t.provider()).dependsOn(t.logGroup()).build();
    }
}
