import { StackValidationPolicy } from "@pulumi/policy";
import { ACCESS_LOG_BUCKET_CONFIG, accessLogBuckets, companionsOf, label } from "../lib/buckets";
import { known, T } from "../lib/resources";

export const accessLogBucketNoObjectLock: StackValidationPolicy = {
    name: "access-log-bucket-no-object-lock",
    description: "The S3 server-access-log bucket has no Object Lock: S3 cannot deliver access logs into a locked bucket, so the evidence bucket's access trail would silently stop.",
    enforcementLevel: "mandatory",
    severity: "medium",
    configSchema: ACCESS_LOG_BUCKET_CONFIG,
    validateStack: (args, report) => {
        const buckets = accessLogBuckets(args);
        if (buckets.length === 0) {
            args.notApplicable("no access-log bucket in this stack");
        }
        for (const bucket of buckets) {
            if (known(() => bucket.props.objectLockEnabled) === true) {
                report(`access-log bucket ${label(bucket)}: objectLockEnabled is true`, bucket.urn);
            }
            for (const lock of companionsOf(bucket, args.resources, T.bucketObjectLock)) {
                report(`access-log bucket ${label(bucket)}: Object Lock configured by ${lock.name}`, lock.urn);
            }
        }
    },
};
