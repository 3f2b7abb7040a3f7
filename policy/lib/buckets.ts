import { PolicyConfigSchema, PolicyResource, ReportViolation, StackValidation, StackValidationArgs } from "@pulumi/policy";
import { asArray, known, T } from "./resources";
import { isOrganizationTrail, ORG_TRAIL_CONFIG, OrgTrailConfig } from "./trails";

// The evidence bucket is found two ways, so that neither a renamed bucket nor a trail pointed elsewhere
// escapes: it receives the organization trail, or it carries trailguard's default name
// (Names.defaultTrailBucket: trailguard-trail-<account>-<region>).
export interface TrailBucketConfig extends OrgTrailConfig {
    trailBucketPrefix: string;
}

export const TRAIL_BUCKET_CONFIG: PolicyConfigSchema = {
    properties: {
        ...ORG_TRAIL_CONFIG.properties,
        trailBucketPrefix: { type: "string", default: "trailguard-trail-" },
    },
};

export interface AccessLogBucketConfig {
    accessLogBucketPrefix: string;
}

export const ACCESS_LOG_BUCKET_CONFIG: PolicyConfigSchema = {
    properties: {
        accessLogBucketPrefix: { type: "string", default: "trailguard-access-logs-" },
    },
};

export function bucketName(bucket: PolicyResource): string | undefined {
    return known(() => bucket.props.bucket);
}

function refersTo(r: PolicyResource, property: string, bucket: PolicyResource): boolean {
    if ((r.propertyDependencies?.[property] ?? []).some(d => d.urn === bucket.urn)) {
        return true;
    }
    const ref = known(() => r.props[property]);
    if (ref === undefined) {
        return false;
    }
    return ref === bucketName(bucket) || ref === known(() => bucket.props.id);
}

/** The companion resources of a bucket (versioning, lock, encryption, ...): their `bucket` input names it. */
export function companionsOf(bucket: PolicyResource, resources: PolicyResource[], type: string): PolicyResource[] {
    return resources.filter(r => r.type === type && refersTo(r, "bucket", bucket));
}

export function trailBuckets(args: StackValidationArgs): PolicyResource[] {
    const config = args.getConfig<TrailBucketConfig>();
    const buckets = args.resources.filter(r => r.type === T.bucket);
    const orgTrails = args.resources.filter(r => r.type === T.trail && isOrganizationTrail(r.props, config));
    return buckets.filter(b =>
        (bucketName(b) ?? "").startsWith(config.trailBucketPrefix) ||
        orgTrails.some(t => refersTo(t, "s3BucketName", b)));
}

export function accessLogBuckets(args: StackValidationArgs): PolicyResource[] {
    const config = args.getConfig<AccessLogBucketConfig>();
    const buckets = args.resources.filter(r => r.type === T.bucket);
    const loggings = args.resources.filter(r => r.type === T.bucketLogging);
    const inlineTargets = new Set(buckets.flatMap(b => asArray(known(() => b.props.loggings))).map(l => l?.targetBucket));
    return buckets.filter(b =>
        (bucketName(b) ?? "").startsWith(config.accessLogBucketPrefix) ||
        inlineTargets.has(bucketName(b)) ||
        loggings.some(l => refersTo(l, "targetBucket", b)));
}

export function label(bucket: PolicyResource): string {
    return bucketName(bucket) ?? bucket.name;
}

/**
 * A stack validation applied to each trail bucket with its companions of one type: `check` returns the
 * problem with that bucket, or undefined when it complies.
 */
export function eachTrailBucket(
    companionType: string,
    check: (bucket: PolicyResource, companions: PolicyResource[]) => string | undefined,
): StackValidation {
    return (args: StackValidationArgs, report: ReportViolation) => {
        const buckets = trailBuckets(args);
        if (buckets.length === 0) {
            args.notApplicable("no trail bucket in this stack");
        }
        for (const bucket of buckets) {
            // A value still unknown in preview is checked again at `up`, when it is known.
            const problem = known(() => check(bucket, companionsOf(bucket, args.resources, companionType)));
            if (problem !== undefined) {
                report(`trail bucket ${label(bucket)}: ${problem}`, bucket.urn);
            }
        }
    };
}
