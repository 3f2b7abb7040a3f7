package io.trailguard.archive;

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
import com.pulumi.aws.s3.BucketPolicy;
import com.pulumi.aws.s3.BucketPolicyArgs;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2;
import com.pulumi.aws.s3.BucketServerSideEncryptionConfigurationV2Args;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleFilterArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs;
import com.pulumi.aws.s3.inputs.BucketLifecycleConfigurationV2RuleTransitionArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleArgs;
import com.pulumi.aws.s3.inputs.BucketObjectLockConfigurationV2RuleDefaultRetentionArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs;
import com.pulumi.aws.s3.inputs.BucketServerSideEncryptionConfigurationV2RuleArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.trailguard.config.LogArchiveSettings;
import io.trailguard.naming.Names;
import io.trailguard.providers.RequiredProvider;
import java.util.List;

/**
 * The evidence store in the log-archive account: a KMS key, the Object-Locked trail bucket and the unlocked
 * bucket that receives its access logs (a locked bucket cannot be an access-log destination).
 */
public final class LogArchive extends ComponentResource {

    static final String ACCESS_LOG_PREFIX = "trail-bucket/";

    public static final String TYPE = "trailguard:archive:LogArchive";

    /** ARN of the key that encrypts the trail's log files and the central log group. */
    public final Output<String> trailKeyArn;
    /** Name of the Object-Locked trail bucket. */
    public final Output<String> trailBucketName;
    private final List<Resource> readiness;

    /**
     * @param options must carry the log-archive account's provider (the archive must never land elsewhere); every
     *                child inherits it
     */
    public LogArchive(String name, LogArchiveArgs args, ComponentResourceOptions options) {
        super(TYPE, name, RequiredProvider.in(options, "LogArchive", "log-archive account's"));
        LogArchiveSettings s = args.settings();

        var key = new Key(name + "-trail-key", KeyArgs.builder()
                .description("trailguard: encrypts the organization trail's log files and central log group")
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(TrailKeyPolicy.of(args).toJson())
                .build(), opts().protect(true).build());
        new Alias(name + "-trail-key-alias", AliasArgs.builder()
                .name(Names.TRAIL_KEY_ALIAS)
                .targetKeyId(key.keyId())
                .build(), opts().build());

        BucketV2 accessLogs = s.accessLogs().enabled() ? accessLogBucket(name, args) : null;

        HardenedBucket trail = HardenedBucket.create(name + "-trail-bucket", s.bucketName(), true, this);
        BucketV2 trailBucket = trail.bucket();
        Output<String> bucket = trail.name();
        var versioning = trail.versioning();
        var lock = new BucketObjectLockConfigurationV2(name + "-trail-bucket-object-lock", BucketObjectLockConfigurationV2Args.builder()
                .bucket(bucket)
                .objectLockEnabled("Enabled")
                .rule(BucketObjectLockConfigurationV2RuleArgs.builder()
                        .defaultRetention(BucketObjectLockConfigurationV2RuleDefaultRetentionArgs.builder()
                                .mode(s.objectLock().mode().name())
                                .days(s.objectLock().days())
                                .build())
                        .build())
                .build(), opts().dependsOn(versioning).build());
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
                        .build(), opts().build());
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
                .build(), opts().dependsOn(versioning).build());
        if (accessLogs != null) {
            new BucketLoggingV2(name + "-trail-bucket-logging", BucketLoggingV2Args.builder()
                    .bucket(bucket)
                    .targetBucket(accessLogs.bucket())
                    .targetPrefix(ACCESS_LOG_PREFIX)
                    .build(), opts().build());
        }
        var policy = new BucketPolicy(name + "-trail-bucket-policy", BucketPolicyArgs.builder()
                .bucket(bucket)
                .policy(TrailBucketPolicy.of(args).toJson())
                .build(), opts().dependsOn(trail.publicAccess(), trail.ownership()).build());

        this.readiness = List.of(key, trailBucket, versioning, lock, encryption, policy);
        this.trailKeyArn = key.arn();
        this.trailBucketName = bucket;
        registerOutputs(java.util.Map.of("trailBucket", trailBucketName, "trailKeyArn", trailKeyArn));
    }

    private BucketV2 accessLogBucket(String name, LogArchiveArgs args) {
        LogArchiveSettings.AccessLogSettings a = args.settings().accessLogs();
        HardenedBucket logs = HardenedBucket.create(name + "-access-log-bucket", a.bucketName(), false, this);
        Output<String> bucket = logs.name();
        // Server access logging delivers only to SSE-S3 encrypted destinations.
        new BucketServerSideEncryptionConfigurationV2(name + "-access-log-bucket-encryption",
                BucketServerSideEncryptionConfigurationV2Args.builder()
                        .bucket(bucket)
                        .rules(BucketServerSideEncryptionConfigurationV2RuleArgs.builder()
                                .applyServerSideEncryptionByDefault(BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs.builder()
                                        .sseAlgorithm("AES256")
                                        .build())
                                .build())
                        .build(), opts().build());
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
                .build(), opts().dependsOn(logs.versioning()).build());
        new BucketPolicy(name + "-access-log-bucket-policy", BucketPolicyArgs.builder()
                .bucket(bucket)
                .policy(AccessLogBucketPolicy.of(args).toJson())
                .build(), opts().dependsOn(logs.publicAccess(), logs.ownership()).build());
        return logs.bucket();
    }



    private CustomResourceOptions.Builder opts() {
        return CustomResourceOptions.builder().parent(this);
    }

    /** Resources the trail must wait for: CloudTrail checks the bucket policy and key policy when the trail is created. */
    public List<Resource> readiness() {
        return readiness;
    }
}
