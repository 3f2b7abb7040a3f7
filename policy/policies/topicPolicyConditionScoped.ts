import { ResourceValidationPolicy } from "@pulumi/policy";
import { conditionKeys, isWildcardPrincipal, parsePolicy, PolicyParseError, servicePrincipals, Statement } from "../lib/iam";
import { forTypes, T } from "../lib/resources";

// aws:PrincipalOrgID is not set for service principals: a service grant needs a source key to be scoped.
const SOURCE_KEYS = ["aws:sourceorgid", "aws:sourceorgpaths", "aws:sourceaccount", "aws:sourcearn"];
const PRINCIPAL_KEYS = ["aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn"];

export const topicPolicyConditionScoped: ResourceValidationPolicy = {
    name: "topic-policy-condition-scoped",
    description: "Every Allow in a topic policy to a service principal is scoped by aws:SourceOrgID, SourceOrgPaths, SourceAccount or SourceArn, and to a wildcard principal by a source or principal-organization key, so only the organization's alarms can publish.",
    enforcementLevel: "mandatory",
    severity: "high",
    validateResource: forTypes([T.topicPolicy, T.topic], (props, args, report) => {
        if (props.policy === undefined) {
            args.notApplicable("no topic policy");
        }
        let statements: Statement[];
        try {
            statements = parsePolicy(props.policy).statements;
        } catch (e) {
            if (e instanceof PolicyParseError) {
                return report(`topic policy: ${e.message}`);
            }
            throw e;
        }
        for (const s of statements.filter(st => st.effect === "Allow")) {
            const keys = conditionKeys(s);
            const name = s.sid ?? "(no Sid)";
            if (isWildcardPrincipal(s) && ![...SOURCE_KEYS, ...PRINCIPAL_KEYS].some(k => keys.has(k))) {
                report(`statement ${name}: Allow to Principal * needs a condition on ${[...SOURCE_KEYS, ...PRINCIPAL_KEYS].join(", ")}`);
            } else if (servicePrincipals(s).length > 0 && !SOURCE_KEYS.some(k => keys.has(k))) {
                report(`statement ${name}: Allow to ${servicePrincipals(s).join(", ")} needs a condition on aws:SourceOrgID, aws:SourceOrgPaths, aws:SourceAccount or aws:SourceArn`);
            }
        }
    }),
};
