import { ResourceValidationPolicy } from "@pulumi/policy";
import { forType, T } from "../lib/resources";
import { isOrganizationTrail, ORG_TRAIL_CONFIG, OrgTrailConfig } from "../lib/trails";

export const orgTrailHardened: ResourceValidationPolicy = {
    name: "org-trail-hardened",
    description: "The organization trail logs every account, every region and global services, validates log files, encrypts with KMS and delivers to CloudWatch Logs for detection.",
    enforcementLevel: "mandatory",
    severity: "critical",
    configSchema: ORG_TRAIL_CONFIG,
    validateResource: forType(T.trail, (trail, args, report) => {
        if (!isOrganizationTrail(trail, args.getConfig<OrgTrailConfig>())) {
            args.notApplicable("not the organization trail");
        }
        const must: [boolean, string][] = [
            [trail.isOrganizationTrail === true, "isOrganizationTrail must be true (every account of the organization)"],
            [trail.isMultiRegionTrail === true, "isMultiRegionTrail must be true (an insider acts in the region nobody watches)"],
            // includeGlobalServiceEvents and enableLogging default to true in the provider.
            [trail.includeGlobalServiceEvents !== false, "includeGlobalServiceEvents must not be false (IAM, STS, Organizations)"],
            [trail.enableLogging !== false, "enableLogging must not be false"],
            [trail.enableLogFileValidation === true, "enableLogFileValidation must be true (digest files prove logs were not altered)"],
            [!!trail.kmsKeyId, "kmsKeyId must name the trail's KMS key"],
            [!!trail.cloudWatchLogsGroupArn, "cloudWatchLogsGroupArn must be set (central detection rules read it)"],
            [!!trail.cloudWatchLogsRoleArn, "cloudWatchLogsRoleArn must be set (CloudTrail needs it to deliver to the log group)"],
        ];
        must.filter(([ok]) => !ok).forEach(([, message]) => report(message));
    }),
};
