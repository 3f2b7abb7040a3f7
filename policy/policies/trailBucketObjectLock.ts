import { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { eachTrailBucket, TRAIL_BUCKET_CONFIG } from "../lib/buckets";
import { T } from "../lib/resources";

const MODES = ["COMPLIANCE", "GOVERNANCE"];

export const trailBucketObjectLock: StackValidationPolicy = {
    name: "trail-bucket-object-lock",
    description: "The CloudTrail evidence bucket has Object Lock on with a default retention (COMPLIANCE or GOVERNANCE, days or years > 0), so no one can delete or overwrite logs within it.",
    enforcementLevel: "mandatory",
    severity: "critical",
    configSchema: TRAIL_BUCKET_CONFIG,
    validateStack: eachTrailBucket(T.bucketObjectLock, (bucket, locks) => {
        if (locks.length === 0) {
            return "no BucketObjectLockConfigurationV2 for it (default retention is required)";
        }
        for (const lock of locks) {
            const problem = lockProblem(bucket, lock);
            if (problem !== undefined) {
                return problem;
            }
        }
        return undefined;
    }),
};

function lockProblem(bucket: PolicyResource, lock: PolicyResource): string | undefined {
    // objectLockEnabled on the configuration defaults to "Enabled" in the provider.
    const enabled = bucket.props.objectLockEnabled === true || (lock.props.objectLockEnabled ?? "Enabled") === "Enabled";
    if (!enabled) {
        return "Object Lock is not enabled";
    }
    const retention = lock.props.rule?.defaultRetention;
    if (retention === undefined) {
        return "Object Lock has no default retention rule";
    }
    if (!MODES.includes(retention.mode)) {
        return `default retention mode ${JSON.stringify(retention.mode)} (must be one of ${MODES.join(", ")})`;
    }
    if (!((retention.days ?? 0) > 0 || (retention.years ?? 0) > 0)) {
        return "default retention has neither days nor years > 0";
    }
    return undefined;
}
