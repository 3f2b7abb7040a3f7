import { ResourceValidationPolicy } from "@pulumi/policy";
import { conditionKeys, conditionValues, coversAction, grantsToService, parsePolicy, PolicyParseError, Statement } from "../lib/iam";
import { forTypes, T } from "../lib/resources";

const CONTEXT_KEY = "kms:EncryptionContext:aws:cloudtrail:arn";
const SOURCE_ARN_KEY = "aws:SourceArn";
// The context may wildcard region and trail name, never the account; the source is one concrete trail.
const CONTEXT_ARN = /^arn:aws[a-z-]*:cloudtrail:([a-z0-9-]+|\*):\d{12}:trail\/.+$/;
const SOURCE_TRAIL_ARN = /^arn:aws[a-z-]*:cloudtrail:[a-z0-9-]+:\d{12}:trail\/[^*?]+$/;

export const trailKeyCloudTrailConditions: ResourceValidationPolicy = {
    name: "trail-key-cloudtrail-conditions",
    description: "A key policy that lets cloudtrail.amazonaws.com generate data keys conditions it on the CloudTrail encryption context and on aws:SourceArn of the trail (AWS's CloudTrail key-policy template), so no other trail can write with this key.",
    enforcementLevel: "mandatory",
    severity: "high",
    validateResource: forTypes([T.kmsKey, T.kmsKeyPolicy], (props, args, report) => {
        if (props.policy === undefined) {
            args.notApplicable("no key policy");
        }
        let statements: Statement[];
        try {
            statements = parsePolicy(props.policy).statements;
        } catch (e) {
            if (e instanceof PolicyParseError) {
                return report(`key policy: ${e.message}`);
            }
            throw e;
        }
        const grants = statements.filter(s => grantsToService(s, "cloudtrail.amazonaws.com") && coversAction(s.actions, "kms:GenerateDataKey"));
        if (grants.length === 0) {
            args.notApplicable("key does not serve CloudTrail");
        }
        for (const s of grants) {
            const name = s.sid ?? "(no Sid)";
            const context = conditionValues(s, "StringLike", CONTEXT_KEY) ?? conditionValues(s, "StringEquals", CONTEXT_KEY);
            if (context === undefined || context.length === 0 || !context.every(v => CONTEXT_ARN.test(v))) {
                report(`statement ${name}: kms:GenerateDataKey* for CloudTrail needs StringLike ${CONTEXT_KEY} = arn:aws:cloudtrail:*:<account>:trail/*`);
            }
            const sourceArn = sourceArnValues(s);
            if (sourceArn === undefined || sourceArn.length === 0 || !sourceArn.every(v => SOURCE_TRAIL_ARN.test(v))) {
                report(`statement ${name}: kms:GenerateDataKey* for CloudTrail needs StringEquals ${SOURCE_ARN_KEY} = the trail ARN`);
            }
        }
    }),
};

function sourceArnValues(s: Statement): string[] | undefined {
    if (!conditionKeys(s).has(SOURCE_ARN_KEY.toLowerCase())) {
        return undefined;
    }
    for (const op of ["StringEquals", "ArnEquals", "StringLike", "ArnLike"]) {
        const v = conditionValues(s, op, SOURCE_ARN_KEY);
        if (v !== undefined) {
            return v;
        }
    }
    return undefined;
}
