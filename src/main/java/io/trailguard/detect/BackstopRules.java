package io.trailguard.detect;

import static io.trailguard.detect.Severity.CRITICAL;
import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.LOW;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.isFalse;
import static io.trailguard.detect.Patterns.ne;
import static io.trailguard.detect.Patterns.neOrMissing;
import static io.trailguard.detect.Patterns.notExists;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.RuleBuilder.rule;

import io.trailguard.naming.Names;
import java.util.List;

/**
 * The organization-wide tamper rules on the organization trail's central log group: an insider with admin rights in
 * a member account can silence that account's own alarms, but not these.
 *
 * <p>trailguard's own {@code pulumi up} changes trails, filters, alarms and SCPs through the deploy role, whose
 * provider sessions are all named {@link Names#DEPLOY_SESSION_NAME}. Those sessions are left out of the critical
 * rules and reported instead by {@code backstop-own-deploy-changes} at low severity, on every change, so nothing the
 * deploy role does goes unreported; any other session of the deploy role (someone who assumed it by hand) still pages.
 */
final class BackstopRules {

    static final String SET = "backstop";

    private static final String OWN_NAME = Names.PREFIX + "*";
    private static final String OWN_LOG_GROUP = "/" + Names.PREFIX + "*";
    private static final String OWN_ARN = "*:" + Names.PREFIX + "*";

    /** The deploy role name of the catalogue's own copies (config's default). */
    static final String DEFAULT_DEPLOY_ROLE = "TrailguardDeployRole";

    private BackstopRules() {}

    static List<Rule> all() {
        return all(DEFAULT_DEPLOY_ROLE);
    }

    /** The deploy role's provider sessions, in any account: {@code arn:aws:sts::*:assumed-role/<role>/trailguard}. */
    static String deploySessionArn(String deployRoleName) {
        return "arn:aws:sts::*:assumed-role/" + deployRoleName + "/" + Names.DEPLOY_SESSION_NAME;
    }

    /** The rules for a stack whose deploy role is {@code deployRoleName}. */
    static List<Rule> all(String deployRoleName) {
        Expr notDeploy = neOrMissing("userIdentity.arn", deploySessionArn(deployRoleName));
        return List.of(
                rule("backstop-cloudtrail-tampering", CRITICAL, "Any account: CloudTrail stopped, deleted, redirected or narrowed")
                        .pattern(pattern(and(
                                eq("eventSource", "cloudtrail.amazonaws.com"),
                                oneOf("eventName", "StopLogging", "DeleteTrail", "UpdateTrail", "PutEventSelectors",
                                        "PutInsightSelectors", "DeleteEventDataStore", "StopEventDataStoreIngestion",
                                        "DeregisterOrganizationDelegatedAdmin"),
                                notDeploy)))
                        .rationale("Covers every account's trails, including trailguard's account trails, from a log group no"
                                + " member account can touch.")
                        .attack("T1562.008").stratus("aws.defense-evasion.cloudtrail-stop", "aws.defense-evasion.cloudtrail-delete",
                                "aws.defense-evasion.cloudtrail-event-selectors")
                        .fires("panther:AWS.CloudTrail.Stopped/CloudTrail Was Stopped")
                        .fires("panther:AWS.CloudTrail.EventSelectorsDisabled/Event Selector Disabled")
                        .misses("panther:AWS.CloudTrail.Stopped/CloudTrail Was Started", "logging restored")
                        .misses("doc:cloudtrail-put-event-selectors-by-deploy", "trailguard's own deploy: the low rule")
                        .supersedes("insider-cloudtrail-logging-stopped", "insider-cloudtrail-selectors-changed")
                        .sets(SET).build(),
                rule("backstop-root-activity", CRITICAL, "Any account: root user used")
                        .pattern(pattern(and(
                                eq("userIdentity.type", "Root"),
                                notExists("userIdentity.invokedBy"),
                                ne("eventType", "AwsServiceEvent"))))
                        .rationale("Root in a member account can undo anything that account's monitoring does.")
                        .attack("T1078.004")
                        .fires("panther:AWS.Console.RootLoginFailed/Failed Root Login")
                        .misses("panther:AWS.Root.Activity/IAMUser Activity", "an IAM user")
                        .supersedes("seed-root-activity", "insider-root-console-login")
                        .sets(SET).build(),
                rule("backstop-leave-organization", CRITICAL, "Account leaving or removed from the organization")
                        .pattern(pattern(and(
                                eq("eventSource", "organizations.amazonaws.com"),
                                oneOf("eventName", "LeaveOrganization", "RemoveAccountFromOrganization"),
                                notDeploy)))
                        .rationale("An account outside the organization escapes every SCP, the organization trail and this"
                                + " backstop; attempts matter as much as successes.")
                        .attack("T1562", "T1666").stratus("aws.defense-evasion.organizations-leave")
                        .fires("panther:AWS.CloudTrail.AttemptToLeaveOrg/Failed Attempt to Leave Org")
                        .misses("panther:AWS.CloudTrail.Account.Discovery/DescribeAccount", "a read")
                        .sets(SET).build(),
                rule("backstop-guardrail-changes", HIGH, "Service control policies changed, detached or disabled")
                        .pattern(pattern(and(
                                eq("eventSource", "organizations.amazonaws.com"),
                                oneOf("eventName", "AttachPolicy", "DetachPolicy", "UpdatePolicy", "DeletePolicy",
                                        "DisablePolicyType", "EnablePolicyType", "MoveAccount"),
                                notDeploy)))
                        .rationale("The guardrails SCPs enforce (region deny, trail and monitoring protection) are only as"
                                + " good as their attachment; moving an account can drop it out from under them.")
                        .attack("T1484.001")
                        .fires("doc:organizations-detach-policy")
                        .misses("panther:AWS.CloudTrail.AttemptToLeaveOrg/Failed Attempt to Leave Org", "another rule covers leaving")
                        .sets(SET).build(),
                rule("backstop-monitoring-log-groups-tampered", CRITICAL, "trailguard log groups or metric filters changed")
                        .pattern(pattern(and(
                                eq("eventSource", "logs.amazonaws.com"),
                                oneOf("eventName", "DeleteLogGroup", "DeleteMetricFilter", "PutMetricFilter",
                                        "DeleteSubscriptionFilter", "PutRetentionPolicy", "DeleteRetentionPolicy",
                                        "DisassociateKmsKey", "DeleteDataProtectionPolicy"),
                                eq("requestParameters.logGroupName", OWN_LOG_GROUP),
                                notDeploy)))
                        .rationale("Deleting the log group or a metric filter switches off a member's detection without"
                                + " touching CloudTrail.")
                        .attack("T1562.008")
                        .fires("doc:logs-delete-trailguard-metric-filter")
                        .fires("doc:logs-delete-trailguard-metric-filter-by-deploy-role-other-session")
                        .misses("doc:logs-put-trailguard-metric-filter-by-deploy", "trailguard's own deploy: the low rule")
                        .misses("doc:logs-delete-other-log-group", "not a trailguard log group")
                        .misses("panther:AWS.UnusedRegion/Unauthorized region", "CreateLogStream in another group")
                        .sets(SET).build(),
                rule("backstop-monitoring-alarms-tampered", CRITICAL, "trailguard alarms deleted, disabled or overwritten")
                        .pattern(pattern(and(
                                eq("eventSource", "monitoring.amazonaws.com"),
                                oneOf("eventName", "DeleteAlarms", "DisableAlarmActions", "PutMetricAlarm", "PutCompositeAlarm", "SetAlarmState"),
                                or(eq("requestParameters.alarmNames[*]", OWN_NAME), eq("requestParameters.alarmName", OWN_NAME)),
                                notDeploy)))
                        .rationale("An alarm without actions, or forced back to OK, never notifies anyone; a rewritten composite"
                                + " alarm silences every rule that notifies through it.")
                        .attack("T1562.001")
                        .fires("doc:cloudwatch-disable-trailguard-alarm-actions")
                        .misses("doc:cloudwatch-delete-other-alarms", "not trailguard's alarms")
                        .sets(SET).build(),
                rule("backstop-monitoring-topics-tampered", CRITICAL, "trailguard SNS topics deleted or re-wired")
                        .pattern(pattern(and(
                                eq("eventSource", "sns.amazonaws.com"),
                                oneOf("eventName", "DeleteTopic", "SetTopicAttributes", "Unsubscribe", "RemovePermission",
                                        "AddPermission"),
                                or(eq("requestParameters.topicArn", OWN_ARN), eq("requestParameters.subscriptionArn", OWN_ARN)),
                                notDeploy)))
                        .rationale("Alarms reach people only through the topics; a deleted topic or changed policy drops"
                                + " every notification silently.")
                        .attack("T1562.001")
                        .fires("doc:sns-delete-trailguard-topic")
                        .misses("doc:sns-delete-other-topic", "not a trailguard topic")
                        .sets(SET).build(),
                rule("backstop-monitoring-eventbridge-tampered", CRITICAL, "trailguard EventBridge rules deleted, disabled or re-targeted")
                        .pattern(pattern(and(
                                eq("eventSource", "events.amazonaws.com"),
                                oneOf("eventName", "DeleteRule", "DisableRule", "PutRule", "RemoveTargets", "PutTargets"),
                                or(eq("requestParameters.name", OWN_NAME), eq("requestParameters.rule", OWN_NAME)),
                                notDeploy)))
                        .rationale("On the EventBridge feed these rules are the only path from CloudTrail to the member's log"
                                + " group.")
                        .attack("T1562.001")
                        .fires("doc:events-disable-trailguard-rule")
                        .misses("doc:events-disable-other-rule", "not a trailguard rule")
                        .sets(SET).build(),
                rule("backstop-response-runbooks-tampered", CRITICAL, "trailguard response runbooks rewritten, deleted or shared")
                        .pattern(pattern(and(
                                eq("eventSource", "ssm.amazonaws.com"),
                                oneOf("eventName", "UpdateDocument", "UpdateDocumentDefaultVersion", "UpdateDocumentMetadata",
                                        "DeleteDocument", "ModifyDocumentPermission"),
                                eq("requestParameters.name", OWN_NAME),
                                notDeploy)))
                        .rationale("A rewritten runbook does something else when its rule fires, a deleted one nothing; the"
                                + " guardrails let only the deploy role change them.")
                        .attack("T1562.001")
                        .fires("doc:ssm-update-trailguard-runbook")
                        .fires("doc:ssm-delete-trailguard-runbook")
                        .misses("doc:ssm-update-other-document", "not a trailguard runbook")
                        .misses("doc:ssm-update-trailguard-runbook-by-deploy", "trailguard's own deploy: the low rule")
                        .sets(SET).build(),
                rule("backstop-response-roles-tampered", CRITICAL, "trailguard response roles re-permitted or re-trusted")
                        .pattern(pattern(and(
                                eq("eventSource", "iam.amazonaws.com"),
                                oneOf("eventName", "PutRolePolicy", "DeleteRolePolicy", "AttachRolePolicy", "DetachRolePolicy",
                                        "UpdateAssumeRolePolicy", "DeleteRole", "PutRolePermissionsBoundary",
                                        "DeleteRolePermissionsBoundary"),
                                eq("requestParameters.roleName", Names.RESPONSE_PREFIX + "*"),
                                notDeploy)))
                        .rationale("A response role with wider permissions or another trust is a standing tool to revoke or"
                                + " deactivate anyone; without its permissions the response silently fails.")
                        .attack("T1098.003")
                        .fires("doc:iam-put-role-policy-trailguard-response-role")
                        .fires("doc:iam-update-assume-role-policy-trailguard-runbook-role")
                        .misses("doc:iam-put-role-policy-other-role", "another role: what revoke-sessions itself does")
                        .sets(SET).build(),
                rule("backstop-logs-policy-tampered", CRITICAL, "Any account: CloudWatch Logs resource or account policy changed")
                        .pattern(pattern(and(
                                eq("eventSource", "logs.amazonaws.com"),
                                oneOf("eventName", "PutResourcePolicy", "DeleteResourcePolicy", "PutAccountPolicy",
                                        "DeleteAccountPolicy"),
                                notDeploy)))
                        .rationale("The Logs resource policy is the EventBridge feed's only permission to write the member log"
                                + " group, and an account policy can mask or divert every group's events; the guardrails let"
                                + " only the deploy role make either change, so any other attempt is tampering.")
                        .attack("T1562.008")
                        .fires("doc:logs-put-resource-policy")
                        .fires("doc:logs-put-account-policy")
                        .misses("doc:logs-delete-trailguard-metric-filter", "another rule covers metric filters")
                        .sets(SET).build(),
                rule("backstop-requester-pays-enabled", CRITICAL, "Any account: a bucket's request payment configuration changed")
                        .pattern(pattern(and(
                                eq("eventSource", "s3.amazonaws.com"),
                                eq("eventName", "PutBucketRequestPayment"))))
                        .rationale("A Requester Pays bucket cannot receive CloudTrail logs: switched on for the archive it stops"
                                + " delivery for the whole organization. Rare enough to page on any bucket.")
                        .attack("T1562.008")
                        .fires("doc:s3-put-bucket-request-payment")
                        .misses("doc:s3-put-bucket-public-access-block-all-on", "another bucket configuration call")
                        .sets(SET).build(),
                rule("backstop-own-deploy-changes", LOW, "trailguard's deploy changed trails, guardrails or monitoring")
                        .pattern(pattern(and(
                                eq("userIdentity.arn", deploySessionArn(deployRoleName)),
                                isFalse("readOnly"),
                                oneOf("eventSource", "cloudtrail.amazonaws.com", "organizations.amazonaws.com",
                                        "logs.amazonaws.com", "monitoring.amazonaws.com", "sns.amazonaws.com",
                                        "events.amazonaws.com", "ssm.amazonaws.com", "iam.amazonaws.com"))))
                        .rationale("Every change the deploy role's provider sessions make to what the critical backstop rules"
                                + " watch, in any account: one low notification per deployment instead of a critical page. A"
                                + " change outside a deployment window shows up here with its time and source address (the"
                                + " alarm's query lists them), to hold against the deploy workflow's runs; the deploy role used"
                                + " under any other session name still pages critical.")
                        .attack("T1562.008", "T1484.001")
                        .fires("doc:logs-put-trailguard-metric-filter-by-deploy")
                        .fires("doc:cloudtrail-put-event-selectors-by-deploy")
                        .fires("doc:ssm-update-trailguard-runbook-by-deploy")
                        .misses("doc:logs-delete-trailguard-metric-filter-by-deploy-role-other-session", "the deploy role by hand:"
                                + " critical")
                        .misses("doc:iam-get-role-by-deploy", "a read")
                        .sets(SET).build());
    }
}
