package io.trailguard.config;

import java.util.List;

/**
 * The organization's identity and the roles trailguard acts through.
 *
 * @param id                  organization id ({@code o-...})
 * @param managementAccountId the management account; owns the organization trail's ARN
 * @param homeRegion          where the trail, central log group and central resources live
 * @param allowedRegions      regions workloads may use; everything else is denied by SCP
 * @param deployRoleName      role assumed in every account by Pulumi; exempt from guardrails
 * @param breakGlassRoleNames roles exempt from the region deny for emergencies
 * @param previewRoleName     role the providers assume during {@code pulumi preview}; the deploy role unless set
 */
public record Organization(
        String id,
        String managementAccountId,
        String homeRegion,
        List<String> allowedRegions,
        String deployRoleName,
        List<String> breakGlassRoleNames,
        String previewRoleName) {

    public Organization(String id, String managementAccountId, String homeRegion, List<String> allowedRegions,
                        String deployRoleName, List<String> breakGlassRoleNames) {
        this(id, managementAccountId, homeRegion, allowedRegions, deployRoleName, breakGlassRoleNames, deployRoleName);
    }

    public String deployRoleArn(String accountId) {
        return "arn:aws:iam::" + accountId + ":role/" + deployRoleName;
    }
}
