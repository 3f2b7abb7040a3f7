package io.trailguard.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code trailguard:members.stackset} and each account's {@code deployment}. A service-managed StackSet deploys to
 * every account of its OUs except the management account ("StackSets doesn't deploy stack instances to the
 * organization's management account, even if the management account is in your organization or in an OU in your
 * organization", docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html),
 * so an account the stack deploys itself must not sit in a targeted OU: both would create the same named resources.
 */
final class StackSetCheck extends SectionCheck {

    private static final KeyPath AT = KeyPath.of("members").key("stackset");
    private static final String TEMPLATE_ACCOUNT_ID = "000000000000";

    StackSetCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        StackSetSettings s = c.members().stackSet();
        boolean used = c.members().deployment() == Deployment.STACKSET || c.accounts().stream().anyMatch(Account::inStackSet);
        if (used && s.profiles().isEmpty()) {
            error(AT.key("profiles"), "stackset mode needs at least one profile",
                    "list profiles with a name and the organizationalUnits their StackSet deploys to");
        }
        callAs(s);
        preferences(s.operationPreferences());
        profiles(s.profiles());
        accounts(s);
    }

    private void callAs(StackSetSettings s) {
        String mgmt = c.organization().managementAccountId();
        if (s.callAs().equals(StackSetSettings.SELF) && !s.adminAccountId().equals(mgmt)) {
            error(AT.key("adminAccountId"), "callAs SELF administers the StackSets from the management account " + mgmt
                    + ", not " + s.adminAccountId(), "set callAs: DELEGATED_ADMIN for a delegated administrator, or drop adminAccountId");
        }
        if (s.callAs().equals(StackSetSettings.DELEGATED_ADMIN) && s.adminAccountId().equals(mgmt)) {
            error(AT.key("adminAccountId"), "callAs DELEGATED_ADMIN needs the delegated administrator's account id",
                    "the account registered with `aws organizations register-delegated-administrator --service-principal member.org.stacksets.cloudformation.amazonaws.com`");
        }
    }

    private void preferences(StackSetSettings.OperationPreferences o) {
        KeyPath p = AT.key("operationPreferences");
        if (o.maxConcurrentPercentage() < AwsLimits.STACKSET_MAX_CONCURRENT_PERCENTAGE_MIN || o.maxConcurrentPercentage() > AwsLimits.STACKSET_PERCENTAGE_MAX) {
            error(p.key("maxConcurrentPercentage"), o.maxConcurrentPercentage() + " is out of range", "1-100 (StackSetOperationPreferences)");
        }
        if (o.failureTolerancePercentage() < 0 || o.failureTolerancePercentage() > AwsLimits.STACKSET_PERCENTAGE_MAX) {
            error(p.key("failureTolerancePercentage"), o.failureTolerancePercentage() + " is out of range", "0-100 (StackSetOperationPreferences)");
        }
        duplicates(p.key("regionOrder"), o.regionOrder());
        for (int i = 0; i < o.regionOrder().size(); i++) {
            String r = o.regionOrder().get(i);
            if (region(p.key("regionOrder").index(i), r) && !c.organization().allowedRegions().contains(r)) {
                error(p.key("regionOrder").index(i), "`" + r + "` is not an allowed region", "one of " + c.organization().allowedRegions());
            }
        }
    }

    private void profiles(List<StackSetProfile> profiles) {
        Map<String, String> ouOwner = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int i = 0; i < profiles.size(); i++) {
            StackSetProfile pr = profiles.get(i);
            KeyPath p = AT.key("profiles").index(i);
            if (!AwsNaming.STACKSET_PROFILE.matcher(pr.name()).matches()) {
                error(p.key("name"), "`" + printable(pr.name()) + "` is not a profile name",
                        "1-" + AwsNaming.STACKSET_PROFILE_MAX + " lower-case letters, digits and hyphens, starting with a letter (part of the StackSet name)");
            }
            if (names.putIfAbsent(pr.name(), i) != null) {
                error(p.key("name"), "profile `" + pr.name() + "` is defined twice", "first at " + AT.key("profiles").index(names.get(pr.name())));
            }
            retention(p.key("logRetentionDays"), pr.monitoring().logRetentionDays());
            if (pr.organizationalUnits().isEmpty()) {
                error(p.key("organizationalUnits"), "a profile targets at least one OU", "ou-xxxx-xxxxxxxx or the root r-xxxx");
            }
            for (int j = 0; j < pr.organizationalUnits().size(); j++) {
                String ou = pr.organizationalUnits().get(j);
                KeyPath at = p.key("organizationalUnits").index(j);
                if (!AwsNaming.OU_OR_ROOT.matcher(ou).matches()) {
                    error(at, "`" + printable(ou) + "` is not an OU or root id", "ou-xxxx-xxxxxxxx or r-xxxx");
                }
                String owner = ouOwner.putIfAbsent(ou, pr.name());
                if (owner != null) {
                    // Two StackSets in one account would create the same named resources.
                    error(at, "`" + ou + "` is already targeted by profile " + owner, "an OU belongs to one profile");
                }
            }
        }
    }

    private void accounts(StackSetSettings s) {
        String mgmt = c.organization().managementAccountId();
        for (int i = 0; i < c.accounts().size(); i++) {
            Account a = c.accounts().get(i);
            KeyPath p = KeyPath.of("accounts").index(i);
            Optional<StackSetProfile> profile = s.profileFor(a.ou());
            if (a.id().equals(TEMPLATE_ACCOUNT_ID)) {
                // member.MemberSpecs.TEMPLATE_ACCOUNT_ID: a template's stand-in for the account it is deployed to.
                error(p.key("id"), "`" + TEMPLATE_ACCOUNT_ID + "` is not an account id trailguard can monitor", "the 12-digit id of a real account");
            }
            if (a.inStackSet() && a.id().equals(mgmt)) {
                error(p.key("deployment"), "the management account is never reached by a service-managed StackSet",
                        "use deployment: stacks (stacksets-orgs-manage-auto-deployment: StackSets doesn't deploy to the management account)");
            } else if (a.inStackSet()) {
                stackSetAccount(p, a, profile);
            } else if (profile.isPresent() && !a.id().equals(mgmt)) {
                error(p.key("ou"), "account " + a.id() + " is deployed by this stack but its OU " + a.ou() + " is targeted by profile "
                        + profile.get().name() + ": the StackSet would create the same resources in it",
                        "move the account to an OU no profile targets, or drop its own settings and use deployment: stackset");
            }
        }
    }

    private void stackSetAccount(KeyPath p, Account a, Optional<StackSetProfile> profile) {
        if (!a.guardedResources().isEmpty()) {
            error(p.key("guardedResources"), "guarded resources add rules and data-event selectors of this account alone; a profile's template is shared",
                    "use deployment: stacks for this account, in an OU no profile targets");
        }
        if (profile.isEmpty()) {
            error(p.key("ou"), "no profile targets OU " + a.ou() + ", so no StackSet reaches account " + a.id(),
                    "add " + a.ou() + " to a profile's organizationalUnits, or use deployment: stacks");
            return;
        }
        MemberSettings mine = a.monitoring();
        MemberSettings shared = profile.get().monitoring();
        if (!mine.feed().equals(shared.feed()) || mine.logRetentionDays() != shared.logRetentionDays()
                || !mine.ruleSets().equals(shared.ruleSets()) || !mine.enabledRules().equals(shared.enabledRules())
                || !mine.disabledRules().equals(shared.disabledRules())) {
            error(p, "account " + a.id() + " has monitoring settings of its own, but profile " + profile.get().name()
                    + " deploys the same template to every account of " + a.ou(),
                    "drop the account's feed/logRetentionDays/ruleSets/enabledRules/disabledRules, or use deployment: stacks in an OU no profile targets");
        }
    }
}
