package io.trailguard.guardrails;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;
import java.util.List;

/**
 * Protects organization-level audit evidence: every organization trail and organization event data store,
 * not only trailguard's. Both always carry the management account id in their ARN, whoever created them,
 * and outside the management account (which SCPs never restrict) only delegated administrators can change
 * them; so scoping on that account id covers trailguard's trail, Control Tower's and any other
 * organization trail, while workload teams keep control of their own account-level trails. trailguard's
 * account-level trails are covered by {@link ProtectMonitoringPolicy}.
 */
final class ProtectAuditTrailPolicy {

    static final List<String> TRAIL_SILENCING = List.of("cloudtrail:StopLogging", "cloudtrail:DeleteTrail");

    static final List<String> TRAIL_RECONFIGURATION = List.of(
            // UpdateTrail can point the trail at another bucket or drop its KMS key and log validation.
            "cloudtrail:UpdateTrail",
            // Event selectors can silently exclude management or data events.
            "cloudtrail:PutEventSelectors",
            "cloudtrail:PutInsightSelectors",
            "cloudtrail:PutEventConfiguration");

    static final List<String> EVENT_DATA_STORE_TAMPERING = List.of(
            "cloudtrail:DeleteEventDataStore",
            "cloudtrail:UpdateEventDataStore",
            "cloudtrail:StopEventDataStoreIngestion",
            "cloudtrail:PutEventConfiguration",
            "cloudtrail:PutInsightSelectors",
            // A resource policy on an event data store can grant another account the right to delete it.
            "cloudtrail:PutResourcePolicy",
            "cloudtrail:DeleteResourcePolicy");

    private ProtectAuditTrailPolicy() {}

    static PolicyDocument document(GuardrailsArgs c) {
        String management = c.organization().managementAccountId();
        String organizationTrails = "arn:aws:cloudtrail:*:" + management + ":trail/*";
        List<String> exempt = Principals.deployRole(c.organization());
        return PolicyDocument.of(
                Statement.deny("DenyOrganizationTrailSilencing")
                        .actions(TRAIL_SILENCING)
                        .resources(organizationTrails)
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build(),
                Statement.deny("DenyOrganizationTrailReconfiguration")
                        .actions(TRAIL_RECONFIGURATION)
                        .resources(organizationTrails)
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build(),
                Statement.deny("DenyOrganizationEventDataStoreTampering")
                        .actions(EVENT_DATA_STORE_TAMPERING)
                        .resources("arn:aws:cloudtrail:*:" + management + ":eventdatastore/*")
                        .condition("ArnNotLike", Principals.PRINCIPAL_ARN, exempt)
                        .build());
    }
}
