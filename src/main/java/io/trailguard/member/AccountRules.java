package io.trailguard.member;

import io.trailguard.config.Account;
import io.trailguard.config.MemberSettings;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules deployed to one account: its rule sets, plus the rules it enables, less those it disables, sorted by
 * id so that nothing downstream depends on the order of lists in config.
 */
public final class AccountRules {

    private AccountRules() {}

    public static List<Rule> of(Account account) {
        MemberSettings m = account.monitoring();
        Map<String, Rule> byId = new TreeMap<>();
        for (String set : m.ruleSets()) {
            Catalogue.ruleSet(set).forEach(r -> byId.put(r.id(), r));
        }
        for (String id : m.enabledRules()) {
            Catalogue.byId(id).ifPresent(r -> byId.put(r.id(), r));
        }
        m.disabledRules().forEach(byId::remove);
        return new ArrayList<>(byId.values());
    }
}
