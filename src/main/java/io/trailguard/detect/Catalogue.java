package io.trailguard.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every built-in rule, in a stable order (cis, seed, insider, backstop). Guarded-resource rules are generated per
 * account from config and are not in here; see {@link RuleSelection}.
 */
public final class Catalogue {

    /** The rule sets a stack config may name in {@code ruleSets}. */
    public static final Set<String> RULE_SETS = Set.of(CisRules.SET, SeedRules.SET, InsiderAuditRules.SET, BackstopRules.SET);

    private static final List<Rule> ALL = load();
    private static final Map<String, Rule> BY_ID = index(ALL);

    private Catalogue() {}

    public static List<Rule> all() {
        return ALL;
    }

    /** The organization-wide tamper rules for the central log group (config's default deploy role). */
    public static List<Rule> backstop() {
        return ruleSet(BackstopRules.SET);
    }

    /** The backstop for a stack whose deploy role is {@code deployRoleName}: its provider sessions are the low record. */
    public static List<Rule> backstop(String deployRoleName) {
        return deployRoleName.equals(BackstopRules.DEFAULT_DEPLOY_ROLE) ? backstop() : BackstopRules.all(deployRoleName);
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The rules of one set, in catalogue order; empty for an unknown set. */
    public static List<Rule> ruleSet(String name) {
        return ALL.stream().filter(r -> r.ruleSets().contains(name)).toList();
    }

    public static Set<String> ids() {
        return new TreeSet<>(BY_ID.keySet());
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(CisRules.all());
        rules.addAll(SeedRules.all());
        rules.addAll(InsiderAuditRules.all());
        rules.addAll(InsiderIdentityRules.all());
        rules.addAll(InsiderDataRules.all());
        rules.addAll(InsiderChangeRules.all());
        rules.addAll(InsiderSecretRules.all());
        rules.addAll(InsiderEvasionRules.all());
        rules.addAll(InsiderAccessRules.all());
        rules.addAll(InsiderExposureRules.all());
        rules.addAll(InsiderDestructionRules.all());
        rules.addAll(OrganizationTrustRules.all());
        rules.addAll(BackstopRules.all());
        return List.copyOf(rules);
    }

    private static Map<String, Rule> index(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalStateException("duplicate rule id " + r.id());
            }
        }
        for (Rule r : rules) {
            for (String s : r.supersedes()) {
                if (!byId.containsKey(s) || s.equals(r.id())) {
                    throw new IllegalStateException(r.id() + " supersedes unknown rule " + s);
                }
            }
        }
        return byId;
    }
}
