package io.trailguard.stack;

import io.trailguard.config.Account;
import io.trailguard.config.ConfigError;
import io.trailguard.config.DidYouMean;
import io.trailguard.config.KeyPath;
import io.trailguard.config.MemberSettings;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.RuleProblem;
import io.trailguard.detect.RuleValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The detection engine's checks of a config, at the key paths a user edits. */
final class DetectionChecks {

    private DetectionChecks() {}

    static List<ConfigError> check(StackConfig config) {
        List<ConfigError> errors = new ArrayList<>(ruleChoice(KeyPath.of("members"), config.members().monitoring()));
        // Accounts inherit the defaults: report a bad default once, at trailguard:members, not again per account.
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.message()));
        for (int i = 0; i < config.accounts().size(); i++) {
            Account a = config.accounts().get(i);
            KeyPath p = KeyPath.of("accounts").index(i);
            List<ConfigError> own = new ArrayList<>();
            ruleChoice(p, a.monitoring()).stream().filter(e -> !reported.contains(e.message())).forEach(own::add);
            for (int j = 0; j < a.guardedResources().size(); j++) {
                own.addAll(at(p.key("guardedResources").index(j),
                        RuleValidation.guardedResource(a.guardedResources().get(j), a.monitoring().feed())));
            }
            if (own.isEmpty() && errors.isEmpty()) {
                own.addAll(at(p, RuleValidation.logGroup(RuleSelection.forAccount(config, a), a.monitoring().feed())));
            }
            errors.addAll(own);
        }
        return errors;
    }

    private static List<ConfigError> ruleChoice(KeyPath path, MemberSettings m) {
        return at(path, RuleValidation.ruleChoice(m.ruleSets(), m.enabledRules(), m.disabledRules()));
    }

    /** The engine's problems as config errors at {@code path}, the key path of the entry the engine checked. */
    static List<ConfigError> at(KeyPath path, List<RuleProblem> problems) {
        return problems.stream().map(p -> error(path, p)).toList();
    }

    private static ConfigError error(KeyPath path, RuleProblem problem) {
        if (problem instanceof RuleProblem.Unknown u) {
            String near = DidYouMean.nearest(u.value(), u.known());
            return new ConfigError(path.append(u.at()).toString(), "unknown " + u.what() + " `" + u.value() + "`",
                    near != null ? "did you mean `" + near + "`?" : "one of " + String.join(", ", new TreeSet<>(u.known())));
        }
        RuleProblem.Invalid i = (RuleProblem.Invalid) problem;
        return new ConfigError(path.append(i.at()).toString(), i.message(), i.hint());
    }
}
