import { StackValidationPolicy } from "@pulumi/policy";
import { eachTrailBucket, TRAIL_BUCKET_CONFIG } from "../lib/buckets";
import { asArray, T } from "../lib/resources";

const KMS_ALGORITHMS = ["aws:kms", "aws:kms:dsse"];

export const trailBucketSseKms: StackValidationPolicy = {
    name: "trail-bucket-sse-kms",
    description: "The CloudTrail evidence bucket encrypts by default with a customer-managed KMS key (SSE-KMS naming a key), so reading logs needs kms:Decrypt as well.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema: TRAIL_BUCKET_CONFIG,
    validateStack: eachTrailBucket(T.bucketEncryption, (_bucket, encryptions) => {
        const defaults = encryptions.flatMap(e => asArray<any>(e.props.rules)).map(r => r?.applyServerSideEncryptionByDefault);
        if (defaults.length === 0) {
            return "no BucketServerSideEncryptionConfigurationV2 rule for it";
        }
        for (const d of defaults) {
            if (!KMS_ALGORITHMS.includes(d?.sseAlgorithm)) {
                return `default encryption ${JSON.stringify(d?.sseAlgorithm)} (must be ${KMS_ALGORITHMS.join(" or ")})`;
            }
            if (!d.kmsMasterKeyId) {
                return "SSE-KMS without kmsMasterKeyId falls back to the AWS-managed aws/s3 key";
            }
        }
        return undefined;
    }),
};
