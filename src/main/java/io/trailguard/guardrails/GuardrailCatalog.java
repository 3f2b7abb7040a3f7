package io.trailguard.guardrails;

import io.trailguard.config.GuardrailSettings;
import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.naming.Names;
import java.util.List;

/** Each guardrail's SCP name, its document and where it is attached. */
final class GuardrailCatalog {

    private GuardrailCatalog() {}

    /** The SCP name, e.g. {@code trailguard-region-deny}; numbered when split. */
    static String policyName(Guardrail g) {
        return Names.PREFIX + "-" + slug(g);
    }

    static String slug(Guardrail g) {
        return switch (g) {
            case REGION_DENY -> "region-deny";
            case PROTECT_AUDIT_TRAIL -> "protect-audit-trail";
            case PROTECT_MONITORING -> "protect-monitoring";
            case PROTECT_LOG_ARCHIVE -> "protect-log-archive";
            case DENY_LEAVE_ORGANIZATION -> "deny-leave-organization";
            case DENY_ROOT_USER -> "deny-root-user";
        };
    }

    static PolicyDocument document(Guardrail g, GuardrailsArgs c) {
        return switch (g) {
            case REGION_DENY -> RegionDenyPolicy.document(c);
            case PROTECT_AUDIT_TRAIL -> ProtectAuditTrailPolicy.document(c);
            case PROTECT_MONITORING -> ProtectMonitoringPolicy.document(c);
            case PROTECT_LOG_ARCHIVE -> ProtectLogArchivePolicy.document(c);
            case DENY_LEAVE_ORGANIZATION -> DenyLeaveOrganizationPolicy.document(c);
            case DENY_ROOT_USER -> DenyRootUserPolicy.document(c);
        };
    }

    /** Own targets if configured, else the defaults: the log-archive account for ProtectLogArchive, else {@code guardrails.targets}. */
    static List<String> targets(Guardrail g, GuardrailsArgs c) {
        GuardrailSettings s = c.guardrails();
        List<String> own = s.policy(g).targets();
        if (!own.isEmpty()) {
            return own;
        }
        return g == Guardrail.PROTECT_LOG_ARCHIVE ? List.of(c.logArchive().accountId()) : s.targets();
    }
}
