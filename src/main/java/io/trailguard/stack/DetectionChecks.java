package io.trailguard.stack;

import io.trailguard.config.Account;
import io.trailguard.config.ConfigError;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.RuleValidation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The detection engine's checks of a config, at the key paths a user edits. */
final class DetectionChecks {

    private DetectionChecks() {}

    static List<ConfigError> check(StackConfig config) {
        List<ConfigError> errors = new ArrayList<>(RuleValidation.memberSettings("trailguard:members", config.members().monitoring()));
        // Accounts inherit the defaults: report a bad default once, at trailguard:members, not again per account.
        Set<String> reported = new HashSet<>();
        errors.forEach(e -> reported.add(e.message()));
        for (int i = 0; i < config.accounts().size(); i++) {
            Account a = config.accounts().get(i);
            String p = "trailguard:accounts[" + i + "]";
            List<ConfigError> own = new ArrayList<>();
            RuleValidation.memberSettings(p, a.monitoring()).stream().filter(e -> !reported.contains(e.message())).forEach(own::add);
            for (int j = 0; j < a.guardedResources().size(); j++) {
                own.addAll(RuleValidation.guardedResource(p + ".guardedResources[" + j + "]", a.guardedResources().get(j), a.monitoring().feed()));
            }
            if (own.isEmpty() && errors.isEmpty()) {
                own.addAll(RuleValidation.logGroup(p, RuleSelection.forAccount(config, a), a.monitoring().feed()));
            }
            errors.addAll(own);
        }
        return errors;
    }
}
