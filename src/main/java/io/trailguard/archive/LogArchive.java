package io.trailguard.archive;

import com.pulumi.aws.Provider;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2;
import com.pulumi.aws.s3.BucketLifecycleConfigurationV2Args;
import com.pulumi.aws.s3.BucketLoggingV2;
import com.pulumi.aws.s3.BucketLoggingV2Args;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2;
import com.pulumi.aws.s3.BucketObjectLockConfigurationV2Args;
import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleTransitionArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleDefaultRetentionArgs;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.trailguard.config.LogArchiveSettings;
import io.trailguard.naming.Names;
import java.util.List;
import java.util.Objects;

/**
 * The evidence store in the log-archive account: a KMS key, the Object-Locked trail bucket and the unlocked
 * bucket that receives its access logs (a locked bucket cannot be an access-log destination).
 */
public final class LogArchive extends ComponentResource {

    static final String ACCESS_LOG_PREFIX = "trail-bucket/";

    private final Key key;
    private final BucketV2 trailBucket;
    private final List<Resource> readiness;

    /**
     * @param provider the log-archive account's provider (required: the archive must never land elsewhere)
     */
    public LogArchive(String name, LogArchiveArgs args, Provider provider) {
        super("trailguard:archive:LogArchive", name, ComponentResourceOptions.builder().build());
        Objects.requireNonNull(provider, "LogArchive needs the log-archive account's provider");
        LogArchiveSettings s = args.settings();

        this.key = new Key(name + "-trail-key", KeyArgs.builder()
                .description("trailguard: encrypts the organization trail's log files and central log group")
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(TrailKeyPolicy.of(args).toJson())
                .build(), opts(provider).protect(true).build());
        new Alias(name + "-trail-key-alias", AliasArgs.builder()
                .name(Names.TRAIL_KEY_ALIAS)
                .targetKeyId(key.keyId())
                .build(), opts(provider).build());

        BucketV2 accessLogs = s.accessLogs().enabled() ? accessLogBucket(name, args, provider) : null;

        this.trailBucket = new BucketV2(name + "-trail-bucket", BucketV2Args.builder()
                .bucket(s.bucketName())
                .objectLockEnabled(true)
                .forceDestroy(false)
                .build(), opts(provider).protect(true).build());
        Output<String> bucket = trailBucket.bucket();

        var versioning = new BucketVersioningV2(name + "-trail-bucket-versioning", BucketVersioningV2Args.builder()
                .bucket(bucket)
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), opts(provider).build());
        var lock = new BucketObjectLockConfigurationV2(name + "-trail-bucket-object-lock", BucketObjectLockConfigurationV2Args.builder()
                .bucket(bucket)
                .objectLockEnabled("Enabled")
                .rule(BucketObjectLockConfigurationV2RuleArgs.builder()
                        .defaultRetention(BucketObjectLockConfigurationV2RuleDefaultRetentionArgs.builder()
                                .mode(s.objectLock().mode().name())
                                .days(s.objectLock().days())
                                .build())
                        .build())
                .build(), opts(provider).dependsOn(versioning).build());
        var publicAccess = blockPublicAccess(name + "-trail-bucket", bucket, provider);
        var ownership = ownerEnforced(name + "-trail-bucket", bucket, provider);
        var encryption = new BucketServerSideEncryptionConfigurationV2(name + "-trail-bucket-encryption",
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(bucket)
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                        .sseAlgorithm("aws:kms")
                                        .kmsMasterKeyId(key.arn())
                                        .build())
                                .bucketKeyEnabled(true)
                                .build())
                        .build(), opts(provider).build());
        new BucketLifecycleConfigurationV2(name + "-trail-bucket-lifecycle", BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket)
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("archive-then-expire")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .transitions(BucketLifecycleConfigurationV2RuleTransitionArgs.builder()
                                .days(s.lifecycle().transitionDays())
                                .storageClass(s.lifecycle().transitionStorageClass())
                                .build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder()
                                .days(s.lifecycle().expireDays())
                                .build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                .noncurrentDays(s.lifecycle().noncurrentExpireDays())
                                .build())
                        .build())
                .build(), opts(provider).dependsOn(versioning).build());
        if (accessLogs != null) {
            new BucketLoggingV2(name + "-trail-bucket-logging", BucketLoggingV2Args.builder()
                    .bucket(bucket)
                    .targetBucket(accessLogs.bucket())
                    .targetPrefix(ACCESS_LOG_PREFIX)
                    .build(), opts(provider).build());
        }
        var policy = new BucketPolicy(name + "-trail-bucket-policy", BucketPolicyArgs.builder()
                .bucket(bucket)
                .policy(TrailBucketPolicy.of(args).toJson())
                .build(), opts(provider).dependsOn(publicAccess, ownership).build());

        this.readiness = List.of(key, trailBucket, versioning, lock, encryption, policy);
        registerOutputs(java.util.Map.of("trailBucket", bucket, "trailKeyArn", key.arn()));
    }

    private BucketV2 accessLogBucket(String name, LogArchiveArgs args, Provider provider) {
        LogArchiveSettings.AccessLogSettings a = args.settings().accessLogs();
        BucketV2 b = new BucketV2(name + "-access-log-bucket", BucketV2Args.builder()
                .bucket(a.bucketName())
                .forceDestroy(false)
                .build(), opts(provider).protect(true).build());
        Output<String> bucket = b.bucket();
        var versioning = new BucketVersioningV2(name + "-access-log-bucket-versioning", BucketVersioningV2Args.builder()
                .bucket(bucket)
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), opts(provider).build());
        var publicAccess = blockPublicAccess(name + "-access-log-bucket", bucket, provider);
        var ownership = ownerEnforced(name + "-access-log-bucket", bucket, provider);
        // Server access logging delivers only to SSE-S3 encrypted destinations.
        new BucketServerSideEncryptionConfigurationV2(name + "-access-log-bucket-encryption",
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(bucket)
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                        .sseAlgorithm("AES256")
                                        .build())
                                .build())
                        .build(), opts(provider).build());
        new BucketLifecycleConfigurationV2(name + "-access-log-bucket-lifecycle", BucketLifecycleConfigurationV2Args.builder()
                .bucket(bucket)
                .rules(BucketLifecycleConfigurationV2RuleArgs.builder()
                        .id("expire")
                        .status("Enabled")
                        .filter(BucketLifecycleConfigurationV2RuleFilterArgs.builder().prefix("").build())
                        .expiration(BucketLifecycleConfigurationV2RuleExpirationArgs.builder().days(a.expireDays()).build())
                        .noncurrentVersionExpiration(BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs.builder()
                                .noncurrentDays(30)
                                .build())
                        .build())
                .build(), opts(provider).dependsOn(versioning).build());
        new BucketPolicy(name + "-access-log-bucket-policy", BucketPolicyArgs.builder()
                .bucket(bucket)
                .policy(AccessLogBucketPolicy.of(args).toJson())
                .build(), opts(provider).dependsOn(publicAccess, ownership).build());
        return b;
    }

    private BucketPublicAccessBlock blockPublicAccess(String name, Output<String> bucket, Provider provider) {
        return new BucketPublicAccessBlock(name + "-public-access-block", BucketPublicAccessBlockArgs.builder()
                .bucket(bucket)
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), opts(provider).build());
    }

    private BucketOwnershipControls ownerEnforced(String name, Output<String> bucket, Provider provider) {
        return new BucketOwnershipControls(name + "-ownership", BucketOwnershipControlsArgs.builder()
                .bucket(bucket)
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), opts(provider).build());
    }

    private CustomResourceOptions.Builder opts(Provider provider) {
        return CustomResourceOptions.builder().parent(this).provider(provider);
    }

    public Output<String> keyArn() {
        return key.arn();
    }

    public Output<String> bucketName() {
        return trailBucket.bucket();
    }

    /** Resources the trail must wait for: CloudTrail checks the bucket policy and key policy when the trail is created. */
    public List<Resource> readiness() {
        return readiness;
    }
}
