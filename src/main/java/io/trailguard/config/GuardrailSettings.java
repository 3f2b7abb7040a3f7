package io.trailguard.config;

import java.util.List;
import java.util.Map;

/**
 * Service control policies.
 *
 * @param enabled                   master switch
 * @param targets                   default attachment targets: root ({@code r-...}), OU ids or account ids
 * @param policies                  each guardrail's switch and optional own targets
 * @param limits                    AWS Organizations quotas to check before anything is registered
 * @param existingPoliciesPerTarget SCPs already attached per target besides trailguard's (FullAWSAccess counts; default 1)
 */
public record GuardrailSettings(
        boolean enabled,
        List<String> targets,
        Map<Guardrail, Switch> policies,
        Limits limits,
        Map<String, Integer> existingPoliciesPerTarget) {

    public enum Guardrail {
        REGION_DENY("regionDeny"),
        PROTECT_AUDIT_TRAIL("protectAuditTrail"),
        PROTECT_MONITORING("protectMonitoring"),
        PROTECT_LOG_ARCHIVE("protectLogArchive"),
        DENY_LEAVE_ORGANIZATION("denyLeaveOrganization"),
        DENY_ROOT_USER("denyRootUser");

        private final String key;

        Guardrail(String key) {
            this.key = key;
        }

        /** The config key under {@code guardrails.policies}. */
        public String key() {
            return key;
        }
    }

    /** @param targets empty: the guardrails' default targets (ProtectLogArchive: the log-archive account) */
    public record Switch(boolean enabled, List<String> targets) {}

    public record Limits(int maxPolicyChars, int maxPoliciesPerTarget) {}

    public Switch policy(Guardrail g) {
        return policies.get(g);
    }

    public int existingPolicies(String target) {
        return existingPoliciesPerTarget.getOrDefault(target, 1);
    }
}
