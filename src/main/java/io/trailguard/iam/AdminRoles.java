package io.trailguard.iam;

import java.util.ArrayList;
import java.util.List;

/**
 * The roles that administer trailguard in every account: the deploy role Pulumi assumes and the break-glass roles
 * kept for emergencies. The same names exist in each account; {@link #arns} gives them for one.
 */
public record AdminRoles(String deployRoleName, List<String> breakGlassRoleNames) {

    public AdminRoles {
        breakGlassRoleNames = List.copyOf(breakGlassRoleNames);
    }

    public String deployRoleArn(String accountId) {
        return Arns.role(accountId, deployRoleName);
    }

    /** The deploy role first, then the break-glass roles, in {@code accountId}. */
    public List<String> arns(String accountId) {
        List<String> out = new ArrayList<>();
        out.add(deployRoleArn(accountId));
        breakGlassRoleNames.forEach(r -> out.add(Arns.role(accountId, r)));
        return List.copyOf(out);
    }
}
