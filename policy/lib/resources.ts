import { ReportViolation, ResourceValidation, ResourceValidationArgs } from "@pulumi/policy";

// Type tokens as pulumi-aws 6.83 registers them (checked against the Java SDK's @ResourceType annotations).
export const T = {
    bucket: "aws:s3/bucketV2:BucketV2",
    bucketVersioning: "aws:s3/bucketVersioningV2:BucketVersioningV2",
    bucketObjectLock: "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2",
    bucketPublicAccessBlock: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
    bucketEncryption: "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
    bucketPolicy: "aws:s3/bucketPolicy:BucketPolicy",
    bucketLogging: "aws:s3/bucketLoggingV2:BucketLoggingV2",
    kmsKey: "aws:kms/key:Key",
    kmsKeyPolicy: "aws:kms/keyPolicy:KeyPolicy",
    trail: "aws:cloudtrail/trail:Trail",
    logGroup: "aws:cloudwatch/logGroup:LogGroup",
    metricFilter: "aws:cloudwatch/logMetricFilter:LogMetricFilter",
    metricAlarm: "aws:cloudwatch/metricAlarm:MetricAlarm",
    compositeAlarm: "aws:cloudwatch/compositeAlarm:CompositeAlarm",
    logResourcePolicy: "aws:cloudwatch/logResourcePolicy:LogResourcePolicy",
    eventBusPolicy: "aws:cloudwatch/eventBusPolicy:EventBusPolicy",
    topic: "aws:sns/topic:Topic",
    topicPolicy: "aws:sns/topicPolicy:TopicPolicy",
    queuePolicy: "aws:sqs/queuePolicy:QueuePolicy",
    organizationsPolicy: "aws:organizations/policy:Policy",
    stackSet: "aws:cloudformation/stackSet:StackSet",
    stackSetInstance: "aws:cloudformation/stackSetInstance:StackSetInstance",
} as const;

/** Input holding a resource-based policy document, per type that has one. */
export const RESOURCE_POLICY_INPUTS: Record<string, string> = {
    [T.bucket]: "policy",
    [T.bucketPolicy]: "policy",
    [T.kmsKey]: "policy",
    [T.kmsKeyPolicy]: "policy",
    [T.topic]: "policy",
    [T.topicPolicy]: "policy",
    [T.logResourcePolicy]: "policyDocument",
    [T.queuePolicy]: "policy",
    [T.eventBusPolicy]: "policy",
};

export type TypedValidation = (props: Record<string, any>, args: ResourceValidationArgs, report: ReportViolation) => void;

/**
 * A resource validation for one type token. Like @pulumi/policy's validateResourceOfType, but keyed by
 * the token so the pack does not need @pulumi/aws (hundreds of MB) to name a class.
 */
export function forTypes(types: readonly string[], validate: TypedValidation): ResourceValidation {
    return (args, report) => {
        if (!types.includes(args.type)) {
            args.notApplicable(`applies to ${types.join(", ")}`);
        }
        validate(args.props, args, report);
    };
}

export function forType(type: string, validate: TypedValidation): ResourceValidation {
    return forTypes([type], validate);
}

/**
 * Reads a value that may be unknown during preview: undefined instead of the framework's
 * UnknownValueError, for joins that have another way to find their partner (e.g. dependencies).
 */
export function known<V>(read: () => V): V | undefined {
    try {
        return read();
    } catch (e) {
        // @pulumi/policy's typings leave UnknownValueError out (it is @internal): recognise it by class name.
        if ((e as Error)?.constructor?.name === "UnknownValueError") {
            return undefined;
        }
        throw e;
    }
}

export function asArray<V>(v: V | V[] | undefined | null): V[] {
    return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}
