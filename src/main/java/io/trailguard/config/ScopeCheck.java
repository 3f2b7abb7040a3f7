package io.trailguard.config;

import java.util.List;

/** {@code trailguard:scope}: the accounts it names are in config. */
final class ScopeCheck extends SectionCheck {

    ScopeCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        if (c.scope() instanceof Scope.Accounts accounts) {
            for (String id : accounts.ids()) {
                if (c.account(id).isEmpty()) {
                    error(KeyPath.of("scope"), "account " + id + " is not in " + KeyPath.of("accounts"),
                            "accounts:<id>[,<id>...] with ids from " + KeyPath.of("accounts"));
                }
            }
        }
    }
}
