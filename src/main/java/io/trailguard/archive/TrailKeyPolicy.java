package io.trailguard.archive;

import io.trailguard.iam.KeyAdministration;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The trail key's policy, after AWS's CloudTrail template: CloudTrail encrypts only for the organization
 * trail; named readers decrypt only CloudTrail log files; CloudWatch Logs uses it only for the central log
 * group. Administration: {@link KeyAdministration}, so an admin of the archive account cannot schedule the key's
 * deletion and make the evidence unreadable.
 */
public final class TrailKeyPolicy {

    private TrailKeyPolicy() {}

    public static PolicyDocument of(LogArchiveArgs c) {
        String archive = c.topology().logArchiveAccountId();
        String mgmt = c.topology().managementAccountId();
        String trailArn = Names.orgTrailArn(c.topology());
        List<Statement> s = new ArrayList<>();

        s.add(KeyAdministration.statement(archive, c.adminRoles().arns(archive)));

        s.add(Statement.allow("CloudTrailEncryptLogs")
                .principal(Principal.service("cloudtrail.amazonaws.com"))
                .actions("kms:GenerateDataKey*")
                .resources("*")
                .condition("StringLike", "kms:EncryptionContext:aws:cloudtrail:arn", "arn:aws:cloudtrail:*:" + mgmt + ":trail/*")
                .condition("StringEquals", "aws:SourceArn", trailArn)
                .build());
        s.add(Statement.allow("CloudTrailDescribeKey")
                .principal(Principal.service("cloudtrail.amazonaws.com"))
                .actions("kms:DescribeKey")
                .resources("*")
                .condition("StringEquals", "aws:SourceArn", trailArn)
                .build());

        s.addAll(AccountTrailStatements.key(c.topology()));

        if (!c.settings().readerRoleArns().isEmpty()) {
            Set<String> readerAccounts = new LinkedHashSet<>();
            c.settings().readerRoleArns().forEach(a -> readerAccounts.add("arn:aws:iam::" + a.split(":")[4] + ":root"));
            s.add(Statement.allow("ReadersDecryptLogFiles")
                    .principal(Principal.aws(List.copyOf(readerAccounts)))
                    .actions("kms:Decrypt")
                    .resources("*")
                    .condition("ArnEquals", "aws:PrincipalArn", c.settings().readerRoleArns())
                    .condition("Null", "kms:EncryptionContext:aws:cloudtrail:arn", "false")
                    .build());
        }

        s.add(Statement.allow("CloudWatchLogsCentralLogGroup")
                .principal(Principal.service("logs." + c.topology().homeRegion() + ".amazonaws.com"))
                .actions("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*")
                .resources("*")
                .condition("ArnLike", "kms:EncryptionContext:aws:logs:arn", Names.centralLogGroupArn(c.topology()))
                .build());
        return new PolicyDocument(s);
    }
}
