package io.trailguard.guardrails;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;

/** An account that leaves the organization leaves its trail, guardrails and alarms behind; nobody is exempt. */
final class DenyLeaveOrganizationPolicy {

    private DenyLeaveOrganizationPolicy() {}

    static PolicyDocument document(GuardrailsArgs c) {
        return PolicyDocument.of(Statement.deny("DenyLeavingOrganization")
                .actions("organizations:LeaveOrganization")
                .resources("*")
                .build());
    }
}
