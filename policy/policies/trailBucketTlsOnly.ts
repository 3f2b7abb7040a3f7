import { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { bucketName, eachTrailBucket, TRAIL_BUCKET_CONFIG } from "../lib/buckets";
import { conditionValues, coversAction, isWildcardPrincipal, parsePolicy, PolicyParseError, Statement } from "../lib/iam";
import { T } from "../lib/resources";

export const trailBucketTlsOnly: StackValidationPolicy = {
    name: "trail-bucket-tls-only",
    description: "The CloudTrail evidence bucket's policy denies every S3 action on the bucket and its objects to everyone when aws:SecureTransport is false.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema: TRAIL_BUCKET_CONFIG,
    validateStack: eachTrailBucket(T.bucketPolicy, (bucket, policies) => {
        const documents = [...policies.map(p => p.props.policy), bucket.props.policy].filter(d => d !== undefined);
        if (documents.length === 0) {
            return "no bucket policy for it";
        }
        try {
            const statements = documents.flatMap(d => parsePolicy(d).statements);
            return statements.some(s => deniesInsecureTransport(s, bucket))
                ? undefined
                : "its policy has no Deny of s3:* for Principal * on the bucket and bucket/* with Bool aws:SecureTransport = false";
        } catch (e) {
            if (e instanceof PolicyParseError) {
                return e.message;
            }
            throw e;
        }
    }),
};

function deniesInsecureTransport(s: Statement, bucket: PolicyResource): boolean {
    const arn = `arn:aws:s3:::${bucketName(bucket)}`;
    const resources = s.resources;
    const coversBucketAndObjects = resources.includes("*") || (resources.includes(arn) && resources.includes(`${arn}/*`));
    const insecure = conditionValues(s, "Bool", "aws:SecureTransport");
    return s.effect === "Deny"
        && isWildcardPrincipal(s)
        && coversAction(s.actions, "s3:*")
        && coversBucketAndObjects
        && insecure !== undefined && insecure.length === 1 && insecure[0].toLowerCase() === "false";
}
