import { ResourceValidationPolicy } from "@pulumi/policy";
import { hasConditions, isWildcardPrincipal, parsePolicy, PolicyParseError } from "../lib/iam";
import { forTypes, RESOURCE_POLICY_INPUTS } from "../lib/resources";

export const noUnconditionalWildcardPrincipal: ResourceValidationPolicy = {
    name: "no-unconditional-wildcard-principal",
    description: "No resource policy (bucket, key, topic, queue, event bus, log resource policy) allows Principal * or uses NotPrincipal in an Allow without a condition: that grants the whole internet.",
    enforcementLevel: "mandatory",
    severity: "critical",
    validateResource: forTypes(Object.keys(RESOURCE_POLICY_INPUTS), (props, args, report) => {
        const input = RESOURCE_POLICY_INPUTS[args.type];
        const document = props[input];
        if (document === undefined) {
            args.notApplicable(`no ${input}`);
        }
        let statements;
        try {
            statements = parsePolicy(document).statements;
        } catch (e) {
            if (e instanceof PolicyParseError) {
                return report(`${input}: ${e.message}`);
            }
            throw e;
        }
        for (const s of statements) {
            const open = isWildcardPrincipal(s) || s.notPrincipal !== undefined;
            if (s.effect === "Allow" && open && !hasConditions(s)) {
                report(`${input}: statement ${s.sid ?? "(no Sid)"} allows ${s.notPrincipal !== undefined ? "NotPrincipal" : "Principal *"} without a condition`);
            }
        }
    }),
};
