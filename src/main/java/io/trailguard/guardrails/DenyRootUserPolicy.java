package io.trailguard.guardrails;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;

/**
 * Denies everything to member accounts' root users: their credentials are a shared secret nobody should
 * hold day to day, and root actions cannot be attributed to a person.
 */
final class DenyRootUserPolicy {

    private DenyRootUserPolicy() {}

    static PolicyDocument document(GuardrailsArgs c) {
        return PolicyDocument.of(Statement.deny("DenyRootUser")
                .actions("*")
                .resources("*")
                .condition("ArnLike", Principals.PRINCIPAL_ARN, Principals.ROOT_USER)
                .build());
    }
}
