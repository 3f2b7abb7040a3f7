package io.trailguard.guardrails;

import io.trailguard.config.Organization;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Protects trailguard's detection machinery in member accounts, matched by the name prefixes {@link Names}
 * gives it: log groups and their metric and subscription filters, alarms, topics, EventBridge rules, heartbeat
 * schedules, account trails, and the roles the other guardrails trust. Everything else in the account is untouched.
 */
final class ProtectMonitoringPolicy {

    static final List<String> LOG_GROUP_DELETION = List.of(
            "logs:DeleteLogGroup",
            "logs:DeleteLogStream",
            // Retention of one day deletes the evidence as surely as DeleteLogGroup.
            "logs:PutRetentionPolicy",
            "logs:DeleteRetentionPolicy",
            "logs:PutLogGroupDeletionProtection");

    static final List<String> LOG_GROUP_RECONFIGURATION = List.of(
            "logs:PutMetricFilter",
            "logs:DeleteMetricFilter",
            "logs:PutSubscriptionFilter",
            "logs:DeleteSubscriptionFilter",
            "logs:AssociateKmsKey",
            "logs:DisassociateKmsKey",
            // Masking can hide the fields the metric filters match on.
            "logs:PutDataProtectionPolicy",
            "logs:DeleteDataProtectionPolicy");

    static final List<String> ALARM_TAMPERING = List.of(
            "cloudwatch:DeleteAlarms",
            "cloudwatch:DisableAlarmActions",
            "cloudwatch:PutMetricAlarm",
            // Overwriting a trailguard-*-notify composite alarm drops the notification of every rule it carries.
            "cloudwatch:PutCompositeAlarm",
            "cloudwatch:SetAlarmState");

    /** Unsubscribe and SetSubscriptionAttributes are authorized against the topic ARN. */
    static final List<String> TOPIC_TAMPERING = List.of(
            "sns:DeleteTopic",
            "sns:SetTopicAttributes",
            "sns:AddPermission",
            "sns:RemovePermission",
            "sns:Unsubscribe",
            "sns:SetSubscriptionAttributes",
            "sns:PutDataProtectionPolicy");

    static final List<String> RULE_TAMPERING = List.of(
            "events:DeleteRule",
            "events:DisableRule",
            "events:PutRule",
            "events:PutTargets",
            "events:RemoveTargets");

    static final List<String> ACCOUNT_TRAIL_TAMPERING = List.of(
            "cloudtrail:StopLogging",
            "cloudtrail:DeleteTrail",
            "cloudtrail:UpdateTrail",
            "cloudtrail:PutInsightSelectors");

    /**
     * The forwarding heartbeat's schedules: deleted, disabled or re-pointed, a quiet region's forwarding alarm pages for
     * nothing, and a busy region's no longer proves the path on a schedule.
     */
    static final List<String> HEARTBEAT_SCHEDULE_TAMPERING = List.of(
            "scheduler:CreateSchedule",
            "scheduler:UpdateSchedule",
            "scheduler:DeleteSchedule",
            "scheduler:DeleteScheduleGroup");

    /** The restart-logging runbook re-applies the configured selectors with this call, so its role is exempt too. */
    static final List<String> ACCOUNT_TRAIL_SELECTORS = List.of("cloudtrail:PutEventSelectors");

    /** A rewritten or deleted runbook does something else, or nothing, when its rule fires. */
    static final List<String> RUNBOOK_TAMPERING = List.of(
            "ssm:UpdateDocument",
            "ssm:UpdateDocumentDefaultVersion",
            "ssm:UpdateDocumentMetadata",
            "ssm:DeleteDocument",
            "ssm:ModifyDocumentPermission");

    /**
     * Only EventBridge (through the response events role) starts a response runbook or hands Systems Manager a runbook
     * role: anyone else could revoke any role's sessions or deactivate any key with them, or run their own document as a
     * runbook role.
     */
    static final List<String> RUNBOOK_START = List.of("ssm:StartAutomationExecution");
    static final List<String> RUNBOOK_ROLE_PASSING = List.of("iam:PassRole");

    /**
     * Account-wide CloudWatch Logs policies have no name or log-group condition key, so they are denied whole:
     * rewriting or deleting the resource policy drops the EventBridge feed's permission to write the member log
     * group, and an account policy can mask (data protection) or divert (subscription filter) every log group's
     * events.
     */
    static final List<String> LOGS_POLICY_TAMPERING = List.of(
            "logs:PutResourcePolicy",
            "logs:DeleteResourcePolicy",
            "logs:PutAccountPolicy",
            "logs:DeleteAccountPolicy");

    /**
     * Whoever can rewrite an exempt role's trust or permissions can become it and walk past every
     * guardrail; CreateRole is not here because new accounts get the deploy role at onboarding.
     */
    static final List<String> EXEMPT_ROLE_TAMPERING = List.of(
            "iam:UpdateAssumeRolePolicy",
            "iam:DeleteRole",
            "iam:PutRolePolicy",
            "iam:DeleteRolePolicy",
            "iam:AttachRolePolicy",
            "iam:DetachRolePolicy",
            "iam:PutRolePermissionsBoundary",
            "iam:DeleteRolePermissionsBoundary");

    private static final String NAMED = Names.PREFIX + "-*";

    private ProtectMonitoringPolicy() {}

    static PolicyDocument document(GuardrailsArgs c) {
        Organization o = c.organization();
        List<String> exempt = Principals.deployRole(o);
        List<String> trustedRoles = new ArrayList<>();
        trustedRoles.add(Principals.roleInAnyAccount(NAMED));
        trustedRoles.addAll(Principals.deployAndBreakGlassRoles(o));
        List<String> breakGlass = o.breakGlassRoleNames().stream().map(Principals::roleInAnyAccount).toList();

        String logGroups = "arn:aws:logs:*:*:log-group:/" + Names.PREFIX + "/*";
        List<Statement> statements = new ArrayList<>(List.of(
                deny("DenyTrailguardLogGroupDeletion", LOG_GROUP_DELETION, exempt, logGroups),
                deny("DenyTrailguardLogGroupReconfiguration", LOG_GROUP_RECONFIGURATION, exempt, logGroups),
                deny("DenyTrailguardAlarmTampering", ALARM_TAMPERING, exempt, "arn:aws:cloudwatch:*:*:alarm:" + NAMED),
                deny("DenyTrailguardTopicTampering", TOPIC_TAMPERING, exempt, "arn:aws:sns:*:*:" + NAMED),
                // Rules on the default bus have no bus segment in their ARN; rules on other buses do.
                deny("DenyTrailguardRuleTampering", RULE_TAMPERING, exempt,
                        "arn:aws:events:*:*:rule/" + NAMED, "arn:aws:events:*:*:rule/*/" + NAMED),
                deny("DenyTrailguardAccountTrailTampering", ACCOUNT_TRAIL_TAMPERING, exempt,
                        "arn:aws:cloudtrail:*:*:trail/" + NAMED),
                deny("DenyTrailguardAccountTrailSelectors", ACCOUNT_TRAIL_SELECTORS,
                        with(exempt, Principals.roleInAnyAccount(Names.responseRunbookRoleName("restart-logging"))),
                        "arn:aws:cloudtrail:*:*:trail/" + NAMED),
                // Schedule ARNs carry their group: schedule/<group>/<name> (Service Authorization Reference, EventBridge Scheduler).
                deny("DenyTrailguardScheduleTampering", HEARTBEAT_SCHEDULE_TAMPERING, exempt,
                        "arn:aws:scheduler:*:*:schedule/" + NAMED + "/*", "arn:aws:scheduler:*:*:schedule-group/" + NAMED),
                deny("DenyTrailguardRunbookTampering", RUNBOOK_TAMPERING, exempt, "arn:aws:ssm:*:*:document/" + NAMED),
                deny("DenyTrailguardRunbookStart", RUNBOOK_START, with(exempt, Principals.roleInAnyAccount(Names.RESPONSE_EVENTS_ROLE)),
                        "arn:aws:ssm:*:*:automation-definition/" + NAMED),
                deny("DenyTrailguardRunbookRolePassing", RUNBOOK_ROLE_PASSING,
                        with(exempt, Principals.roleInAnyAccount(Names.RESPONSE_EVENTS_ROLE)),
                        Principals.roleInAnyAccount(Names.RESPONSE_PREFIX + "*")),
                deny("DenyExemptRoleTampering", EXEMPT_ROLE_TAMPERING, exempt, trustedRoles.toArray(String[]::new)),
                deny("DenyLogsPolicyTampering", LOGS_POLICY_TAMPERING, exempt, "*"),
                // The deploy role's name is exempt from every guardrail: in an account that lacks the role, whoever
                // creates it walks past them all. Onboarding creates it through a service-managed StackSet (its
                // service-linked role is not subject to SCPs) or before the account joins a guarded OU.
                deny("DenyDeployRoleCreation", List.of("iam:CreateRole"), exempt, Principals.deployRole(o).toArray(String[]::new))));
        if (!breakGlass.isEmpty()) {
            // A break-glass role created by an ordinary admin in an account that lacks one would be exempt
            // from the region deny: only the deploy role (or a service-linked role such as StackSets') may create them.
            statements.add(deny("DenyBreakGlassRoleCreation", List.of("iam:CreateRole"), exempt, breakGlass.toArray(String[]::new)));
        }
        return new PolicyDocument(statements);
    }

    private static List<String> with(List<String> exempt, String role) {
        List<String> out = new ArrayList<>(exempt);
        out.add(role);
        return out;
    }

    private static Statement deny(String sid, List<String> actions, List<String> exempt, String... resources) {
        return Statement.deny(sid)
                .actions(actions)
                .resources(resources)
                .exceptPrincipals(exempt)
                .build();
    }
}
