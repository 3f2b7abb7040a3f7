package io.trailguard.archive;

import io.trailguard.iam.Arns;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trail bucket's policy: TLS only; CloudTrail may check the ACL and write only under the organization's
 * and management account's {@code AWSLogs/} prefixes, only for the organization trail, and the organization's
 * account trails under their own prefix ({@link AccountTrailStatements}); the reader roles may read; nobody but
 * the deploy role may change the bucket's protection, nobody at all may destroy object versions or their retention,
 * and only incident responders may place legal holds.
 */
public final class TrailBucketPolicy {

    /** Actions that would destroy evidence or weaken the bucket's protection; only the deploy role may use them. */
    static final List<String> TAMPER_ACTIONS = List.of(
            "s3:DeleteBucket",
            "s3:DeleteBucketPolicy",
            "s3:DeleteObject",
            "s3:PutBucketAcl",
            "s3:PutBucketLogging",
            "s3:PutBucketObjectLockConfiguration",
            "s3:PutBucketOwnershipControls",
            "s3:PutBucketPolicy",
            "s3:PutBucketPublicAccessBlock",
            "s3:PutBucketVersioning",
            "s3:PutEncryptionConfiguration",
            "s3:PutLifecycleConfiguration",
            "s3:PutObjectAcl",
            "s3:PutReplicationConfiguration",
            // A Requester Pays bucket cannot receive CloudTrail logs: delivery would stop organization-wide.
            "s3:PutBucketRequestPayment");

    /** Object-level destruction: deployment needs none of it, so nobody, the deploy role included, may use it. */
    static final List<String> DESTRUCTION_ACTIONS = List.of(
            "s3:DeleteObjectVersion",
            "s3:BypassGovernanceRetention",
            "s3:PutObjectRetention");

    /** Placing (and lifting) a legal hold: only the incident responders, i.e. the break-glass roles of the archive account. */
    static final String LEGAL_HOLD = "s3:PutObjectLegalHold";

    private TrailBucketPolicy() {}

    public static PolicyDocument of(LogArchiveArgs c) {
        String bucket = Names.trailBucketArn(c.topology());
        String trailArn = Names.orgTrailArn(c.topology());
        String mgmt = c.topology().managementAccountId();
        List<Statement> s = new ArrayList<>();
        s.add(Policies.denyInsecureTransport(bucket));
        s.add(Statement.allow("CloudTrailAclCheck")
                .principal(Principal.service("cloudtrail.amazonaws.com"))
                .actions("s3:GetBucketAcl")
                .resources(bucket)
                .condition("StringEquals", "aws:SourceArn", trailArn)
                .build());
        s.add(Statement.allow("CloudTrailWriteManagementAccount")
                .principal(Principal.service("cloudtrail.amazonaws.com"))
                .actions("s3:PutObject")
                .resources(bucket + "/AWSLogs/" + mgmt + "/*")
                .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control")
                .condition("StringEquals", "aws:SourceArn", trailArn)
                .build());
        s.add(Statement.allow("CloudTrailWriteOrganization")
                .principal(Principal.service("cloudtrail.amazonaws.com"))
                .actions("s3:PutObject")
                .resources(bucket + "/AWSLogs/" + c.topology().organizationId() + "/*")
                .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control")
                .condition("StringEquals", "aws:SourceArn", trailArn)
                .build());
        s.addAll(AccountTrailStatements.bucket(c.topology()));
        readers(c).ifPresent(s::add);
        String archive = c.topology().logArchiveAccountId();
        s.add(Statement.deny("DenyEvidenceTampering")
                .principal(Principal.ANYONE)
                .actions(TAMPER_ACTIONS)
                .resources(bucket, bucket + "/*")
                .condition("ArnNotLike", "aws:PrincipalArn", c.adminRoles().deployRoleArn(archive))
                .build());
        s.add(Statement.deny("DenyEvidenceDestruction")
                .principal(Principal.ANYONE)
                .actions(DESTRUCTION_ACTIONS)
                .resources(bucket + "/*")
                .build());
        List<String> responders = c.adminRoles().breakGlassRoleNames().stream().map(r -> Arns.role(archive, r)).toList();
        Statement.Builder legalHold = Statement.deny("DenyLegalHoldExceptIncidentResponders")
                .principal(Principal.ANYONE)
                .actions(LEGAL_HOLD)
                .resources(bucket + "/*");
        if (!responders.isEmpty()) {
            legalHold.condition("ArnNotLike", "aws:PrincipalArn", responders);
        }
        s.add(legalHold.build());
        return new PolicyDocument(s);
    }

    /**
     * Investigators read the logs cross-account: the bucket must grant them as the key does. Principals are the
     * readers' accounts, narrowed by {@code aws:PrincipalArn}, so a reader role that does not exist yet does not make
     * the policy invalid (a role ARN principal must exist when the policy is put).
     */
    private static Optional<Statement> readers(LogArchiveArgs c) {
        List<String> readers = c.settings().readerRoleArns();
        if (readers.isEmpty()) {
            return Optional.empty();
        }
        String bucket = Names.trailBucketArn(c.topology());
        return Optional.of(Statement.allow("ReadersReadLogFiles")
                .principal(Principal.aws(ReaderAccounts.roots(readers)))
                .actions("s3:GetObject", "s3:ListBucket")
                .resources(bucket, bucket + "/*")
                .condition("ArnEquals", "aws:PrincipalArn", readers)
                .build());
    }
}
