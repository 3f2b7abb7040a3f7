package io.trailguard.member;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/**
 * The CloudWatch Logs resource policy that lets the home region's EventBridge rule write into the member log
 * group. A log-group target takes no role, so the permission has to sit on the Logs side, scoped to that one rule.
 */
final class EventsToLogsPolicy {

    private EventsToLogsPolicy() {}

    static PolicyDocument of(String homeRegion, String accountId) {
        return PolicyDocument.of(Statement.allow("EventBridgeWritesMemberLogGroup")
                .principal(Principal.service("events.amazonaws.com", "delivery.logs.amazonaws.com"))
                .actions("logs:CreateLogStream", "logs:PutLogEvents")
                .resources(Names.memberLogGroupArn(homeRegion, accountId) + ":*")
                .condition("ArnEquals", "aws:SourceArn", Names.eventRuleArn(homeRegion, accountId, Names.EVENTS_TO_LOGS_RULE))
                .condition("StringEquals", "aws:SourceAccount", accountId)
                .build());
    }
}
