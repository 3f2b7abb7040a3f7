package io.trailguard.stackset;

import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.trailguard.archive.HardenedBucket;
import java.util.List;

/**
 * Where templates over the 51,200-byte inline limit go: a bucket in the StackSets administrator account, hardened as
 * the evidence buckets are (versioned, no public access, ACLs off). CloudFormation reads a {@code TemplateURL} with
 * the caller's credentials when the StackSet is created or updated, so no bucket policy opens it to a service.
 */
final class TemplateBucket {

    private final HardenedBucket bucket;

    TemplateBucket(String name, String bucketName, Resource parent) {
        this.bucket = HardenedBucket.create(name, bucketName, false, parent);
    }

    Output<String> name() {
        return bucket.name();
    }

    List<Resource> readiness() {
        return List.of(bucket.versioning(), bucket.publicAccess(), bucket.ownership());
    }
}
