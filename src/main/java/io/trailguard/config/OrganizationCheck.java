package io.trailguard.config;

import java.util.List;

/** {@code trailguard:organization}, and the accounts that play the organization's roles. */
final class OrganizationCheck extends SectionCheck {

    OrganizationCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        Organization o = c.organization();
        KeyPath p = KeyPath.of("organization");
        if (!AwsNaming.ORG_ID.matcher(o.id()).matches()) {
            error(p.key("id"), "`" + printable(o.id()) + "` is not an organization id", "o- followed by 10-32 lowercase letters or digits");
        }
        for (int i = 0; i < o.allowedRegions().size(); i++) {
            region(p.key("allowedRegions").index(i), o.allowedRegions().get(i));
        }
        duplicates(p.key("allowedRegions"), o.allowedRegions());
        if (region(p.key("homeRegion"), o.homeRegion()) && !o.allowedRegions().contains(o.homeRegion())) {
            error(p.key("homeRegion"), "`" + o.homeRegion() + "` is not in allowedRegions",
                    "add it to " + p.key("allowedRegions") + " " + o.allowedRegions());
        }
        if (o.allowedRegions().isEmpty()) {
            error(p.key("allowedRegions"), "must list at least one region", "the home region at least");
        }
        roleName(p.key("deployRoleName"), o.deployRoleName());
        roleName(p.key("previewRoleName"), o.previewRoleName());
        for (int i = 0; i < o.breakGlassRoleNames().size(); i++) {
            roleName(p.key("breakGlassRoleNames").index(i), o.breakGlassRoleNames().get(i));
        }
        if (o.breakGlassRoleNames().contains(o.deployRoleName())) {
            error(p.key("breakGlassRoleNames"), "repeats the deploy role `" + o.deployRoleName() + "`", "list only emergency roles");
        }
        roleAccount(p.key("managementAccountId"), o.managementAccountId(), "management");
        roleAccount(KeyPath.of("logArchive").key("accountId"), c.logArchive().accountId(), "log-archive");
        roleAccount(KeyPath.of("alerting").key("securityAccountId"), c.alerting().securityAccountId(), "security");
        if (c.logArchive().accountId().equals(o.managementAccountId())) {
            error(KeyPath.of("logArchive").key("accountId"), "is the management account",
                    "CloudTrail's delegated administrator must be a member account (CannotDelegateManagementAccountException)");
        }
    }

    private void roleAccount(KeyPath path, String id, String role) {
        if (c.account(id).isEmpty()) {
            error(path, "the " + role + " account " + id + " is not in " + KeyPath.of("accounts"), "add an entry with id: \"" + id + "\"");
        }
    }
}
