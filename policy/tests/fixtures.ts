// A compliant foundation in trailguard's shape (names as Names.java derives them for the dev stack).
// Each call returns fresh objects, so a test can break exactly one thing.
import { T } from "../lib/resources";
import { FakeResource } from "./harness";

export const MGMT = "111111111111";
export const ARCHIVE = "222222222222";
export const SECURITY = "333333333333";
export const REGION = "eu-west-1";
export const TRAIL_BUCKET = `trailguard-trail-${ARCHIVE}-${REGION}`;
export const ACCESS_LOG_BUCKET = `trailguard-access-logs-${ARCHIVE}-${REGION}`;
export const TRAIL_ARN = `arn:aws:cloudtrail:${REGION}:${MGMT}:trail/trailguard-organization`;

export function tlsOnlyStatement(bucket = TRAIL_BUCKET): object {
    return {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
    };
}

export function trailBucketPolicy(): object {
    return {
        Version: "2012-10-17",
        Statement: [
            tlsOnlyStatement(),
            {
                Sid: "CloudTrailAclCheck",
                Effect: "Allow",
                Principal: { Service: "cloudtrail.amazonaws.com" },
                Action: "s3:GetBucketAcl",
                Resource: `arn:aws:s3:::${TRAIL_BUCKET}`,
                Condition: { StringEquals: { "aws:SourceArn": TRAIL_ARN } },
            },
        ],
    };
}

export function trailKeyPolicy(): object {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "KeyAdministration",
                Effect: "Allow",
                Principal: { AWS: `arn:aws:iam::${ARCHIVE}:role/TrailguardDeployRole` },
                Action: "kms:*",
                Resource: "*",
            },
            {
                Sid: "CloudTrailEncrypt",
                Effect: "Allow",
                Principal: { Service: "cloudtrail.amazonaws.com" },
                Action: "kms:GenerateDataKey*",
                Resource: "*",
                Condition: {
                    StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": `arn:aws:cloudtrail:*:${MGMT}:trail/*` },
                    StringEquals: { "aws:SourceArn": TRAIL_ARN },
                },
            },
        ],
    };
}

export function topicPolicy(): object {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AlarmsOfTheOrganization",
                Effect: "Allow",
                Principal: { Service: "cloudwatch.amazonaws.com" },
                Action: "sns:Publish",
                Resource: `arn:aws:sns:${REGION}:${SECURITY}:trailguard-alerts-critical`,
                Condition: { StringEquals: { "aws:SourceOrgID": "o-dev1a2b3c4d" } },
            },
            {
                Sid: "MembersListSubscriptions",
                Effect: "Allow",
                Principal: { AWS: [`arn:aws:iam::444444444444:root`] },
                Action: "sns:ListSubscriptionsByTopic",
                Resource: `arn:aws:sns:${REGION}:${SECURITY}:trailguard-alerts-critical`,
            },
        ],
    };
}

const archive = "archive-provider";

export function foundation(): FakeResource[] {
    const bucketRef = { bucket: ["trail-bucket"] };
    return [
        { type: T.bucket, name: "trail-bucket", provider: archive, props: { bucket: TRAIL_BUCKET, objectLockEnabled: true } },
        { type: T.bucketVersioning, name: "trail-bucket-versioning", provider: archive, dependsOn: bucketRef,
          props: { bucket: TRAIL_BUCKET, versioningConfiguration: { status: "Enabled" } } },
        { type: T.bucketObjectLock, name: "trail-bucket-lock", provider: archive, dependsOn: bucketRef,
          props: { bucket: TRAIL_BUCKET, objectLockEnabled: "Enabled", rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } } } },
        { type: T.bucketPublicAccessBlock, name: "trail-bucket-pab", provider: archive, dependsOn: bucketRef,
          props: { bucket: TRAIL_BUCKET, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } },
        { type: T.bucketEncryption, name: "trail-bucket-sse", provider: archive, dependsOn: bucketRef,
          props: { bucket: TRAIL_BUCKET, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: "arn:aws:kms:eu-west-1:222222222222:key/k1" }, bucketKeyEnabled: true }] } },
        { type: T.bucketPolicy, name: "trail-bucket-policy", provider: archive, dependsOn: bucketRef,
          props: { bucket: TRAIL_BUCKET, policy: JSON.stringify(trailBucketPolicy()) } },
        { type: T.bucket, name: "access-log-bucket", provider: archive, props: { bucket: ACCESS_LOG_BUCKET } },
        { type: T.bucketLogging, name: "trail-bucket-logging", provider: archive,
          props: { bucket: TRAIL_BUCKET, targetBucket: ACCESS_LOG_BUCKET, targetPrefix: "trail/" } },
        { type: T.kmsKey, name: "trail-key", provider: archive, props: { enableKeyRotation: true, policy: JSON.stringify(trailKeyPolicy()) } },
        { type: T.trail, name: "organization-trail", provider: archive, props: {
            name: "trailguard-organization", s3BucketName: TRAIL_BUCKET, isOrganizationTrail: true, isMultiRegionTrail: true,
            includeGlobalServiceEvents: true, enableLogFileValidation: true, kmsKeyId: "arn:aws:kms:eu-west-1:222222222222:key/k1",
            cloudWatchLogsGroupArn: `arn:aws:logs:${REGION}:${ARCHIVE}:log-group:/trailguard/organization-trail:*`,
            cloudWatchLogsRoleArn: `arn:aws:iam::${ARCHIVE}:role/trailguard-trail-to-logs` } },
        { type: T.logGroup, name: "central-log-group", provider: archive, props: { name: "/trailguard/organization-trail", retentionInDays: 90 } },
        { type: T.metricFilter, name: "root-usage-filter", provider: archive, props: {
            name: "trailguard-root-usage", logGroupName: "/trailguard/organization-trail",
            pattern: "{$.userIdentity.type=\"Root\"}", metricTransformation: { name: "root-usage", namespace: "Trailguard", value: "1" } } },
        { type: T.metricAlarm, name: "root-usage-alarm", provider: archive, props: {
            name: "trailguard-root-usage", metricName: "root-usage", namespace: "Trailguard", comparisonOperator: "GreaterThanOrEqualToThreshold",
            threshold: 1, evaluationPeriods: 1, period: 300, statistic: "Sum",
            alarmActions: [`arn:aws:sns:${REGION}:${SECURITY}:trailguard-alerts-critical`] } },
        { type: T.topic, name: "critical-topic", provider: "security-provider", props: {
            name: "trailguard-alerts-critical", kmsMasterKeyId: "arn:aws:kms:eu-west-1:333333333333:key/k2" } },
        { type: T.topicPolicy, name: "critical-topic-policy", provider: "security-provider", props: {
            arn: `arn:aws:sns:${REGION}:${SECURITY}:trailguard-alerts-critical`, policy: JSON.stringify(topicPolicy()) } },
    ];
}

/** The fixture resource with that name (tests edit it in place before validating). */
export function named(resources: FakeResource[], name: string): FakeResource {
    const r = resources.find(x => x.name === name);
    if (r === undefined) {
        throw new Error(`no fixture resource ${name}`);
    }
    return r;
}

/** A resource whose `policy` input is the document with one statement changed. */
export function withPolicy(r: FakeResource, edit: (doc: any) => void, input = "policy"): FakeResource {
    const doc = JSON.parse(r.props[input]);
    edit(doc);
    r.props[input] = JSON.stringify(doc);
    return r;
}
