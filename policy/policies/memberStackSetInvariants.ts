import { ResourceValidationPolicy } from "@pulumi/policy";
import { forTypes, T } from "../lib/resources";

/**
 * Member monitoring deployed by StackSets reaches every account of its OUs and never deletes evidence:
 * service-managed permissions (the only model that targets OUs and deploys automatically), automatic deployment on
 * (an account moved into a targeted OU is covered without a config edit), stacks retained when an account leaves the
 * OU, and stack instances removed with their stacks retained. CloudFormation CreateStackSet PermissionModel and
 * AutoDeployment (docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackSet.html,
 * API_AutoDeployment.html), DeleteStackInstances RetainStacks (API_DeleteStackInstances.html).
 */
export const memberStackSetInvariants: ResourceValidationPolicy = {
    name: "member-stackset-invariants",
    description: "StackSets are service-managed with automatic deployment on and stacks retained on account removal; instances retain their stacks.",
    enforcementLevel: "mandatory",
    severity: "high",
    validateResource: forTypes([T.stackSet, T.stackSetInstance], (props, args, report) => {
        if (args.type === T.stackSetInstance) {
            if (props.retainStack !== true) {
                report("retainStack must be true: removing the instance would delete every account's monitoring stack and its log group");
            }
            return;
        }
        if (props.permissionModel !== "SERVICE_MANAGED") {
            report(`permissionModel must be SERVICE_MANAGED, not ${props.permissionModel ?? "unset (SELF_MANAGED)"}: only service-managed StackSets deploy to OUs automatically`);
        }
        if (props.autoDeployment?.enabled !== true) {
            report("autoDeployment.enabled must be true: an account that joins a targeted OU would stay unmonitored");
        }
        if (props.autoDeployment?.retainStacksOnAccountRemoval !== true) {
            report("autoDeployment.retainStacksOnAccountRemoval must be true: an account leaving the OU would lose its monitoring and evidence");
        }
    }),
};
