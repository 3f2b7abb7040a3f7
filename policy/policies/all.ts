import { Policies } from "@pulumi/policy";
import { accessLogBucketNoObjectLock } from "./accessLogBucketNoObjectLock";
import { kmsKeyRotation } from "./kmsKeyRotation";
import { logGroupRetention } from "./logGroupRetention";
import { metricFilterHasAlarm } from "./metricFilterHasAlarm";
import { noUnconditionalWildcardPrincipal } from "./noUnconditionalWildcardPrincipal";
import { orgTrailHardened } from "./orgTrailHardened";
import { scpSizeLimit } from "./scpSizeLimit";
import { topicEncrypted } from "./topicEncrypted";
import { topicPolicyConditionScoped } from "./topicPolicyConditionScoped";
import { trailBucketObjectLock } from "./trailBucketObjectLock";
import { trailBucketPublicAccessBlock } from "./trailBucketPublicAccessBlock";
import { trailBucketSseKms } from "./trailBucketSseKms";
import { trailBucketTlsOnly } from "./trailBucketTlsOnly";
import { trailBucketVersioning } from "./trailBucketVersioning";
import { trailKeyCloudTrailConditions } from "./trailKeyCloudTrailConditions";
import { memberStackSetInvariants } from "./memberStackSetInvariants";

/** Every policy of the pack; tests import this list, index.ts hands it to the PolicyPack. */
export const policies: Policies = [
    trailBucketVersioning,
    trailBucketObjectLock,
    trailBucketPublicAccessBlock,
    trailBucketSseKms,
    trailBucketTlsOnly,
    accessLogBucketNoObjectLock,
    kmsKeyRotation,
    trailKeyCloudTrailConditions,
    orgTrailHardened,
    logGroupRetention,
    metricFilterHasAlarm,
    topicEncrypted,
    topicPolicyConditionScoped,
    scpSizeLimit,
    noUnconditionalWildcardPrincipal,
    memberStackSetInvariants,
];
