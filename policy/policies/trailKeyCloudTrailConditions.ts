import { ResourceValidationPolicy } from "@pulumi/policy";
import { conditionKeys, conditionValues, coversAction, grantsToService, parsePolicy, PolicyParseError, Statement } from "../lib/iam";
import { forTypes, T } from "../lib/resources";

const CONTEXT_KEY = "kms:EncryptionContext:aws:cloudtrail:arn";
const SOURCE_ARN_KEY = "aws:SourceArn";
const SOURCE_ORG_KEY = "aws:SourceOrgID";
// The context may wildcard region and trail name, never the account; the source is one concrete trail.
const CONTEXT_ARN = /^arn:aws[a-z-]*:cloudtrail:([a-z0-9-]+|\*):\d{12}:trail\/.+$/;
const SOURCE_TRAIL_ARN = /^arn:aws[a-z-]*:cloudtrail:[a-z0-9-]+:\d{12}:trail\/[^*?]+$/;
// Organization-scoped form (account trails of every member): pinned to the organization by aws:SourceOrgID and
// to one trail name, in any account and region of it.
const ORG_CONTEXT_ARN = /^arn:aws[a-z-]*:cloudtrail:([a-z0-9-]+|\*):(\d{12}|\*):trail\/[^*?]+$/;
const ORG_SOURCE_TRAIL_ARN = /^arn:aws[a-z-]*:cloudtrail:([a-z0-9-]+|\*):(\d{12}|\*):trail\/[^*?]+$/;
const ORG_ID = /^o-[a-z0-9]{10,32}$/;

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
            // StringEqualsIfExists counts too: whether CloudTrail sends aws:SourceOrgID to KMS is not documented, so the
            // account-trail statements check it only when present (a trail of another organization is still refused).
            const org = conditionValues(s, "StringEquals", SOURCE_ORG_KEY) ?? conditionValues(s, "StringEqualsIfExists", SOURCE_ORG_KEY);
            const orgScoped = org !== undefined && org.length === 1 && ORG_ID.test(org[0]);
            const context = conditionValues(s, "StringLike", CONTEXT_KEY) ?? conditionValues(s, "StringEquals", CONTEXT_KEY);
            const contextArn = orgScoped ? ORG_CONTEXT_ARN : CONTEXT_ARN;
            if (context === undefined || context.length === 0 || !context.every(v => contextArn.test(v))) {
                report(`statement ${name}: kms:GenerateDataKey* for CloudTrail needs StringLike ${CONTEXT_KEY} = arn:aws:cloudtrail:*:<account>:trail/*`
                    + " (or, with StringEquals[IfExists] aws:SourceOrgID, arn:aws:cloudtrail:*:*:trail/<name>)");
            }
            const sourceArn = sourceArnValues(s);
            const sourcePattern = orgScoped ? ORG_SOURCE_TRAIL_ARN : SOURCE_TRAIL_ARN;
            if (sourceArn === undefined || sourceArn.length === 0 || !sourceArn.every(v => sourcePattern.test(v))) {
                report(`statement ${name}: kms:GenerateDataKey* for CloudTrail needs StringEquals ${SOURCE_ARN_KEY} = the trail ARN`
                    + " (or, with StringEquals[IfExists] aws:SourceOrgID, ArnLike aws:SourceArn = arn:aws:cloudtrail:*:*:trail/<name>)");
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
