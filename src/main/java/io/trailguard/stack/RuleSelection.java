package io.trailguard.stack;

import io.trailguard.config.Account;
import io.trailguard.config.MemberSettings;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.GuardedResource;
import io.trailguard.detect.GuardedResourceRules;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.OrganizationTrustRules;
import io.trailguard.detect.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules run where. Member accounts get their rule sets, plus {@code enabledRules}, minus
 * {@code disabledRules}, with the rules about trust outside the organization rendered for the account and the
 * foundation accounts, plus one misuse rule per guarded resource; the organization trail's central log group
 * gets the {@code backstop} set. Unknown ids and sets are ignored here: config validation reports them
 * ({@link io.trailguard.detect.RuleValidation}).
 */
public final class RuleSelection {

    private RuleSelection() {}

    /** The rules deployed to {@code account}'s log group, in catalogue order, guarded-resource rules last. */
    public static List<Rule> forAccount(StackConfig config, Account account) {
        MemberSettings m = account.monitoring();
        Map<String, Rule> chosen = new LinkedHashMap<>();
        for (Rule r : Catalogue.all()) {
            boolean inSet = r.ruleSets().stream().anyMatch(m.ruleSets()::contains);
            if ((inSet || m.enabledRules().contains(r.id())) && !m.disabledRules().contains(r.id())) {
                chosen.put(r.id(), r);
            }
        }
        List<String> foundation = List.of(config.organization().managementAccountId(), config.logArchive().accountId(),
                config.alerting().securityAccountId());
        for (Rule perAccount : OrganizationTrustRules.forAccount(account.id(), foundation)) {
            chosen.computeIfPresent(perAccount.id(), (id, catalogued) -> perAccount);
        }
        List<Rule> out = new ArrayList<>(chosen.values());
        for (GuardedResource g : account.guardedResources()) {
            if (g.type() != null) {
                out.add(GuardedResourceRules.rule(g));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The organization-wide tamper rules for the central log group, with the stack's deploy role's own sessions
     * moved from the critical rules to the low-severity deploy record.
     */
    public static List<Rule> backstop(StackConfig config) {
        return Catalogue.backstop(config.organization().deployRoleName());
    }
}
