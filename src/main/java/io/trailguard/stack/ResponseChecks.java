package io.trailguard.stack;

import io.trailguard.config.Account;
import io.trailguard.config.ConfigError;
import io.trailguard.config.DidYouMean;
import io.trailguard.config.KeyPath;
import io.trailguard.config.ResponseSettings;
import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.config.ResponseSettings.Choice;
import io.trailguard.config.ResponseSettings.Mode;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.naming.Names;
import io.trailguard.response.ActionFit;
import io.trailguard.response.RulePatterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code trailguard:response}: every rule id deployed and answerable, every action fitting its rule and account. */
final class ResponseChecks {

    /** EventBridge rule names are at most 64 characters (EventBridge API reference, PutRule: Name). */
    static final int MAX_RULE_NAME = 64;

    private ResponseChecks() {}

    static List<ConfigError> check(StackConfig c) {
        List<ConfigError> errors = new ArrayList<>();
        ResponseSettings s = c.response();
        Map<String, Rule> deployed = deployedRules(c);
        KeyPath rules = KeyPath.of("response").key("rules");
        s.rules().forEach((id, choice) -> {
            KeyPath at = rules.key(id);
            Optional<Rule> rule = known(id, at, deployed, errors);
            rule.ifPresent(r -> choice(r, choice.action(), choice.mode(), at, errors));
        });
        KeyPath accounts = KeyPath.of("response").key("accounts");
        Set<String> ids = new LinkedHashSet<>();
        c.accounts().forEach(a -> ids.add(a.id()));
        s.accounts().forEach((accountId, overrides) -> {
            KeyPath at = accounts.key(accountId);
            if (!ids.contains(accountId)) {
                String near = DidYouMean.nearest(accountId, ids);
                errors.add(new ConfigError(at.toString(), "account `" + accountId + "` is not in " + KeyPath.of("accounts"),
                        near != null ? "did you mean `" + near + "`?" : "one of " + String.join(", ", ids)));
                return;
            }
            overrides.forEach((id, o) -> {
                KeyPath ruleAt = at.key(id);
                known(id, ruleAt, deployed, errors).ifPresent(r -> {
                    Choice effective = s.forAccount(accountId, id).orElseThrow();
                    choice(r, effective.action(), effective.mode(), ruleAt, errors);
                });
            });
        });
        if (errors.isEmpty()) {
            errors.addAll(perAccount(c));
        }
        return errors;
    }

    /** Enforced restart-logging needs the account trail, which only the trail feed creates. */
    private static List<ConfigError> perAccount(StackConfig c) {
        List<ConfigError> errors = new ArrayList<>();
        for (Account a : c.accounts()) {
            for (Rule r : RuleSelection.forAccount(c, a)) {
                c.response().forAccount(a.id(), r.id()).ifPresent(choice -> {
                    if (choice.mode() == Mode.ENFORCE && choice.action() == Action.RESTART_LOGGING && a.monitoring().feed() != Feed.TRAIL) {
                        boolean own = c.response().accounts().getOrDefault(a.id(), Map.of()).containsKey(r.id());
                        KeyPath at = own ? KeyPath.of("response").key("accounts").key(a.id()).key(r.id()).key("mode")
                                : KeyPath.of("response").key("rules").key(r.id()).key("mode");
                        errors.add(new ConfigError(at.toString(), "enforced restart-logging needs trailguard's account trail, and account "
                                + a.id() + " (" + a.name() + ") uses the " + a.monitoring().feed().name().toLowerCase() + " feed",
                                "set mode: notify for it under " + KeyPath.of("response").key("accounts").key(a.id()).key(r.id())
                                        + " (the organization trail is guarded by the ProtectAuditTrail SCP and the backstop)"));
                    }
                });
            }
        }
        return errors;
    }

    private static Optional<Rule> known(String id, KeyPath at, Map<String, Rule> deployed, List<ConfigError> errors) {
        Rule r = deployed.get(id);
        if (r != null) {
            if (Names.responseRuleName(id).length() > MAX_RULE_NAME) {
                errors.add(new ConfigError(at.toString(), "the response rule's name `" + Names.responseRuleName(id) + "` is longer than "
                        + MAX_RULE_NAME + " characters", "EventBridge rule names are at most 64 characters; respond to a rule with a shorter id"));
                return Optional.empty();
            }
            return Optional.of(r);
        }
        if (Catalogue.byId(id).isPresent()) {
            boolean backstop = Catalogue.backstop().stream().anyMatch(b -> b.id().equals(id));
            errors.add(new ConfigError(at.toString(), "rule `" + id + "` is deployed to no member account",
                    backstop ? "backstop rules run on the central log group only; respond to the member rule they back"
                            : "add it to an account's rule sets or enabledRules"));
            return Optional.empty();
        }
        Set<String> candidates = new TreeSet<>(deployed.keySet());
        String near = DidYouMean.nearest(id, candidates);
        errors.add(new ConfigError(at.toString(), "unknown rule id `" + id + "`",
                near != null ? "did you mean `" + near + "`?" : "a rule id of `trailguard rules`"));
        return Optional.empty();
    }

    private static void choice(Rule rule, Action action, Mode mode, KeyPath at, List<ConfigError> errors) {
        if (mode == Mode.ENFORCE && action == null) {
            errors.add(new ConfigError(at.key("mode").toString(), "enforce needs an action",
                    "add action: one of " + String.join(", ", Action.ids()) + ", or use mode: notify"));
            return;
        }
        if (action != null) {
            ActionFit.problem(rule, action).ifPresent(p -> errors.add(new ConfigError(at.key("action").toString(),
                    "`" + action.id() + "` does not fit: " + p, hint(rule))));
            return;
        }
        RulePatterns.Derivation d = RulePatterns.derive(rule.pattern().body());
        if (!d.derived()) {
            errors.add(new ConfigError(at.toString(), "rule `" + rule.id() + "` has " + d.notDerivable()
                    + ", which an EventBridge pattern cannot express", "its metric alarm already notifies; remove the entry"));
        }
    }

    private static String hint(Rule rule) {
        List<String> fits = new ArrayList<>();
        for (Action a : Action.values()) {
            if (ActionFit.problem(rule, a).isEmpty()) {
                fits.add(a.id());
            }
        }
        return fits.isEmpty() ? "no action fits this rule; mode notify only, without action" : "actions that fit: " + String.join(", ", fits);
    }

    /** Every rule some account deploys, by id (the first account's rendering). */
    private static Map<String, Rule> deployedRules(StackConfig c) {
        Map<String, Rule> out = new LinkedHashMap<>();
        for (Account a : c.accounts()) {
            RuleSelection.forAccount(c, a).forEach(r -> out.putIfAbsent(r.id(), r));
        }
        return out;
    }
}
