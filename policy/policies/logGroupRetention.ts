import { ResourceValidationPolicy } from "@pulumi/policy";
import { forType, T } from "../lib/resources";

// The values PutRetentionPolicy accepts.
const VALID_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

export const logGroupRetention: ResourceValidationPolicy = {
    name: "log-group-retention",
    description: "Every log group sets a retention AWS accepts, at least minRetentionDays, instead of keeping (and billing) events forever by omission.",
    enforcementLevel: "mandatory",
    severity: "low",
    configSchema: {
        properties: {
            minRetentionDays: { type: "integer", default: 30, minimum: 1 },
        },
    },
    validateResource: forType(T.logGroup, (group, args, report) => {
        const { minRetentionDays } = args.getConfig<{ minRetentionDays: number }>();
        const days = group.retentionInDays;
        if (days === undefined || days === 0) {
            report("retentionInDays must be set (0 or unset keeps events forever)");
        } else if (!VALID_DAYS.includes(days)) {
            report(`retentionInDays ${days} is not a value CloudWatch Logs accepts (${VALID_DAYS.join(", ")})`);
        } else if (days < minRetentionDays) {
            report(`retentionInDays ${days} is below the minimum of ${minRetentionDays} days`);
        }
    }),
};
