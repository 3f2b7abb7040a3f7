import { PolicyConfigSchema } from "@pulumi/policy";

// The organization trail is whichever trail says it is one, or the one carrying trailguard's name for it
// (TrailSettings' default name): a careless edit that flips isOrganizationTrail off must not make the
// trail invisible to the policies that guard it.
export interface OrgTrailConfig {
    organizationTrailName: string;
}

export const ORG_TRAIL_CONFIG: PolicyConfigSchema = {
    properties: {
        organizationTrailName: { type: "string", default: "trailguard-organization" },
    },
};

export function isOrganizationTrail(props: Record<string, any>, config: OrgTrailConfig): boolean {
    return props.isOrganizationTrail === true || props.name === config.organizationTrailName;
}
