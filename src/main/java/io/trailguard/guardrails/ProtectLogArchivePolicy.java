package io.trailguard.guardrails;

import io.trailguard.config.LogArchiveSettings;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Protects the evidence in the log-archive account: the trail bucket (and the access-log bucket), the log
 * objects in them, and the trail's KMS key. CloudTrail and S3 log delivery write as service principals,
 * which SCPs do not restrict, so denying PutObject to everyone but the deploy role costs no delivery.
 *
 * <p>The key is matched by its alias ({@code kms:ResourceAliases}), not by a tag: the key id is random
 * and unknown before deployment, the alias is a deterministic name from {@link Names}, and the alias can
 * be protected by its own ARN below, whereas a tag would need every tagging action denied as well and
 * would couple this policy to how another component tags its key.
 */
final class ProtectLogArchivePolicy {

    /**
     * S3 maps the Delete* bucket APIs onto these: DeleteBucketLifecycle is PutLifecycleConfiguration,
     * DeleteBucketEncryption is PutEncryptionConfiguration, DeletePublicAccessBlock is
     * PutBucketPublicAccessBlock, DeleteBucketOwnershipControls is PutBucketOwnershipControls.
     */
    static final List<String> BUCKET_DELETION_AND_ACCESS = List.of(
            "s3:DeleteBucket",
            "s3:PutBucketPolicy",
            "s3:DeleteBucketPolicy",
            "s3:PutBucketAcl",
            "s3:PutBucketOwnershipControls",
            "s3:PutBucketPublicAccessBlock");

    static final List<String> BUCKET_RECONFIGURATION = List.of(
            "s3:PutBucketObjectLockConfiguration",
            "s3:PutBucketVersioning",
            "s3:PutLifecycleConfiguration",
            "s3:PutBucketLogging",
            "s3:PutEncryptionConfiguration",
            // Replication would copy the evidence to a bucket outside trailguard's control.
            "s3:PutReplicationConfiguration",
            // A Requester Pays bucket cannot receive CloudTrail logs (CloudTrail bucket-policy page): delivery
            // would stop for the whole organization.
            "s3:PutBucketRequestPayment");

    static final List<String> LOG_DELETION = List.of("s3:DeleteObject");

    static final List<String> LOG_OVERWRITE = List.of(
            // Overwriting a log file hides the original behind a newer version.
            "s3:PutObject",
            "s3:PutObjectAcl",
            "s3:PutObjectVersionAcl");

    /** Deployment needs none of these, so nobody is exempt: not the deploy role, not break-glass. */
    static final List<String> LOG_DESTRUCTION = List.of(
            "s3:DeleteObjectVersion",
            "s3:BypassGovernanceRetention",
            "s3:PutObjectRetention");

    /** Placing or lifting a legal hold is for incident responders (the break-glass roles) only. */
    static final List<String> LEGAL_HOLD = List.of("s3:PutObjectLegalHold");

    static final List<String> KEY_TAMPERING = List.of(
            "kms:DisableKey",
            "kms:ScheduleKeyDeletion",
            "kms:PutKeyPolicy",
            "kms:DisableKeyRotation");

    /** Re-pointing or deleting the alias would take the key out of the alias condition above. */
    static final List<String> ALIAS_TAMPERING = List.of("kms:DeleteAlias", "kms:UpdateAlias");

    private ProtectLogArchivePolicy() {}

    private static Statement legalHold(GuardrailsArgs c, List<String> objects) {
        List<String> responders = c.organization().breakGlassRoleNames().stream().map(Principals::roleInAnyAccount).toList();
        Statement.Builder b = Statement.deny("DenyTrailLogLegalHold").actions(LEGAL_HOLD).resources(objects);
        if (!responders.isEmpty()) {
            b.condition("ArnNotLike", Principals.PRINCIPAL_ARN, responders);
        }
        return b.build();
    }

    static PolicyDocument document(GuardrailsArgs c) {
        LogArchiveSettings archive = c.logArchive();
        List<String> exempt = Principals.deployRole(c.organization());
        List<String> buckets = new ArrayList<>(List.of(Names.trailBucketArn(c.topology())));
        if (archive.accessLogs().enabled()) {
            buckets.add(Names.accessLogBucketArn(c.topology()));
        }
        List<String> objects = buckets.stream().map(b -> b + "/*").toList();
        return PolicyDocument.of(
                Statement.deny("DenyTrailBucketDeletionAndExposure")
                        .actions(BUCKET_DELETION_AND_ACCESS)
                        .resources(buckets)
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build(),
                Statement.deny("DenyTrailBucketReconfiguration")
                        .actions(BUCKET_RECONFIGURATION)
                        .resources(buckets)
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build(),
                Statement.deny("DenyTrailLogDeletion")
                        .actions(LOG_DELETION)
                        .resources(objects)
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build(),
                Statement.deny("DenyTrailLogOverwrite")
                        .actions(LOG_OVERWRITE)
                        .resources(objects)
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build(),
                Statement.deny("DenyTrailLogDestruction")
                        .actions(LOG_DESTRUCTION)
                        .resources(objects)
                        .build(),
                legalHold(c, objects),
                Statement.deny("DenyTrailKeyTampering")
                        .actions(KEY_TAMPERING)
                        .resources("*")
                        .condition("ForAnyValue:StringEquals", "kms:ResourceAliases", Names.TRAIL_KEY_ALIAS)
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build(),
                Statement.deny("DenyTrailKeyAliasTampering")
                        .actions(ALIAS_TAMPERING)
                        .resources("arn:aws:kms:*:*:" + Names.TRAIL_KEY_ALIAS)
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build());
    }
}
