package io.trailguard.archive;

import io.trailguard.naming.Topology;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.List;

/**
 * What the archive's bucket and key grant the account trails of the trail feed. Scoped to trails named
 * {@link Names#MEMBER_TRAIL} rather than to a list of accounts, so onboarding an account changes neither central
 * policy. Within the prefix, CloudTrail itself writes each account under {@code AWSLogs/<its own account id>/}; a
 * trail owner chooses only the prefix, which the resource pins.
 *
 * <p>{@code aws:SourceOrgID} is required only on the write, as Control Tower's audit-bucket policy does: CloudTrail
 * is reported not to send it on {@code s3:GetBucketAcl} (CreateTrail then fails with InsufficientS3BucketPolicy,
 * ministryofjustice/modernisation-platform#11456), and whether it reaches KMS is not documented. Where it is not
 * required it is checked only if present ({@code StringEqualsIfExists}), so a call from another organization's
 * trail is still refused and delivery works whether or not the key is sent.
 */
final class AccountTrailStatements {

    private AccountTrailStatements() {}

    static String trailArnPattern() {
        return "arn:aws:cloudtrail:*:*:trail/" + Names.MEMBER_TRAIL;
    }

    static List<Statement> bucket(Topology c) {
        String bucket = Names.trailBucketArn(c);
        String org = c.organizationId();
        return List.of(
                Statement.allow("AccountTrailsAclCheck")
                        .principal(Principal.service("cloudtrail.amazonaws.com"))
                        .actions("s3:GetBucketAcl")
                        .resources(bucket)
                        .condition("StringEqualsIfExists", "aws:SourceOrgID", org)
                        .condition("ArnLike", "aws:SourceArn", trailArnPattern())
                        .build(),
                Statement.allow("AccountTrailsWrite")
                        .principal(Principal.service("cloudtrail.amazonaws.com"))
                        .actions("s3:PutObject")
                        .resources(bucket + "/" + Names.MEMBER_TRAIL_PREFIX + "/AWSLogs/*")
                        .condition("StringEquals", "s3:x-amz-acl", "bucket-owner-full-control")
                        .condition("StringEquals", "aws:SourceOrgID", org)
                        .condition("ArnLike", "aws:SourceArn", trailArnPattern())
                        .build());
    }

    static List<Statement> key(Topology c) {
        String org = c.organizationId();
        return List.of(
                Statement.allow("AccountTrailsEncryptLogs")
                        .principal(Principal.service("cloudtrail.amazonaws.com"))
                        .actions("kms:GenerateDataKey*")
                        .resources("*")
                        .condition("StringLike", "kms:EncryptionContext:aws:cloudtrail:arn", trailArnPattern())
                        .condition("StringEqualsIfExists", "aws:SourceOrgID", org)
                        .condition("ArnLike", "aws:SourceArn", trailArnPattern())
                        .build(),
                // The bucket uses an S3 Bucket Key: see TrailKeyPolicy.
                Statement.allow("AccountTrailsDecryptBucketKey")
                        .principal(Principal.service("cloudtrail.amazonaws.com"))
                        .actions("kms:Decrypt")
                        .resources("*")
                        .condition("StringEqualsIfExists", "aws:SourceOrgID", org)
                        .condition("ArnLike", "aws:SourceArn", trailArnPattern())
                        .build(),
                Statement.allow("AccountTrailsDescribeKey")
                        .principal(Principal.service("cloudtrail.amazonaws.com"))
                        .actions("kms:DescribeKey")
                        .resources("*")
                        .condition("StringEqualsIfExists", "aws:SourceOrgID", org)
                        .condition("ArnLike", "aws:SourceArn", trailArnPattern())
                        .build());
    }
}
