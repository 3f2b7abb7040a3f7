package io.trailguard.alerting;

import io.trailguard.detect.Severity;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import io.trailguard.naming.Topology;

/**
 * A central topic's policy. Publishing: the CloudWatch service principal for trailguard alarms of any account in the
 * organization, by {@code aws:SourceOrgID} ({@code aws:PrincipalOrgID} is never set for service principals), so an
 * onboarded account needs no policy change. Reading subscriptions: any principal of the organization, which Security
 * Hub needs to credit a member's CIS alarms instead of reporting WARNING.
 */
public final class AlertTopicPolicy {

    private AlertTopicPolicy() {}

    public static PolicyDocument of(Topology c, String region, Severity severity) {
        return of(c, region, severity, java.util.Set.of());
    }

    /**
     * @param notifyingAccounts accounts whose response rules publish here: EventBridge may publish for those rules
     *                          only, named by {@code aws:SourceArn} (EventBridge user guide, "Amazon SNS permissions",
     *                          https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-sns-permissions)
     */
    public static PolicyDocument of(Topology c, String region, Severity severity, java.util.Set<String> notifyingAccounts) {
        String topic = Names.centralTopicArn(c, region, severity.id());
        String org = c.organizationId();
        java.util.List<Statement> statements = new java.util.ArrayList<>(java.util.List.of(
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
                        .build()));
        if (!notifyingAccounts.isEmpty()) {
            statements.add(Statement.allow("ResponseRulesPublish")
                    .principal(Principal.service("events.amazonaws.com"))
                    .actions("sns:Publish")
                    .resources(topic)
                    .condition("ArnLike", "aws:SourceArn", responseRules(region, notifyingAccounts))
                    .build());
        }
        return new PolicyDocument(statements);
    }

    /** The response rules of each account in the region (account ids listed: EventBridge's SourceArn names the account). */
    static java.util.List<String> responseRules(String region, java.util.Set<String> accounts) {
        return accounts.stream().sorted().map(a -> Names.eventRuleArn(region, a, Names.RESPONSE_PREFIX + "*")).toList();
    }
}
