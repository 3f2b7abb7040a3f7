package io.trailguard.member;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/** The account's own alert topic: only this account's trailguard alarms may publish to it. */
final class LocalTopicPolicy {

    private LocalTopicPolicy() {}

    static PolicyDocument of(String region, String accountId) {
        return PolicyDocument.of(Statement.allow("AccountAlarmsPublish")
                .principal(Principal.service("cloudwatch.amazonaws.com"))
                .actions("sns:Publish")
                .resources(Names.localTopicArn(region, accountId))
                .condition("StringEquals", "aws:SourceAccount", accountId)
                .condition("ArnLike", "aws:SourceArn", Names.alarmArnPattern(region, accountId))
                .build());
    }
}
