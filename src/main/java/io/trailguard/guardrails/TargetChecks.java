package io.trailguard.guardrails;

import io.trailguard.config.ConfigError;
import io.trailguard.config.GuardrailSettings;
import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.guardrails.GuardrailPlan.TargetCount;
import java.util.ArrayList;
import java.util.List;

/**
 * What the core validator cannot know about guardrail targets: which accounts an SCP can restrict, and
 * how many SCPs a target ends up with. Target syntax is checked by the core validator.
 */
final class TargetChecks {

    private TargetChecks() {}

    static List<ConfigError> errors(GuardrailsArgs c) {
        List<ConfigError> errors = new ArrayList<>();
        GuardrailSettings s = c.guardrails();
        for (int i = 0; i < s.targets().size(); i++) {
            target("trailguard:guardrails.targets[" + i + "]", s.targets().get(i), c, errors);
        }
        for (Guardrail g : Guardrail.values()) {
            List<String> own = s.policy(g).targets();
            for (int i = 0; i < own.size(); i++) {
                target("trailguard:guardrails.policies." + g.key() + ".targets[" + i + "]", own.get(i), c, errors);
            }
        }
        return errors;
    }

    private static void target(String path, String target, GuardrailsArgs c, List<ConfigError> errors) {
        if (!target.matches("\\d{12}")) {
            return;
        }
        if (target.equals(c.organization().managementAccountId())) {
            errors.add(new ConfigError(path, "SCPs never restrict the management account " + target,
                    "remove it; attach guardrails to the root, OUs or member accounts"));
        } else if (!c.accountIds().contains(target)) {
            errors.add(new ConfigError(path, "account " + target + " is not in trailguard:accounts",
                    "add it to trailguard:accounts or fix the id"));
        }
    }

    /** {@code path: SCPs on <target> would be 6, limit 5 (...)}, at the config key that attaches the most there. */
    static ConfigError overflow(TargetCount t, GuardrailsArgs c) {
        int over = t.total() - t.limit();
        return new ConfigError(pathOf(t.target(), c),
                "SCPs on " + t.target() + " would be " + t.total() + ", limit " + t.limit() + " (over by " + over + ": "
                        + t.existing() + " existing incl. FullAWSAccess + " + String.join(", ", t.policies()) + ")",
                "attach fewer guardrails there (trailguard:guardrails.policies.<name>.targets), detach other SCPs and lower "
                        + "existingPoliciesPerTarget." + t.target() + ", or raise limits.maxPoliciesPerTarget if your live quota allows "
                        + "(AWS reported 10 since 2026)");
    }

    private static String pathOf(String target, GuardrailsArgs c) {
        GuardrailSettings s = c.guardrails();
        int i = s.targets().indexOf(target);
        if (i >= 0) {
            return "trailguard:guardrails.targets[" + i + "]";
        }
        for (Guardrail g : Guardrail.values()) {
            int j = s.policy(g).targets().indexOf(target);
            if (s.policy(g).enabled() && j >= 0) {
                return "trailguard:guardrails.policies." + g.key() + ".targets[" + j + "]";
            }
        }
        return "trailguard:guardrails.policies." + Guardrail.PROTECT_LOG_ARCHIVE.key() + ".targets";
    }
}
