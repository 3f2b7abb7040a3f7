package io.trailguard.config;

import io.trailguard.detect.GuardedResource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code trailguard:accounts}: ids, names, OUs, per-account overrides and guarded resources. */
final class AccountsCheck extends SectionCheck {

    AccountsCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        KeyPath accounts = KeyPath.of("accounts");
        if (c.accounts().isEmpty()) {
            error(accounts, "must list at least the management, log-archive and security accounts", null);
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Set<String> guardedArns = new HashSet<>();
        for (int i = 0; i < c.accounts().size(); i++) {
            Account a = c.accounts().get(i);
            KeyPath p = accounts.index(i);
            Integer prev = ids.putIfAbsent(a.id(), i);
            if (prev != null) {
                error(p.key("id"), "account " + a.id() + " is listed twice", "also at " + accounts.index(prev));
            }
            Integer prevName = names.putIfAbsent(a.name(), i);
            if (prevName != null) {
                error(p.key("name"), "name `" + a.name() + "` is used twice", "also at " + accounts.index(prevName) + "; names must be unique");
            }
            if (a.name().isEmpty() || a.name().length() > AwsLimits.ACCOUNT_NAME_MAX || !a.name().matches("[\\x20-\\x7E]+")) {
                error(p.key("name"), "`" + printable(a.name()) + "` is not an AWS account name",
                        "1-" + AwsLimits.ACCOUNT_NAME_MAX + " printable ASCII characters, no control characters (AWS Organizations)");
            }
            if (!AwsNaming.OU_OR_ROOT.matcher(a.ou()).matches()) {
                error(p.key("ou"), "`" + printable(a.ou()) + "` is not an OU or root id", "ou-xxxx-xxxxxxxx or r-xxxx, as `aws organizations list-parents` prints");
            }
            MemberSettings s = a.monitoring();
            if (s.logRetentionDays() != c.members().monitoring().logRetentionDays()) {
                retention(p.key("logRetentionDays"), s.logRetentionDays());
            }
            duplicates(p.key("ruleSets"), s.ruleSets());
            for (String r : s.enabledRules()) {
                if (s.disabledRules().contains(r)) {
                    error(p.key("enabledRules"), "rule `" + r + "` is both enabled and disabled", "remove it from one of the lists");
                }
            }
            for (int j = 0; j < a.guardedResources().size(); j++) {
                new GuardedResourceCheck(c, a, p.key("guardedResources").index(j), a.guardedResources().get(j), guardedArns, this).run();
            }
        }
    }
}
