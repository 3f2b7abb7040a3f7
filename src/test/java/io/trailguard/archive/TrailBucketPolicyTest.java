package io.trailguard.archive;

import io.trailguard.stack.ComponentArgs;
import static io.trailguard.testing.PolicyAssert.assertEffect;
import static io.trailguard.testing.PolicyAssert.condition;
import static io.trailguard.testing.PolicyAssert.statement;
import static io.trailguard.testing.PolicyAssert.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.config.StackConfig;
import io.trailguard.testing.PolicyAssert;
import io.trailguard.testing.Stacks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailBucketPolicyTest {

    private final StackConfig prod = Stacks.load("prod");
    private final JsonNode policy = Stacks.json(TrailBucketPolicy.of(ComponentArgs.logArchive(prod)).toJson());
    private final String bucket = "arn:aws:s3:::trailguard-trail-100000000002-eu-west-1";
    private final String trailArn = "arn:aws:cloudtrail:eu-west-1:100000000001:trail/trailguard-organization";

    @Test
    void deniesEveryRequestWithoutTls() {
        JsonNode s = statement(policy, "DenyInsecureTransport");
        assertEffect(s, "Deny");
        assertTrue(PolicyAssert.wildcardPrincipal(s));
        assertEquals(List.of("s3:*"), values(s.get("Action")));
        assertEquals(List.of(bucket, bucket + "/*"), values(s.get("Resource")));
        assertEquals(List.of("false"), condition(s, "Bool", "aws:SecureTransport"));
    }

    @Test
    void cloudTrailChecksTheAclOnlyForTheOrganizationTrail() {
        JsonNode s = statement(policy, "CloudTrailAclCheck");
        assertEffect(s, "Allow");
        assertEquals(List.of("cloudtrail.amazonaws.com"), values(s.path("Principal").path("Service")));
        assertEquals(List.of("s3:GetBucketAcl"), values(s.get("Action")));
        assertEquals(List.of(bucket), values(s.get("Resource")));
        assertEquals(List.of(trailArn), condition(s, "StringEquals", "aws:SourceArn"));
    }

    @Test
    void cloudTrailWritesOnlyUnderTheOrganizationManagementAndAccountTrailPrefixes() {
        List<String> writable = new ArrayList<>();
        for (JsonNode s : policy.get("Statement")) {
            if (s.path("Effect").asText().equals("Allow") && values(s.get("Action")).contains("s3:PutObject")) {
                assertEquals(List.of("cloudtrail.amazonaws.com"), values(s.path("Principal").path("Service")));
                assertEquals(List.of("bucket-owner-full-control"), condition(s, "StringEquals", "s3:x-amz-acl"));
                if (s.path("Sid").asText().equals("AccountTrailsWrite")) {
                    assertEquals(List.of("o-p7q8r9s0t1"), condition(s, "StringEquals", "aws:SourceOrgID"),
                            "account trails write only for the organization");
                    assertEquals(List.of("arn:aws:cloudtrail:*:*:trail/trailguard-account-trail"), condition(s, "ArnLike", "aws:SourceArn"));
                } else {
                    assertEquals(List.of(trailArn), condition(s, "StringEquals", "aws:SourceArn"),
                            "the SourceArn is the trail ARN owned by the management account");
                }
                writable.addAll(values(s.get("Resource")));
            }
        }
        assertEquals(List.of(bucket + "/AWSLogs/100000000001/*", bucket + "/AWSLogs/o-p7q8r9s0t1/*",
                bucket + "/account-trails/AWSLogs/*"), writable);
    }

    @Test
    void onlyTheDeployRoleMayDeleteEvidenceOrWeakenTheBucket() {
        JsonNode s = statement(policy, "DenyEvidenceTampering");
        assertEffect(s, "Deny");
        assertTrue(PolicyAssert.wildcardPrincipal(s));
        List<String> actions = values(s.get("Action"));
        for (String a : List.of("s3:DeleteObject", "s3:DeleteBucket", "s3:PutBucketPolicy",
                "s3:DeleteBucketPolicy", "s3:PutBucketObjectLockConfiguration", "s3:PutLifecycleConfiguration",
                "s3:PutBucketVersioning", "s3:PutBucketLogging", "s3:PutEncryptionConfiguration",
                "s3:PutBucketPublicAccessBlock", "s3:PutBucketRequestPayment")) {
            assertTrue(actions.contains(a), a + " must be denied");
        }
        assertEquals(List.of(bucket, bucket + "/*"), values(s.get("Resource")));
        assertEquals(List.of("arn:aws:iam::100000000002:role/TrailguardDeployRole"), condition(s, "ArnNotLike", "aws:PrincipalArn"));
    }

    /** Found 5 (issue 12): a Requester Pays bucket cannot receive CloudTrail logs (CloudTrail bucket-policy page). */
    @Test
    void requesterPaysCannotBeSwitchedOnByAnyoneButTheDeployRole() {
        assertTrue(values(statement(policy, "DenyEvidenceTampering").get("Action")).contains("s3:PutBucketRequestPayment"));
    }

    /** Found 5 (issue 12): deployment needs no object-level destruction, so not even the deploy role is exempt. */
    @Test
    void nobodyMayDestroyObjectVersionsOrTheirRetention() {
        for (JsonNode s : policy.get("Statement")) {
            if (s.path("Effect").asText().equals("Allow")) {
                continue;
            }
            List<String> actions = values(s.get("Action"));
            for (String a : List.of("s3:DeleteObjectVersion", "s3:BypassGovernanceRetention", "s3:PutObjectRetention")) {
                if (actions.contains(a)) {
                    assertTrue(s.path("Condition").isMissingNode(), a + " is denied without exemption: " + s);
                }
            }
        }
        JsonNode destruction = statement(policy, "DenyEvidenceDestruction");
        assertTrue(PolicyAssert.wildcardPrincipal(destruction));
        assertEquals(List.of("s3:DeleteObjectVersion", "s3:BypassGovernanceRetention", "s3:PutObjectRetention"), values(destruction.get("Action")));
        assertEquals(List.of(bucket + "/*"), values(destruction.get("Resource")));
    }

    /** Found 5 (issue 12): legal holds are for incident responders (the break-glass roles of the archive account) only. */
    @Test
    void onlyIncidentRespondersMayPlaceLegalHolds() {
        JsonNode s = statement(policy, "DenyLegalHoldExceptIncidentResponders");
        assertEquals(List.of("s3:PutObjectLegalHold"), values(s.get("Action")));
        assertEquals(List.of("arn:aws:iam::100000000002:role/BreakGlassAdmin", "arn:aws:iam::100000000002:role/IncidentResponder"),
                condition(s, "ArnNotLike", "aws:PrincipalArn"));
        assertTrue(!values(statement(policy, "DenyEvidenceTampering").get("Action")).contains("s3:PutObjectLegalHold"),
                "the deploy role is not exempt from the legal-hold rule");
    }

    /** Found 4 (issue 12): readers had kms:Decrypt but nothing in the bucket policy, so cross-account reads failed. */
    @Test
    void readerRolesMayReadTheLogFilesCrossAccount() {
        JsonNode s = statement(policy, "ReadersReadLogFiles");
        assertEffect(s, "Allow");
        assertEquals(List.of("s3:GetObject", "s3:ListBucket"), values(s.get("Action")));
        assertEquals(List.of(bucket, bucket + "/*"), values(s.get("Resource")));
        assertEquals(List.of("arn:aws:iam::100000000003:root"), values(s.path("Principal").path("AWS")));
        assertEquals(List.of("arn:aws:iam::100000000003:role/SecurityInvestigator", "arn:aws:iam::100000000003:role/SiemIngestion"),
                condition(s, "ArnEquals", "aws:PrincipalArn"));
    }

    @Test
    void nothingIsAllowedToAnyoneWithoutACondition() {
        PolicyAssert.noUnconditionedWildcardAllow(policy);
        for (JsonNode s : policy.get("Statement")) {
            if (s.path("Effect").asText().equals("Allow")) {
                assertTrue(s.path("Condition").size() > 0, "every Allow is conditioned: " + s);
            }
        }
    }
}
