package io.trailguard.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.StackConfig;
import io.trailguard.naming.Names;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The archive admits exactly what the account trails send: their bucket, prefix and key as planned, scoped to the
 * organization rather than to a list of accounts.
 */
class AccountTrailArchiveAccessTest {

    private final Plan prod = StackPlans.plan("prod");
    private final StackConfig c = prod.config();

    @Test
    void bucketPolicyLetsAccountTrailsWriteUnderTheirPrefixOnlyFromTheOrganization() {
        PlannedResource trail = anAccountTrail();
        String bucketArn = "arn:aws:s3:::" + trail.inputs().get("s3BucketName");
        PlannedResource policy = prod.ofType("aws:s3/bucketPolicy:BucketPolicy").stream()
                .filter(p -> p.name().endsWith("-trail-bucket-policy")).findFirst().orElseThrow();
        List<PolicyStatements> st = PolicyStatements.of(policy.inputs().get("policy"));
        PolicyStatements write = st.stream().filter(s -> s.sid().equals("AccountTrailsWrite")).findFirst().orElseThrow();
        assertEquals(List.of(bucketArn + "/" + trail.inputs().get("s3KeyPrefix") + "/AWSLogs/*"),
                PolicyStatements.values(write.statement().get("Resource")));
        assertOrganizationScoped(write, "StringEquals");
        assertEquals(List.of("bucket-owner-full-control"), write.condition("StringEquals", "s3:x-amz-acl"));
        PolicyStatements acl = st.stream().filter(s -> s.sid().equals("AccountTrailsAclCheck")).findFirst().orElseThrow();
        assertEquals(List.of(bucketArn), PolicyStatements.values(acl.statement().get("Resource")));
        assertOrganizationScoped(acl, "StringEqualsIfExists");
    }

    /**
     * Found 2 (issue 12): CloudTrail is reported not to send {@code aws:SourceOrgID} on {@code s3:GetBucketAcl}
     * (CreateTrail fails with InsufficientS3BucketPolicy, ministryofjustice/modernisation-platform#11456), and nothing
     * documents that it reaches KMS: neither the ACL check nor any key statement may require it.
     */
    @Test
    void onlyTheWriteRequiresTheSourceOrgId() {
        PlannedResource bucketPolicy = prod.ofType("aws:s3/bucketPolicy:BucketPolicy").stream()
                .filter(p -> p.name().endsWith("-trail-bucket-policy")).findFirst().orElseThrow();
        PlannedResource key = prod.ofType("aws:kms/key:Key").stream()
                .filter(k -> k.name().endsWith("-trail-key")).findFirst().orElseThrow();
        List<PolicyStatements> all = new java.util.ArrayList<>(PolicyStatements.of(bucketPolicy.inputs().get("policy")));
        all.addAll(PolicyStatements.of(key.inputs().get("policy")));
        for (PolicyStatements s : all) {
            boolean required = !s.condition("StringEquals", "aws:SourceOrgID").isEmpty();
            assertEquals(s.sid().equals("AccountTrailsWrite"), required, s.sid() + " requires aws:SourceOrgID: " + required);
        }
    }

    @Test
    void trailKeyLetsAccountTrailsEncryptOnlyForTrailguardTrailsOfTheOrganization() {
        PlannedResource trail = anAccountTrail();
        PlannedResource key = prod.ofType("aws:kms/key:Key").stream()
                .filter(k -> k.name().endsWith("-trail-key")).findFirst().orElseThrow();
        // By its ARN, not its alias: CloudTrail reads back the key ARN (hashicorp/terraform-provider-aws#33928).
        assertTrue(String.valueOf(trail.inputs().get("kmsKeyId")).startsWith("arn:aws:kms:" + key.region() + ":" + key.account() + ":key/"),
                "the account trail names the archive key by its ARN: " + trail.inputs().get("kmsKeyId"));
        List<PolicyStatements> st = PolicyStatements.of(key.inputs().get("policy"));
        PolicyStatements encrypt = st.stream().filter(s -> s.sid().equals("AccountTrailsEncryptLogs")).findFirst().orElseThrow();
        assertEquals(List.of("kms:GenerateDataKey*"), encrypt.actions());
        assertEquals(List.of(c.organization().id()), encrypt.condition("StringEqualsIfExists", "aws:SourceOrgID"));
        assertEquals(List.of("arn:aws:cloudtrail:*:*:trail/" + trail.inputs().get("name")),
                encrypt.condition("StringLike", "kms:EncryptionContext:aws:cloudtrail:arn"));
    }

    private void assertOrganizationScoped(PolicyStatements s, String operator) {
        assertEquals(List.of("cloudtrail.amazonaws.com"), s.services());
        assertEquals(List.of(c.organization().id()), s.condition(operator, "aws:SourceOrgID"));
        assertEquals(List.of("arn:aws:cloudtrail:*:*:trail/" + Names.MEMBER_TRAIL), s.condition("ArnLike", "aws:SourceArn"));
        assertTrue(s.condition("StringEquals", "aws:SourceAccount").isEmpty(), "no account list to rewrite on onboarding");
    }

    private PlannedResource anAccountTrail() {
        return prod.ofType("aws:cloudtrail/trail:Trail").stream()
                .filter(t -> Names.MEMBER_TRAIL.equals(t.inputs().get("name"))).findFirst().orElseThrow();
    }
}
