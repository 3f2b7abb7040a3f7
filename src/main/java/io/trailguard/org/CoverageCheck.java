package io.trailguard.org;

import io.trailguard.config.KeyPath;
import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.org.CoverageGap.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares stack config with the organization as Organizations reports it. */
public final class CoverageCheck {

    private CoverageCheck() {}

    public static CoverageReport compare(StackConfig config, OrganizationSnapshot org) {
        List<CoverageGap> gaps = new ArrayList<>();
        organization(config, org, gaps);
        Set<String> configured = config.accounts().stream().map(Account::id).collect(Collectors.toSet());
        Map<String, String> roles = roleKeys(config);
        for (int i = 0; i < config.accounts().size(); i++) {
            account(KeyPath.of("accounts").index(i).toString(), config.accounts().get(i), roles, org, configured, gaps);
        }
        List<OrgAccount> uncovered = org.accounts().stream()
                .filter(a -> a.state().live() && !configured.contains(a.id()) && !inTargetedOu(config, a))
                .sorted(Comparator.comparing(OrgAccount::id))
                .toList();
        for (OrgAccount a : uncovered) {
            gaps.add(new CoverageGap(Kind.NOT_IN_CONFIG, KeyPath.of("accounts").toString(), a.id(),
                    "account " + a.id() + " (" + a.name() + ", in " + a.parentPath() + ") is in the organization but not in config",
                    "add an entry with id: \"" + a.id() + "\" and ou: " + a.parentId() + "; `trailguard coverage --suggest` prints it"));
        }
        return new CoverageReport(org, config.accounts().size(), gaps, uncovered);
    }

    /**
     * An account whose parent a member profile's StackSet targets is covered without an entry: automatic deployment
     * creates its stack when it joins the OU. The management account never is (service-managed StackSets skip it).
     * Only the direct parent is known here, so an account in a child OU of a targeted OU is reported as not covered.
     */
    static boolean inTargetedOu(StackConfig config, OrgAccount a) {
        if (a.id().equals(config.organization().managementAccountId())) {
            return false;
        }
        return config.members().stackSet().profiles().stream().flatMap(p -> p.organizationalUnits().stream())
                .anyMatch(ou -> ou.equals(a.parentId()) || ou.startsWith("r-"));
    }

    private static void organization(StackConfig config, OrganizationSnapshot org, List<CoverageGap> gaps) {
        String id = config.organization().id();
        if (!Objects.equals(id, org.organizationId())) {
            gaps.add(new CoverageGap(Kind.ORGANIZATION_MISMATCH, KeyPath.of("organization").key("id").toString(), null,
                    "is " + id + " but the credentials in use reach organization " + org.organizationId(),
                    "use credentials for " + id + " (--profile, --role-arn), or set it to " + org.organizationId()));
        }
        String management = config.organization().managementAccountId();
        if (!Objects.equals(management, org.managementAccountId())) {
            gaps.add(new CoverageGap(Kind.MANAGEMENT_ACCOUNT_MISMATCH, KeyPath.of("organization").key("managementAccountId").toString(), management,
                    "is " + management + " but organization " + org.organizationId() + " is managed by " + org.managementAccountId(),
                    "set it to \"" + org.managementAccountId() + "\""));
        }
    }

    /** Account id to the config key that gives it a role, so a gap on that account names what depends on it. */
    private static Map<String, String> roleKeys(StackConfig config) {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.putIfAbsent(config.organization().managementAccountId(), KeyPath.of("organization").key("managementAccountId").toString());
        roles.putIfAbsent(config.logArchive().accountId(), KeyPath.of("logArchive").key("accountId").toString());
        roles.putIfAbsent(config.alerting().securityAccountId(), KeyPath.of("alerting").key("securityAccountId").toString());
        return roles;
    }

    /** An account config does not list yet that carries this entry's name: the likely intended id. */
    private static Optional<OrgAccount> sameName(Account a, OrganizationSnapshot org, Set<String> configured) {
        return org.accounts().stream().filter(o -> o.name().equals(a.name()) && !configured.contains(o.id())).findFirst();
    }

    private static void account(String path, Account a, Map<String, String> roles, OrganizationSnapshot org,
                                Set<String> configured, List<CoverageGap> gaps) {
        String role = roles.get(a.id());
        String label = "account " + a.id() + " (" + a.name() + (role == null ? "" : ", " + role) + ")";
        Optional<OrgAccount> found = org.account(a.id());
        if (found.isEmpty()) {
            gaps.add(new CoverageGap(Kind.NOT_IN_ORGANIZATION, path + ".id", a.id(),
                    label + " is not in organization " + org.organizationId(),
                    sameName(a, org, configured)
                            .map(twin -> "did you mean \"" + twin.id() + "\"? the organization's " + a.name() + " has that id")
                            .orElse("fix the id if it is a typo, or remove the entry if the account left the organization")));
            return;
        }
        OrgAccount real = found.get();
        if (real.state().gone()) {
            gaps.add(new CoverageGap(Kind.NOT_ACTIVE, path + ".id", a.id(),
                    label + " is " + real.state() + " in the organization",
                    "remove the entry: a suspended or closed account cannot be monitored"
                            + (role == null ? "" : ", and choose another account for " + role)));
            return;
        }
        if (a.ou() != null && !a.ou().equals(real.parentId())) {
            gaps.add(new CoverageGap(Kind.OU_MISMATCH, path + ".ou", a.id(),
                    "is " + a.ou() + " but " + label + " is in " + real.parentId() + " (" + real.parentPath() + ")",
                    "set it to " + real.parentId()));
        }
    }
}
