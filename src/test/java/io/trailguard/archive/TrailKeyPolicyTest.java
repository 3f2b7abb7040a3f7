package io.trailguard.archive;

import io.trailguard.stack.ComponentArgs;
import static io.trailguard.testing.PolicyAssert.assertEffect;
import static io.trailguard.testing.PolicyAssert.condition;
import static io.trailguard.testing.PolicyAssert.statement;
import static io.trailguard.testing.PolicyAssert.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.testing.PolicyAssert;
import io.trailguard.testing.Stacks;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailKeyPolicyTest {

    private final JsonNode policy = Stacks.json(TrailKeyPolicy.of(ComponentArgs.logArchive(Stacks.load("prod"))).toJson());
    private final String trailArn = "arn:aws:cloudtrail:eu-west-1:100000000001:trail/trailguard-organization";

    @Test
    void cloudTrailEncryptsOnlyForTheOrganizationTrailOfTheManagementAccount() {
        JsonNode s = statement(policy, "CloudTrailEncryptLogs");
        assertEffect(s, "Allow");
        assertEquals(List.of("cloudtrail.amazonaws.com"), values(s.path("Principal").path("Service")));
        assertEquals(List.of("kms:GenerateDataKey*"), values(s.get("Action")));
        assertEquals(List.of("arn:aws:cloudtrail:*:100000000001:trail/*"),
                condition(s, "StringLike", "kms:EncryptionContext:aws:cloudtrail:arn"));
        assertEquals(List.of(trailArn), condition(s, "StringEquals", "aws:SourceArn"));
    }

    /**
     * Found 1 (issue 12): the trail bucket keeps its S3 Bucket Key, and "If you are using an existing S3 bucket with an
     * S3 Bucket Key, kms:Decrypt permissions are required to create or update a trail with SSE-KMS encryption enabled"
     * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html).
     */
    @Test
    void cloudTrailMayDecryptForTheBucketKeyOnlyForTrailguardTrails() {
        JsonNode org = statement(policy, "CloudTrailDecryptBucketKey");
        assertEffect(org, "Allow");
        assertEquals(List.of("cloudtrail.amazonaws.com"), values(org.path("Principal").path("Service")));
        assertEquals(List.of("kms:Decrypt"), values(org.get("Action")));
        assertEquals(List.of(trailArn), condition(org, "StringEquals", "aws:SourceArn"));
        JsonNode accounts = statement(policy, "AccountTrailsDecryptBucketKey");
        assertEquals(List.of("kms:Decrypt"), values(accounts.get("Action")));
        assertEquals(List.of("arn:aws:cloudtrail:*:*:trail/trailguard-account-trail"), condition(accounts, "ArnLike", "aws:SourceArn"));
    }

    @Test
    void cloudTrailMayDescribeTheKey() {
        JsonNode s = statement(policy, "CloudTrailDescribeKey");
        assertEquals(List.of("kms:DescribeKey"), values(s.get("Action")));
        assertEquals(List.of(trailArn), condition(s, "StringEquals", "aws:SourceArn"));
    }

    @Test
    void onlyNamedReadersDecryptAndOnlyCloudTrailLogFiles() {
        JsonNode s = statement(policy, "ReadersDecryptLogFiles");
        assertEquals(List.of("kms:Decrypt"), values(s.get("Action")));
        assertEquals(List.of("arn:aws:iam::100000000003:role/SecurityInvestigator", "arn:aws:iam::100000000003:role/SiemIngestion"),
                condition(s, "ArnEquals", "aws:PrincipalArn"));
        assertEquals(List.of("false"), condition(s, "Null", "kms:EncryptionContext:aws:cloudtrail:arn"));
        assertEquals(List.of("arn:aws:iam::100000000003:root"), values(s.path("Principal").path("AWS")));
    }

    @Test
    void cloudWatchLogsUsesTheKeyOnlyForTheCentralLogGroup() {
        JsonNode s = statement(policy, "CloudWatchLogsCentralLogGroup");
        assertEquals(List.of("logs.eu-west-1.amazonaws.com"), values(s.path("Principal").path("Service")));
        assertEquals(List.of("arn:aws:logs:eu-west-1:100000000002:log-group:/trailguard/organization-trail"),
                condition(s, "ArnLike", "kms:EncryptionContext:aws:logs:arn"));
    }

    @Test
    void administrationIsLimitedToTheDeployAndBreakGlassRolesOfTheArchiveAccount() {
        JsonNode s = statement(policy, "KeyAdministration");
        assertTrue(values(s.get("Action")).contains("kms:ScheduleKeyDeletion"));
        assertFalse(values(s.get("Action")).contains("kms:*"), "no blanket kms:* to the account");
        assertEquals(List.of("arn:aws:iam::100000000002:role/TrailguardDeployRole",
                        "arn:aws:iam::100000000002:role/BreakGlassAdmin", "arn:aws:iam::100000000002:role/IncidentResponder"),
                condition(s, "ArnLike", "aws:PrincipalArn"));
        for (JsonNode st : policy.get("Statement")) {
            if (values(st.get("Action")).stream().anyMatch(a -> a.equals("kms:ScheduleKeyDeletion") || a.equals("kms:Put*"))) {
                assertEquals("KeyAdministration", st.path("Sid").asText(), "only administration may delete or re-policy the key");
            }
        }
    }

    @Test
    void noWildcardPrincipalAndEveryAllowIsConditioned() {
        PolicyAssert.noUnconditionedWildcardAllow(policy);
        for (JsonNode s : policy.get("Statement")) {
            assertFalse(PolicyAssert.wildcardPrincipal(s), s.toString());
            assertTrue(s.path("Condition").size() > 0, "every statement is conditioned: " + s);
        }
    }
}
