package io.trailguard.guardrails;

import io.trailguard.config.Organization;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;

/**
 * Denies every regional action outside {@code allowedRegions}. The deploy role is exempt because it must
 * be able to clean up wherever trailguard once deployed; break-glass roles because an incident may need a
 * region nobody planned for.
 *
 * <p>This is one statement and cannot be split: NotAction, the region list and the exemption list are
 * each a single condition whose meaning changes if divided over two statements.
 */
final class RegionDenyPolicy {

    static final String SID = "DenyOutsideAllowedRegions";

    private RegionDenyPolicy() {}

    static PolicyDocument document(GuardrailsArgs c) {
        Organization o = c.organization();
        return PolicyDocument.of(Statement.deny(SID)
                .notActions(GlobalServices.CONTROL_TOWER_REGION_DENY_NOT_ACTIONS)
                .resources("*")
                .condition("StringNotEquals", "aws:RequestedRegion", o.allowedRegions())
                .condition("ArnNotLike", Principals.PRINCIPAL_ARN, Principals.deployAndBreakGlassRoles(o))
                .build());
    }
}
