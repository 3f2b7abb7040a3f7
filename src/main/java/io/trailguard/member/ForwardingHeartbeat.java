package io.trailguard.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Patterns;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.member.ResourceSpec.Ref;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.trailguard.member.MemberSpecs.inputs;

/**
 * Proof that the EventBridge feed's forwarding path from each non-home region works. The log group's own heartbeat
 * ({@link HeartbeatAlarm#spec}) cannot see it: home-region events keep that one OK while a region's forward rule, its
 * role, the home rule or the Logs resource policy is broken.
 *
 * <p>In each forward region an EventBridge Scheduler schedule calls KMS {@code GenerateRandom} every
 * {@value #INTERVAL_MINUTES} minutes through a universal target. CloudTrail records that call as a read-only management
 * event in the region (https://docs.aws.amazon.com/kms/latest/developerguide/ct-generaterandom.html: {@code readOnly:
 * true}, no resources, {@code awsRegion} the region called), which reaches the region's default bus and the forward rule
 * because that rule's state carries read-only management events
 * (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail-management.html). A metric filter
 * counts every event of that region in the member log group, and an alarm that treats missing data as breaching pages
 * the critical topic when an hour passes without one. The filter counts any event of the region, not only the
 * heartbeat's: any one proves the path, and a quiet region still has the schedule's.
 *
 * <p>Why this call: the universal target refuses read-only actions by name prefix ({@code get}, {@code describe},
 * {@code list}, ... https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets-universal.html, "Unsupported
 * actions"); {@code generateRandom} is none of them, changes nothing, needs no resource and costs one KMS request. A
 * scheduled EventBridge rule would not do: its events are not CloudTrail events and never pass the forward rule.
 *
 * <p>The schedules live in a group of their own because the execution role's trust is scoped by group:
 * "The value of aws:SourceArn must be your EventBridge Scheduler schedule group ARN"
 * (https://docs.aws.amazon.com/scheduler/latest/UserGuide/cross-service-confused-deputy-prevention.html).
 *
 * <p>Unverified offline: that Scheduler calls the KMS endpoint of the schedule's own region (the event's
 * {@code awsRegion}). If it did not, every forwarding heartbeat would alarm within the hour after deployment: the
 * failure is loud, never silent.
 */
final class ForwardingHeartbeat {

    static final int INTERVAL_MINUTES = 5;
    static final String SCHEDULE_EXPRESSION = "rate(" + INTERVAL_MINUTES + " minutes)";
    /** Universal target ARN form {@code arn:aws:scheduler:::aws-sdk:<service>:<apiAction>} (managing-targets-universal). */
    static final String TARGET_ARN = "arn:aws:scheduler:::aws-sdk:kms:generateRandom";
    static final String ACTION = "kms:GenerateRandom";
    /** A missed beat is not retried: the next one is five minutes away, and a retry would blur the signal. */
    static final int MAXIMUM_EVENT_AGE_SECONDS = 60;

    static final String ROLE = "heartbeat-role";
    static final String ROLE_POLICY = "heartbeat-policy";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ForwardingHeartbeat() {}

    /**
     * @param home           the account's home region, where the log group, role and alarms are
     * @param forwardRegions every feed region but home, each with a forward rule
     */
    static List<ResourceSpec> specs(String home, String accountId, String label, List<String> forwardRegions, List<String> actions,
                                    String logGroupId) {
        List<ResourceSpec> out = new ArrayList<>();
        out.add(new ResourceSpec(ROLE, MemberTypes.ROLE, home, inputs(
                "name", Names.HEARTBEAT_ROLE,
                "description", "trailguard: EventBridge Scheduler makes the forwarding heartbeat's KMS GenerateRandom call",
                "assumeRolePolicy", trust(accountId, forwardRegions).toJson()), List.of(), false));
        out.add(new ResourceSpec(ROLE_POLICY, MemberTypes.ROLE_POLICY, home, inputs(
                "role", new Ref(ROLE, Ref.NAME),
                "name", "generate-random",
                "policy", permissions().toJson()), List.of(), false));
        for (String region : forwardRegions) {
            String group = "heartbeat-" + region + "-group";
            out.add(new ResourceSpec(group, MemberTypes.SCHEDULE_GROUP, region, inputs("name", Names.HEARTBEAT_SCHEDULE_GROUP),
                    List.of(), false));
            out.add(new ResourceSpec("heartbeat-" + region + "-schedule", MemberTypes.SCHEDULE, region, inputs(
                    "name", Names.HEARTBEAT_SCHEDULE,
                    "groupName", Names.HEARTBEAT_SCHEDULE_GROUP,
                    "description", "trailguard: a CloudTrail event in " + region + " every " + INTERVAL_MINUTES
                            + " minutes, so that alarm " + Names.forwardingHeartbeatAlarm(region) + " proves the forwarding path",
                    "scheduleExpression", SCHEDULE_EXPRESSION,
                    "flexibleTimeWindow", inputs("mode", "OFF"),
                    "target", inputs(
                            "arn", TARGET_ARN,
                            "roleArn", new Ref(ROLE, Ref.ARN),
                            "input", input(),
                            "retryPolicy", inputs("maximumEventAgeInSeconds", MAXIMUM_EVENT_AGE_SECONDS, "maximumRetryAttempts", 0)),
                    "state", "ENABLED"), List.of(group, ROLE_POLICY), false));
            String filter = "heartbeat-" + region + "-filter";
            out.add(new ResourceSpec(filter, MemberTypes.METRIC_FILTER, home, inputs(
                    "name", Names.forwardingHeartbeatAlarm(region),
                    "logGroupName", Names.MEMBER_LOG_GROUP,
                    "pattern", pattern(region),
                    "metricTransformation", inputs("name", metricName(region), "namespace", Names.METRIC_NAMESPACE, "value", "1")),
                    List.of(logGroupId), false));
            out.add(HeartbeatAlarm.forwarded("heartbeat-" + region, home, region, metricName(region), Names.MEMBER_LOG_GROUP, label,
                    actions, filter));
        }
        return out;
    }

    /** Every event of the region, as the EventBridge feed's log group holds it (the CloudTrail record under detail). */
    static String pattern(String region) {
        return Patterns.pattern(Patterns.eq("awsRegion", region)).render(Feed.EVENTBRIDGE);
    }

    static String metricName(String region) {
        return "forwarded-events-" + region;
    }

    static PolicyDocument trust(String accountId, List<String> forwardRegions) {
        return PolicyDocument.of(Statement.allow("SchedulerAssume")
                .principal(Principal.service("scheduler.amazonaws.com"))
                .actions("sts:AssumeRole")
                .condition("StringEquals", "aws:SourceAccount", accountId)
                .condition("ArnEquals", "aws:SourceArn", forwardRegions.stream()
                        .map(r -> Names.scheduleGroupArn(r, accountId, Names.HEARTBEAT_SCHEDULE_GROUP)).toList())
                .build());
    }

    /** GenerateRandom has no resource type: "*" is the only resource it can be granted on (Service Authorization Reference, AWS KMS). */
    static PolicyDocument permissions() {
        return PolicyDocument.of(Statement.allow("HeartbeatCall").actions(ACTION).resources("*").build());
    }

    private static String input() {
        try {
            return JSON.writeValueAsString(Map.of("NumberOfBytes", 1));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
