package io.trailguard.guardrails;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Statement;
import java.util.List;

/**
 * Denies everything to member accounts' root users: their credentials are a shared secret nobody should
 * hold day to day, and root actions cannot be attributed to a person. The one exception is the root-only recovery
 * of a bucket policy that locks everyone out.
 */
final class DenyRootUserPolicy {

    /**
     * Only the root user can recover a bucket whose policy locks everyone out, and an SCP would block even that; the
     * exemption is AWS's own example SCP, verbatim:
     * https://github.com/aws-samples/service-control-policy-examples/blob/main/Privileged-access-controls/Deny-the-root-user-from-performing-actions-except-S3-bucketpolicy-changes.json
     * (root-only task: https://docs.aws.amazon.com/accounts/latest/reference/root-user-tasks.html).
     */
    static final List<String> ROOT_RECOVERY = List.of("s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy");

    private DenyRootUserPolicy() {}

    static PolicyDocument document(GuardrailsArgs c) {
        return PolicyDocument.of(Statement.deny("DenyRootUser")
                .notActions(ROOT_RECOVERY)
                .resources("*")
                .condition("ArnLike", Principals.PRINCIPAL_ARN, Principals.ROOT_USER)
                .build());
    }
}
