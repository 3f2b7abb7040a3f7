package io.trailguard.config;

import java.util.List;

/** {@code trailguard:scope}: the accounts it names are in config. */
final class ScopeCheck extends SectionCheck {

    ScopeCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        if (c.scope().kind() == Scope.Kind.ACCOUNTS) {
            for (String id : c.scope().accountIds()) {
                if (c.account(id).isEmpty()) {
                    error(KeyPath.of("scope"), "account " + id + " is not in " + KeyPath.of("accounts"),
                            "accounts:<id>[,<id>...] with ids from " + KeyPath.of("accounts"));
                }
            }
        }
    }
}
