package io.trailguard.member;

import io.trailguard.iam.AdminRoles;
import io.trailguard.iam.Arns;
import io.trailguard.iam.KeyAdministration;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/**
 * The key of an account's local alert topic. CloudWatch can publish to an encrypted topic only with a customer
 * managed key that lets {@code cloudwatch.amazonaws.com} generate data keys (AWS-managed {@code alias/aws/sns}
 * cannot be granted), here only for this account's trailguard alarms; the account reads through SNS only.
 */
final class LocalTopicKeyPolicy {

    private LocalTopicKeyPolicy() {}

    static PolicyDocument of(AdminRoles adminRoles, String region, String accountId) {
        return PolicyDocument.of(
                KeyAdministration.statement(accountId, adminRoles.arns(accountId)),
                Statement.allow("AccountAlarmsEncrypt")
                        .principal(Principal.service("cloudwatch.amazonaws.com"))
                        .actions("kms:Decrypt", "kms:GenerateDataKey*")
                        .resources("*")
                        .condition("StringEquals", "aws:SourceAccount", accountId)
                        .condition("ArnLike", "aws:SourceArn", Names.alarmArnPattern(region, accountId))
                        .build(),
                Statement.allow("AccountThroughSns")
                        .principal(Principal.aws(Arns.accountRoot(accountId)))
                        .actions("kms:Decrypt", "kms:GenerateDataKey*")
                        .resources("*")
                        .condition("StringEquals", "kms:ViaService", "sns." + region + ".amazonaws.com")
                        .condition("StringEquals", "kms:CallerAccount", accountId)
                        .build());
    }
}
