package io.trailguard.config;

import io.trailguard.config.GuardrailSettings.Guardrail;
import java.util.List;

/** {@code trailguard:guardrails}: targets and the SCP quotas the plan is checked against. */
final class GuardrailsCheck extends SectionCheck {

    GuardrailsCheck(StackConfig c, List<ConfigError> errors, List<ConfigError> warnings) {
        super(c, errors, warnings);
    }

    @Override
    void run() {
        GuardrailSettings g = c.guardrails();
        KeyPath p = KeyPath.of("guardrails");
        for (int i = 0; i < g.targets().size(); i++) {
            target(p.key("targets").index(i), g.targets().get(i));
        }
        duplicates(p.key("targets"), g.targets());
        for (Guardrail kind : Guardrail.values()) {
            GuardrailSettings.Switch s = g.policy(kind);
            KeyPath sp = p.key("policies").key(kind.key()).key("targets");
            for (int i = 0; i < s.targets().size(); i++) {
                target(sp.index(i), s.targets().get(i));
            }
            if (g.enabled() && s.enabled() && s.targets().isEmpty() && g.targets().isEmpty() && kind != Guardrail.PROTECT_LOG_ARCHIVE) {
                error(p.key("targets"), kind.key() + " is enabled but has no targets",
                        "set " + p.key("targets") + " (e.g. the root id r-xxxx) or policies." + kind.key() + ".targets");
            }
        }
        KeyPath lp = p.key("limits");
        int chars = g.limits().maxPolicyChars();
        if (chars < 1 || chars > AwsLimits.SCP_MAX_CHARS_QUOTA) {
            error(lp.key("maxPolicyChars"), chars + " is outside AWS's SCP size quota",
                    "1-" + AwsLimits.SCP_MAX_CHARS_QUOTA + ": 5120 is documented, 10240 since the 2026 raise; check your live quota");
        }
        int perTarget = g.limits().maxPoliciesPerTarget();
        if (perTarget < 2 || perTarget > AwsLimits.SCP_MAX_PER_TARGET_QUOTA) {
            error(lp.key("maxPoliciesPerTarget"), perTarget + " is outside AWS's quota of SCPs per target",
                    "2-" + AwsLimits.SCP_MAX_PER_TARGET_QUOTA + ": FullAWSAccess takes one place; 5 is documented, 10 since the 2026 raise");
        }
        g.existingPoliciesPerTarget().forEach((t, n) -> {
            KeyPath ep = p.key("existingPoliciesPerTarget").key(t);
            target(ep, t);
            if (n < 0) {
                error(ep, "must not be negative", null);
            }
        });
    }

    private void target(KeyPath path, String t) {
        if (!t.matches("\\d{12}") && !AwsNaming.OU_OR_ROOT.matcher(t).matches()) {
            error(path, "`" + printable(t) + "` is not a policy target", "a root id (r-xxxx), an OU id (ou-xxxx-xxxxxxxx) or a quoted 12-digit account id");
        }
    }
}
