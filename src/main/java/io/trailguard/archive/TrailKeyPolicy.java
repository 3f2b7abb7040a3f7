package io.trailguard.archive;

import io.trailguard.iam.KeyAdministration;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;

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
        // The trail bucket keeps its S3 Bucket Key (one KMS call per bucket key instead of one per log file, which
        // at an organization's delivery rate is most of the KMS bill), so CloudTrail needs kms:Decrypt: "If you are
        // using an existing S3 bucket with an S3 Bucket Key, kms:Decrypt permissions are required to create or update
        // a trail with SSE-KMS encryption enabled" (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html).
        // Scoped to the organization trail by aws:SourceArn; no encryption-context condition, because which context
        // that call carries is not documented. The service principal never hands plaintext to anyone.
        s.add(Statement.allow("CloudTrailDecryptBucketKey")
                .principal(Principal.service("cloudtrail.amazonaws.com"))
                .actions("kms:Decrypt")
                .resources("*")
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
            s.add(Statement.allow("ReadersDecryptLogFiles")
                    .principal(Principal.aws(ReaderAccounts.roots(c.settings().readerRoleArns())))
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
