package io.trailguard.archive;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * The trail bucket's policy: TLS only; CloudTrail may check the ACL and write only under the organization's
 * and management account's {@code AWSLogs/} prefixes, only for the organization trail, and the organization's
 * account trails under their own prefix ({@link AccountTrailStatements}); nobody but the deploy
 * role may delete evidence or change the bucket's protection.
 */
public final class TrailBucketPolicy {

    /** Actions that would destroy evidence or weaken the bucket's protection. */
    static final List<String> TAMPER_ACTIONS = List.of(
            "s3:DeleteBucket",
            "s3:DeleteBucketPolicy",
            "s3:DeleteObject",
            "s3:DeleteObjectVersion",
            "s3:BypassGovernanceRetention",
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
            "s3:PutObjectLegalHold",
            "s3:PutObjectRetention",
            "s3:PutReplicationConfiguration");

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
        s.add(Statement.deny("DenyEvidenceTampering")
                .principal(Principal.ANYONE)
                .actions(TAMPER_ACTIONS)
                .resources(bucket, bucket + "/*")
                .condition("ArnNotLike", "aws:PrincipalArn", c.adminRoles().deployRoleArn(c.topology().logArchiveAccountId()))
                .build());
        return new PolicyDocument(s);
    }
}
