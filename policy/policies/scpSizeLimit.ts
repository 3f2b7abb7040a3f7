import { ResourceValidationPolicy } from "@pulumi/policy";
import { forType, T } from "../lib/resources";

export const scpSizeLimit: ResourceValidationPolicy = {
    name: "scp-size-limit",
    description: "Every service control policy fits AWS Organizations' size quota (maxPolicyChars; 5,120 characters by default, raise it when the live quota is higher).",
    enforcementLevel: "mandatory",
    severity: "medium",
    configSchema: {
        properties: {
            maxPolicyChars: { type: "integer", default: 5120, minimum: 1 },
        },
    },
    validateResource: forType(T.organizationsPolicy, (policy, args, report) => {
        if ((policy.type ?? "SERVICE_CONTROL_POLICY") !== "SERVICE_CONTROL_POLICY") {
            args.notApplicable(`policy type ${policy.type}`);
        }
        const { maxPolicyChars } = args.getConfig<{ maxPolicyChars: number }>();
        // AWS counts the document as submitted, whitespace included.
        const content: string = typeof policy.content === "string" ? policy.content : JSON.stringify(policy.content);
        if (content.length > maxPolicyChars) {
            const minified = minifiedLength(content);
            const hint = minified !== undefined && minified <= maxPolicyChars ? ` (minified it would be ${minified}: submit it minified)` : "";
            report(`SCP ${policy.name ?? args.name} is ${content.length} characters, over the limit of ${maxPolicyChars}${hint}`);
        }
    }),
};

function minifiedLength(content: string): number | undefined {
    try {
        return JSON.stringify(JSON.parse(content)).length;
    } catch {
        return undefined;
    }
}
