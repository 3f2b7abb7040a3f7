import { StackValidationPolicy } from "@pulumi/policy";
import { eachTrailBucket, TRAIL_BUCKET_CONFIG } from "../lib/buckets";
import { T } from "../lib/resources";

const FLAGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

export const trailBucketPublicAccessBlock: StackValidationPolicy = {
    name: "trail-bucket-public-access-block",
    description: "The CloudTrail evidence bucket blocks public access with all four flags, so no policy or ACL edit can expose the logs.",
    enforcementLevel: "mandatory",
    severity: "critical",
    configSchema: TRAIL_BUCKET_CONFIG,
    validateStack: eachTrailBucket(T.bucketPublicAccessBlock, (_bucket, blocks) => {
        if (blocks.length === 0) {
            return "no BucketPublicAccessBlock for it";
        }
        const off = FLAGS.filter(f => !blocks.some(b => b.props[f] === true));
        return off.length === 0 ? undefined : `public access block does not set ${off.join(", ")} to true`;
    }),
};
