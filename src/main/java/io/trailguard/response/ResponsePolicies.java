package io.trailguard.response;

import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.iam.Arns;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The roles of an account's responses. A runbook role may make exactly its steps' calls, on exactly what they touch;
 * the EventBridge role may start the account's response runbooks, pass their roles to Systems Manager, and forward
 * response events to the home region's default bus.
 */
public final class ResponsePolicies {

    private ResponsePolicies() {}

    /**
     * Systems Manager assumes a runbook's role for automations of this account only (Systems Manager user guide,
     * "Cross-service confused deputy prevention": aws:SourceAccount and aws:SourceArn
     * arn:aws:ssm:*:&lt;account&gt;:automation-execution/*).
     */
    public static PolicyDocument runbookTrust(String accountId) {
        return PolicyDocument.of(Statement.allow("SystemsManagerAutomationOfThisAccount")
                .principal(Principal.service("ssm.amazonaws.com"))
                .actions("sts:AssumeRole")
                .condition("StringEquals", "aws:SourceAccount", accountId)
                .condition("ArnLike", "aws:SourceArn", "arn:aws:ssm:*:" + accountId + ":automation-execution/*")
                .build());
    }

    public static PolicyDocument runbookPermissions(Action action, ResponseContext ctx) {
        String account = ctx.accountId();
        return switch (action) {
            case RESTART_LOGGING -> PolicyDocument.of(Statement.allow("RestartTheAccountTrail")
                    .actions("cloudtrail:StartLogging", "cloudtrail:PutEventSelectors")
                    .resources(ctx.trail().arn())
                    .build());
            case REVOKE_SESSIONS -> PolicyDocument.of(
                    Statement.allow("RevokeSessionsOfTheAccountsRoles")
                            .actions("iam:PutRolePolicy")
                            .resources("arn:aws:iam::" + account + ":role/*")
                            .build(),
                    Statement.deny("NeverTheDeployBreakGlassOrTrailguardRoles")
                            .actions("iam:PutRolePolicy")
                            .resources(neverRevoked(ctx))
                            .build());
            case QUARANTINE_ACCESS_KEY -> PolicyDocument.of(Statement.allow("DeactivateAccessKeysOfTheAccountsUsers")
                    .actions("iam:UpdateAccessKey")
                    .resources("arn:aws:iam::" + account + ":user/*")
                    .build());
        };
    }

    /** The deploy and break-glass roles, trailguard's own roles, and service-linked roles. */
    static List<String> neverRevoked(ResponseContext ctx) {
        List<String> out = new ArrayList<>(ResponsePattern.protectedRoleArns(ctx));
        out.add(Arns.role(ctx.accountId(), Names.PREFIX + "-*"));
        out.add(Arns.role(ctx.accountId(), "aws-service-role/*"));
        return out;
    }

    /**
     * EventBridge assumes the role only for the account's response rules (EventBridge user guide, "Cross-service
     * confused deputy prevention").
     */
    public static PolicyDocument eventsTrust(String accountId) {
        return PolicyDocument.of(Statement.allow("EventBridgeResponseRules")
                .principal(Principal.service("events.amazonaws.com"))
                .actions("sts:AssumeRole")
                .condition("StringEquals", "aws:SourceAccount", accountId)
                .condition("ArnLike", "aws:SourceArn", Names.eventRuleArn("*", accountId, Names.RESPONSE_PREFIX + "*"))
                .build());
    }

    /**
     * @param enforced the actions whose runbooks the account's rules start (may be empty)
     * @param forwards whether rules in other regions forward to the home bus
     */
    public static PolicyDocument eventsPermissions(ResponseContext ctx, Collection<Action> enforced, boolean forwards) {
        List<Statement> statements = new ArrayList<>();
        String account = ctx.accountId();
        if (!enforced.isEmpty()) {
            statements.add(Statement.allow("StartResponseRunbooks")
                    .actions("ssm:StartAutomationExecution")
                    .resources(enforced.stream().map(a ->
                            Names.automationDefinitionArn(ctx.homeRegion(), account, Names.responseRunbookName(a.id()))).toList())
                    .build());
            statements.add(Statement.allow("PassRunbookRolesToSystemsManager")
                    .actions("iam:PassRole")
                    .resources(enforced.stream().map(a -> Arns.role(account, Names.responseRunbookRoleName(a.id()))).toList())
                    .condition("StringEquals", "iam:PassedToService", "ssm.amazonaws.com")
                    .build());
        }
        if (forwards) {
            statements.add(Statement.allow("ForwardToHomeRegionBus")
                    .actions("events:PutEvents")
                    .resources(Names.defaultEventBusArn(ctx.homeRegion(), account))
                    .build());
        }
        return new PolicyDocument(statements);
    }
}
