package io.trailguard.alerting;

import io.trailguard.iam.Arns;
import io.trailguard.iam.KeyAdministration;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * The key that encrypts the central topics of one region. CloudWatch publishes to an encrypted topic only if the key
 * lets {@code cloudwatch.amazonaws.com} generate data keys and decrypt, here only for trailguard alarms of this
 * organization in this region. Administration is limited to the deploy and break-glass roles, as for the trail key.
 */
public final class AlertKeyPolicy {

    private AlertKeyPolicy() {}

    public static PolicyDocument of(AlertRoutingArgs c, String region) {
        String security = c.topology().securityAccountId();
        String root = Arns.accountRoot(security);
        List<Statement> statements = new ArrayList<>(List.of(
                KeyAdministration.statement(security, c.adminRoles().arns(security)),
                Statement.allow("CloudWatchAlarmsOfTheOrganization")
                        .principal(Principal.service("cloudwatch.amazonaws.com"))
                        .actions("kms:Decrypt", "kms:GenerateDataKey*")
                        .resources("*")
                        .condition("StringEquals", "aws:SourceOrgID", c.topology().organizationId())
                        .condition("ArnLike", "aws:SourceArn", Names.alarmArnPattern(region, "*"))
                        .build(),
                // Lets the SOC publish test messages and SNS deliver them, through SNS only.
                Statement.allow("SecurityAccountThroughSns")
                        .principal(Principal.aws(root))
                        .actions("kms:Decrypt", "kms:GenerateDataKey*")
                        .resources("*")
                        .condition("StringEquals", "kms:ViaService", "sns." + region + ".amazonaws.com")
                        .condition("StringEquals", "kms:CallerAccount", security)
                        .build()));
        if (!c.notifyingAccounts().isEmpty()) {
            // An encrypted topic takes EventBridge's messages only if the key lets it encrypt (EventBridge user guide,
            // "Troubleshooting": SNS topic with server-side encryption).
            statements.add(Statement.allow("ResponseRulesOfTheOrganization")
                    .principal(Principal.service("events.amazonaws.com"))
                    .actions("kms:Decrypt", "kms:GenerateDataKey*")
                    .resources("*")
                    .condition("ArnLike", "aws:SourceArn", AlertTopicPolicy.responseRules(region, c.notifyingAccounts()))
                    .build());
        }
        return new PolicyDocument(statements);
    }
}
