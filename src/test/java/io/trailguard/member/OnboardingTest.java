package io.trailguard.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.Account;
import io.trailguard.config.MemberSettings;
import io.trailguard.detect.Feed;
import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlannedResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Onboarding is one entry in config: the next plan adds that account's resources and changes nothing that exists.
 * The new account goes first in the list, so that nothing may depend on list positions either.
 */
class OnboardingTest {

    private static final String NEW_ACCOUNT = "100000000099";

    /** Central policies AWS forces to list accounts: none, thanks to organization-scoped conditions. */
    private static final Set<String> EXPECTED_UPDATES = Set.of();

    @ParameterizedTest
    @EnumSource(Feed.class)
    void onboardingAnAccountOnlyAddsThatAccountsResources(Feed feed) {
        Plan before = StackPlans.plan("prod");
        Plan after = PlanRunner.run(withNewAccount(before.config(), feed), "prod");

        Map<String, PlannedResource> old = byUrn(before);
        Map<String, PlannedResource> now = byUrn(after);

        Set<String> disappeared = new TreeSet<>(old.keySet());
        disappeared.removeAll(now.keySet());
        assertEquals(Set.of(), disappeared, "no resource is deleted or replaced by a new URN");

        List<String> added = now.keySet().stream().filter(u -> !old.containsKey(u)).sorted().toList();
        assertTrue(added.size() > 90, "the new account's monitoring was added: " + added.size());
        for (String urn : added) {
            assertTrue(belongsToNewAccount(now.get(urn)), "new resource outside the new account: " + urn);
        }

        Set<String> updated = old.keySet().stream().filter(now::containsKey)
                .filter(u -> !old.get(u).inputs().equals(now.get(u).inputs()))
                .map(u -> old.get(u).name()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(EXPECTED_UPDATES, updated, "existing resources whose inputs changed");
    }

    private static boolean belongsToNewAccount(PlannedResource r) {
        return r.isComponent() ? r.name().contains(NEW_ACCOUNT) : r.account().equals(NEW_ACCOUNT);
    }

    private static StackConfig withNewAccount(StackConfig c, Feed feed) {
        MemberSettings d = c.members().monitoring();
        MemberSettings m = new MemberSettings(feed, d.logRetentionDays(), d.ruleSets(), d.enabledRules(), d.disabledRules());
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Account(NEW_ACCOUNT, "onboarded-" + feed.id(), "ou-p7q8-workloads", m, List.of()));
        accounts.addAll(c.accounts());
        return c.withAccounts(accounts);
    }

    private static Map<String, PlannedResource> byUrn(Plan p) {
        return p.resources().stream().collect(Collectors.toMap(PlannedResource::urn, Function.identity()));
    }
}
