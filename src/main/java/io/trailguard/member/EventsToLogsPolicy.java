package io.trailguard.member;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/**
 * The CloudWatch Logs resource policy that lets the home region's EventBridge rule write into the member log
 * group. A log-group target takes no role, so the permission has to sit on the Logs side. Only {@code PutLogEvents}
 * is scoped to the rule, as in AWS's examples: conditioning {@code CreateLogStream} the same way can deny delivery
 * (aws-samples/serverless-patterns#618), and a stream without events carries nothing.
 */
final class EventsToLogsPolicy {

    private static final Principal DELIVERY = Principal.service("events.amazonaws.com", "delivery.logs.amazonaws.com");

    private EventsToLogsPolicy() {}

    static PolicyDocument of(String homeRegion, String accountId) {
        String streams = Names.memberLogGroupArn(homeRegion, accountId) + ":*";
        return PolicyDocument.of(
                Statement.allow("EventBridgeCreatesStreams")
                        .principal(DELIVERY)
                        .actions("logs:CreateLogStream")
                        .resources(streams)
                        .build(),
                Statement.allow("EventBridgeRuleWritesEvents")
                        .principal(DELIVERY)
                        .actions("logs:PutLogEvents")
                        .resources(streams)
                        .condition("ArnEquals", "aws:SourceArn", Names.eventRuleArn(homeRegion, accountId, Names.EVENTS_TO_LOGS_RULE))
                        .build());
    }
}
