package io.trailguard.archive;

import com.pulumi.aws.s3.BucketOwnershipControls;
import com.pulumi.aws.s3.BucketOwnershipControlsArgs;
import com.pulumi.aws.s3.BucketPublicAccessBlock;
import com.pulumi.aws.s3.BucketPublicAccessBlockArgs;
import com.pulumi.aws.s3.BucketV2;
import com.pulumi.aws.s3.BucketV2Args;
import com.pulumi.aws.s3.BucketVersioningV2;
import com.pulumi.aws.s3.BucketVersioningV2Args;
import com.pulumi.aws.s3.inputs.BucketOwnershipControlsRuleArgs;
import com.pulumi.aws.s3.inputs.BucketVersioningV2VersioningConfigurationArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;

/**
 * A bucket of the evidence store, hardened the same way every time: protected and never force-destroyed, versioned,
 * every public-access block on, and ACLs disabled (BucketOwnerEnforced), so that access is decided by its policy
 * alone. Its children are named {@code <name>-versioning}, {@code <name>-public-access-block}, {@code <name>-ownership}
 * and inherit the parent's provider.
 */
public record HardenedBucket(BucketV2 bucket, BucketVersioningV2 versioning, BucketPublicAccessBlock publicAccess,
                      BucketOwnershipControls ownership) {

    /** @param objectLock whether the bucket is created with Object Lock (it cannot be turned on later) */
    public static HardenedBucket create(String name, String bucketName, boolean objectLock, Resource parent) {
        BucketV2Args.Builder args = BucketV2Args.builder().bucket(bucketName);
        if (objectLock) {
            args.objectLockEnabled(true);
        }
        BucketV2 bucket = new BucketV2(name, args.forceDestroy(false).build(), opts(parent).protect(true).build());
        Output<String> id = bucket.bucket();
        var versioning = new BucketVersioningV2(name + "-versioning", BucketVersioningV2Args.builder()
                .bucket(id)
                .versioningConfiguration(BucketVersioningV2VersioningConfigurationArgs.builder().status("Enabled").build())
                .build(), opts(parent).build());
        var publicAccess = new BucketPublicAccessBlock(name + "-public-access-block", BucketPublicAccessBlockArgs.builder()
                .bucket(id)
                .blockPublicAcls(true)
                .blockPublicPolicy(true)
                .ignorePublicAcls(true)
                .restrictPublicBuckets(true)
                .build(), opts(parent).build());
        var ownership = new BucketOwnershipControls(name + "-ownership", BucketOwnershipControlsArgs.builder()
                .bucket(id)
                .rule(BucketOwnershipControlsRuleArgs.builder().objectOwnership("BucketOwnerEnforced").build())
                .build(), opts(parent).build());
        return new HardenedBucket(bucket, versioning, publicAccess, ownership);
    }

    public Output<String> name() {
        return bucket.bucket();
    }

    private static CustomResourceOptions.Builder opts(Resource parent) {
        return CustomResourceOptions.builder().parent(parent);
    }
}
