package io.trailguard.guardrails;

import io.trailguard.config.Organization;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws:PrincipalArn} patterns for the exemptions. An assumed-role session's {@code aws:PrincipalArn}
 * is the role's ARN, so one pattern per role name covers every account and every session of that role.
 */
final class Principals {

    static final String PRINCIPAL_ARN = "aws:PrincipalArn";
    static final String ROOT_USER = "arn:aws:iam::*:root";

    private Principals() {}

    static String roleInAnyAccount(String roleName) {
        return "arn:aws:iam::*:role/" + roleName;
    }

    static List<String> deployRole(Organization o) {
        return List.of(roleInAnyAccount(o.deployRoleName()));
    }

    static List<String> deployAndBreakGlassRoles(Organization o) {
        List<String> arns = new ArrayList<>(deployRole(o));
        o.breakGlassRoleNames().forEach(n -> arns.add(roleInAnyAccount(n)));
        return arns;
    }
}
