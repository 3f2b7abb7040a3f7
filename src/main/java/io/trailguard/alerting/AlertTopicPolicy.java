package io.trailguard.alerting;

import io.trailguard.detect.Severity;
import io.trailguard.naming.Topology;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/**
 * A central topic's policy. Publishing: the CloudWatch service principal for trailguard alarms of any account in the
 * organization, by {@code aws:SourceOrgID} ({@code aws:PrincipalOrgID} is never set for service principals), so an
 * onboarded account needs no policy change. Reading subscriptions: any principal of the organization, which Security
 * Hub needs to credit a member's CIS alarms instead of reporting WARNING.
 */
public final class AlertTopicPolicy {

    private AlertTopicPolicy() {}

    public static PolicyDocument of(Topology c, String region, Severity severity) {
        String topic = Names.centralTopicArn(c, region, severity);
        String org = c.organizationId();
        return PolicyDocument.of(
                Statement.allow("OrganizationAlarmsPublish")
                        .principal(Principal.service("cloudwatch.amazonaws.com"))
                        .actions("sns:Publish")
                        .resources(topic)
                        .condition("StringEquals", "aws:SourceOrgID", org)
                        .condition("ArnLike", "aws:SourceArn", Names.alarmArnPattern(region, "*"))
                        .build(),
                Statement.allow("OrganizationListsSubscriptions")
                        .principal(Principal.ANYONE)
                        .actions("sns:ListSubscriptionsByTopic")
                        .resources(topic)
                        .condition("StringEquals", "aws:PrincipalOrgID", org)
                        .build());
    }
}
