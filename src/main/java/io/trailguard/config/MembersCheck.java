package io.trailguard.config;

import java.util.List;

/**
 * {@code trailguard:members} and what every account ends up monitoring: an account that deploys no detection rule
 * at all gets a trail and a log group nobody watches, so that must be said on purpose ({@code acknowledgeNoRules}).
 */
final class MembersCheck extends SectionCheck {

    MembersCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        MemberDefaults d = c.members();
        KeyPath p = KeyPath.of("members");
        retention(p.key("logRetentionDays"), d.monitoring().logRetentionDays());
        duplicates(p.key("ruleSets"), d.monitoring().ruleSets());
        if (d.eventsPerDay() < 0) {
            error(p.key("eventsPerDay"), "must not be negative", null);
        }
        for (int i = 0; i < c.accounts().size(); i++) {
            Account a = c.accounts().get(i);
            MemberSettings s = a.monitoring();
            if (!s.ruleSets().isEmpty() || !s.enabledRules().isEmpty() || !a.guardedResources().isEmpty() || !c.scope().includesMember(a.id())) {
                continue;
            }
            KeyPath at = KeyPath.of("accounts").index(i).key("ruleSets");
            String what = "account " + a.id() + " (" + a.name() + ") deploys no detection rule: its trail and log group have no filter or alarm";
            if (s.acknowledgeNoRules()) {
                warning(at, what, "acknowledged by acknowledgeNoRules");
            } else {
                error(at, what, "list rule sets (cis, seed, insider) or enabledRules, or set acknowledgeNoRules: true on the account (or under "
                        + p + ") to say it is intended");
            }
        }
    }
}
