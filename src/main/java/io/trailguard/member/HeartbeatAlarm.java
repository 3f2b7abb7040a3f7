package io.trailguard.member;

import io.trailguard.naming.Names;
import java.util.List;
import java.util.Map;

/**
 * The heartbeat of a log group that rules read: an alarm on the group's {@code AWS/Logs IncomingLogEvents} that treats
 * missing data as breaching, so a broken delivery path (role, policy, key, trail or rule) pages instead of leaving
 * every rule alarm quietly at OK.
 *
 * <p>Period: CloudTrail delivers events to CloudWatch Logs about 5 minutes after the call on average, not guaranteed
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html, and
 * "within an average of about 5 minutes" in https://docs.aws.amazon.com/awscloudtrail/latest/userguide/how-cloudtrail-works.html).
 * Four 15-minute periods without a single event, one hour, stay far above that delay and its variance; an account
 * silent for an hour is rare because AWS's own services make management calls in it.
 */
final class HeartbeatAlarm {

    static final String METRIC = "IncomingLogEvents";
    static final String NAMESPACE = "AWS/Logs";
    static final int PERIOD_SECONDS = 900;
    static final int PERIODS = 4;

    private HeartbeatAlarm() {}

    /**
     * @param id         spec id, e.g. {@code heartbeat} (Pulumi name {@code member-<id>-heartbeat})
     * @param awsName    matched by {@link Names#ALARM_NAME_GLOB}, so the topic policies admit it and the guardrails protect it
     * @param logGroupId spec id of the log group it watches
     */
    static ResourceSpec spec(String id, String region, String awsName, String logGroupName, String label, List<String> actions,
                             String logGroupId) {
        return alarm(id, region, awsName, "trailguard heartbeat: no event reached " + logGroupName + " of " + label + " for "
                        + minutes() + " minutes. Its delivery path is broken (trail stopped, role, resource or key policy"
                        + " changed, rule disabled) or the account was silent that long; until it recovers, none of its rules"
                        + " can fire.",
                NAMESPACE, METRIC, Map.of("LogGroupName", logGroupName), actions, List.of(logGroupId));
    }

    /**
     * The heartbeat of one forward region of the EventBridge feed: an alarm on the count of that region's events in the
     * member log group ({@link ForwardingHeartbeat}'s metric filter), which its schedule keeps above zero.
     *
     * @param filterId spec id of the metric filter that publishes the metric
     */
    static ResourceSpec forwarded(String id, String home, String forwardRegion, String metricName, String logGroupName, String label,
                                  List<String> actions, String filterId) {
        return alarm(id, home, Names.forwardingHeartbeatAlarm(forwardRegion), "trailguard heartbeat: no " + forwardRegion
                        + " event reached " + logGroupName + " of " + label + " for " + minutes() + " minutes, although a"
                        + " schedule there makes a call every " + ForwardingHeartbeat.INTERVAL_MINUTES + " minutes. The"
                        + " forwarding path from " + forwardRegion + " is broken (forward rule, its role, the home rule or"
                        + " the Logs resource policy) or the schedule was stopped; until it recovers, nothing done in "
                        + forwardRegion + " can fire a rule.",
                Names.METRIC_NAMESPACE, metricName, null, actions, List.of(filterId));
    }

    private static int minutes() {
        return PERIOD_SECONDS * PERIODS / 60;
    }

    private static ResourceSpec alarm(String id, String region, String awsName, String description, String namespace, String metricName,
                                      Map<String, String> dimensions, List<String> actions, List<String> dependsOn) {
        return new ResourceSpec(id, MemberTypes.METRIC_ALARM, region, MemberSpecs.inputs(
                "name", awsName,
                "alarmDescription", description,
                "namespace", namespace,
                "metricName", metricName,
                "dimensions", dimensions,
                "statistic", "Sum",
                "period", PERIOD_SECONDS,
                "evaluationPeriods", PERIODS,
                "datapointsToAlarm", PERIODS,
                "threshold", 1.0,
                "comparisonOperator", "LessThanThreshold",
                // No datapoint is published for a period without events: missing data is the failure itself.
                "treatMissingData", "breaching",
                "alarmActions", actions,
                "okActions", actions), dependsOn, false);
    }
}
