import { StackValidationPolicy } from "@pulumi/policy";
import { eachTrailBucket, TRAIL_BUCKET_CONFIG } from "../lib/buckets";
import { T } from "../lib/resources";

export const trailBucketVersioning: StackValidationPolicy = {
    name: "trail-bucket-versioning",
    description: "The CloudTrail evidence bucket keeps every object version (Object Lock requires it; overwrites stay recoverable).",
    enforcementLevel: "mandatory",
    severity: "critical",
    configSchema: TRAIL_BUCKET_CONFIG,
    validateStack: eachTrailBucket(T.bucketVersioning, (_bucket, versionings) => {
        if (versionings.length === 0) {
            return "no BucketVersioningV2 for it";
        }
        const statuses = versionings.map(v => v.props.versioningConfiguration?.status);
        return statuses.every(s => s === "Enabled") ? undefined : `versioning status ${statuses.join(", ")} (must be Enabled)`;
    }),
};
