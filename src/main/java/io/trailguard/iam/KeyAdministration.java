package io.trailguard.iam;

import java.util.List;

/**
 * Who may administer a trailguard KMS key: the deploy and break-glass roles of the key's account, instead of AWS's
 * default "the account may do kms:*", so that an admin of that account cannot schedule the key's deletion or
 * rewrite its policy. Roles are matched by {@code aws:PrincipalArn} under the account principal, so a break-glass
 * role that does not exist yet does not make the key policy invalid.
 */
public final class KeyAdministration {

    public static final List<String> ACTIONS = List.of(
            "kms:CancelKeyDeletion", "kms:Create*", "kms:Delete*", "kms:Describe*", "kms:Disable*", "kms:Enable*",
            "kms:Get*", "kms:List*", "kms:Put*", "kms:Revoke*", "kms:RotateKeyOnDemand", "kms:ScheduleKeyDeletion",
            "kms:TagResource", "kms:UntagResource", "kms:Update*");

    private KeyAdministration() {}

    /** @param adminArns the roles of {@code accountId} that may administer the key ({@link AdminRoles#arns}) */
    public static Statement statement(String accountId, List<String> adminArns) {
        return Statement.allow("KeyAdministration")
                .principal(Principal.aws(Arns.accountRoot(accountId)))
                .actions(ACTIONS)
                .resources("*")
                .condition("ArnLike", "aws:PrincipalArn", adminArns)
                .build();
    }
}
