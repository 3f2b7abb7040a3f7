package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.config.Account;
import io.trailguard.detect.Feed;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.CanonicalPattern;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Rule;
import io.trailguard.stack.RuleSelection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules a replay evaluates, by the account whose events they see. A member account's rules see that account's
 * events only; the backstop rules run on the organization trail's central log group and so see every account's
 * events, including accounts the stack does not list. Patterns are compiled once, whatever the number of accounts.
 */
final class StackRules {

    private final Map<String, List<DeployedRule>> byAccount;
    private final List<DeployedRule> organizationWide;
    /** Per listed account, its own rules followed by the organization-wide ones: looked up once per record. */
    private final Map<String, EventNameIndex> seenBy;
    private final EventNameIndex seenByUnlisted;
    private final Map<String, DeployedRule> byId;
    /** Where the organization-wide rules' alarms live (the log-archive account, whose central log group they read); null: each account's own. */
    private final String centralAccount;

    private StackRules(Map<String, List<DeployedRule>> byAccount, List<DeployedRule> organizationWide, String centralAccount) {
        this.byAccount = byAccount;
        this.organizationWide = organizationWide;
        this.centralAccount = centralAccount;
        this.seenBy = new HashMap<>();
        byAccount.forEach((account, own) -> {
            Set<DeployedRule> both = new LinkedHashSet<>(own);
            both.addAll(organizationWide);
            seenBy.put(account, new EventNameIndex(List.copyOf(both)));
        });
        this.seenByUnlisted = new EventNameIndex(organizationWide);
        this.byId = new LinkedHashMap<>();
        byAccount.values().forEach(rules -> rules.forEach(d -> byId.putIfAbsent(d.rule().id(), d)));
        organizationWide.forEach(d -> byId.putIfAbsent(d.rule().id(), d));
    }

    static StackRules of(StackConfig config, RuleChoice choice) {
        return switch (choice) {
            case DEPLOYED -> deployed(config);
            case ALL -> everythingEverywhere(config);
            case NONE -> new StackRules(Map.of(), List.of(), null);
        };
    }

    /** What the stack deploys, account by account (the detection package's selection, as {@code pulumi up} uses it). */
    static StackRules deployed(StackConfig config) {
        Compiler compiler = new Compiler();
        Map<String, List<DeployedRule>> byAccount = new HashMap<>();
        for (Account account : config.accounts()) {
            byAccount.put(account.id(), compiler.all(RuleSelection.forAccount(config, account)));
        }
        return new StackRules(byAccount, compiler.all(RuleSelection.backstop(config)), config.logArchive().accountId());
    }

    /** The whole catalogue on every account's events, plus each listed account's guarded-resource rules. */
    private static StackRules everythingEverywhere(StackConfig config) {
        Compiler compiler = new Compiler();
        Map<String, List<DeployedRule>> byAccount = new HashMap<>();
        for (Account account : config == null ? List.<Account>of() : config.accounts()) {
            byAccount.put(account.id(), compiler.all(RuleSelection.forAccount(config, account)));
        }
        return new StackRules(byAccount, compiler.all(Catalogue.all()), null);
    }

    /** The same deployment restricted to the rules {@code keep} accepts. */
    StackRules only(Predicate<Rule> keep) {
        Map<String, List<DeployedRule>> narrowed = new HashMap<>();
        byAccount.forEach((account, rules) -> narrowed.put(account, rules.stream().filter(d -> keep.test(d.rule())).toList()));
        return new StackRules(narrowed, organizationWide.stream().filter(d -> keep.test(d.rule())).toList(), centralAccount);
    }

    /** The rules that see events of {@code account} (null when the record names no account). */
    List<DeployedRule> forAccount(String account) {
        return index(account).all();
    }

    /** The rules that see {@code record}, an event of {@code account}, and could fire on it. */
    List<DeployedRule> candidates(String account, JsonNode record) {
        return index(account).candidates(record);
    }

    /** The rules that see {@code record}, an event of {@code account}, and fire on it, in order. */
    List<DeployedRule> matching(String account, JsonNode record) {
        return index(account).matching(record);
    }

    private EventNameIndex index(String account) {
        EventNameIndex rules = account == null ? null : seenBy.get(account);
        return rules != null ? rules : seenByUnlisted;
    }

    /** Every rule evaluated somewhere, by id, in a stable order. */
    Map<String, DeployedRule> byId() {
        return byId;
    }

    /**
     * The account whose alarm a hit of {@code ruleId} on a record of {@code recordAccount} counts towards: the
     * log-archive account for the deployed backstop rules (one metric over every account's events), else the
     * record's own account.
     */
    String alarmAccount(String ruleId, String recordAccount) {
        if (centralAccount != null && organizationWide.stream().anyMatch(d -> d.rule().id().equals(ruleId))) {
            return centralAccount;
        }
        return recordAccount;
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    /** Compiles each distinct rule once, and gives rules whose patterns mean the same one shared check. */
    private static final class Compiler {
        private final Map<Rule, DeployedRule> compiled = new IdentityHashMap<>();
        private final Map<CanonicalPattern, PatternCheck> checks = new HashMap<>();

        List<DeployedRule> all(List<Rule> rules) {
            return rules.stream().map(r -> compiled.computeIfAbsent(r, this::compile)).toList();
        }

        private DeployedRule compile(Rule rule) {
            CompiledPattern matcher = rule.compile(Feed.TRAIL);
            CanonicalPattern canonical = CanonicalPattern.of(matcher.pattern());
            return new DeployedRule(rule, matcher, checks.computeIfAbsent(canonical, c -> new PatternCheck(c, matcher)));
        }
    }
}
