package io.trailguard.archive;

import io.trailguard.stack.ComponentArgs;
import static io.trailguard.testing.Plans.input;
import static io.trailguard.testing.Plans.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import org.junit.jupiter.api.Test;

/** The archive as the program registers it for the prod stack. */
class LogArchiveComponentTest {

    private final Plan plan = Plans.of("prod");
    private final String archiveAccount = "100000000002";

    private PlannedResource res(String type, String suffix) {
        return one(plan, type, suffix);
    }

    @Test
    void everyArchiveResourceLandsInTheLogArchiveAccountThroughItsProvider() {
        plan.cloudResources().stream().filter(r -> r.urn().contains("trailguard:archive:LogArchive$")).forEach(r -> {
            assertEquals(archiveAccount, r.account(), r.urn());
            assertEquals("aws-100000000002-eu-west-1", r.provider(), r.urn());
        });
    }

    @Test
    void trailBucketIsObjectLockedVersionedAndProtected() {
        PlannedResource bucket = res("aws:s3/bucketV2:BucketV2", "-trail-bucket");
        assertEquals("trailguard-trail-100000000002-eu-west-1", bucket.inputs().get("bucket"));
        assertEquals(true, bucket.inputs().get("objectLockEnabled"));
        assertTrue(bucket.protect(), "the evidence bucket is protected against `pulumi destroy`");
        JsonNode lock = input(res("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2", "-trail-bucket-object-lock"), "rule");
        assertEquals("COMPLIANCE", lock.path("defaultRetention").path("mode").asText());
        assertEquals(400, lock.path("defaultRetention").path("days").asInt());
        JsonNode versioning = input(res("aws:s3/bucketVersioningV2:BucketVersioningV2", "-trail-bucket-versioning"), "versioningConfiguration");
        assertEquals("Enabled", versioning.path("status").asText());
    }

    @Test
    void bothBucketsBlockAllPublicAccessAndEnforceBucketOwnership() {
        for (String b : new String[] {"-trail-bucket", "-access-log-bucket"}) {
            PlannedResource pab = res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", b + "-public-access-block");
            for (String flag : new String[] {"blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"}) {
                assertEquals(true, pab.inputs().get(flag), b + " " + flag);
            }
            JsonNode rule = input(res("aws:s3/bucketOwnershipControls:BucketOwnershipControls", b + "-ownership"), "rule");
            assertEquals("BucketOwnerEnforced", rule.path("objectOwnership").asText());
        }
    }

    @Test
    void trailBucketIsEncryptedWithTheTrailKeyAndABucketKey() {
        JsonNode rule = input(res("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "-trail-bucket-encryption"), "rules").get(0);
        assertEquals("aws:kms", rule.path("applyServerSideEncryptionByDefault").path("sseAlgorithm").asText());
        assertTrue(rule.path("applyServerSideEncryptionByDefault").path("kmsMasterKeyId").asText().startsWith("arn:aws:kms:eu-west-1:100000000002:key/"));
        assertTrue(rule.path("bucketKeyEnabled").asBoolean());
    }

    @Test
    void lifecycleTransitionsBeforeItExpiresAndNeverBeforeTheLockEnds() {
        JsonNode rule = input(res("aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2", "-trail-bucket-lifecycle"), "rules").get(0);
        int transition = rule.path("transitions").get(0).path("days").asInt();
        int expire = rule.path("expiration").path("days").asInt();
        assertEquals("GLACIER_IR", rule.path("transitions").get(0).path("storageClass").asText());
        assertTrue(transition < expire);
        assertTrue(expire >= 400, "expiry is not before the Object Lock retention");
    }

    @Test
    void accessLogsGoToASeparateUnlockedBucket() {
        PlannedResource logging = res("aws:s3/bucketLoggingV2:BucketLoggingV2", "-trail-bucket-logging");
        assertEquals("trailguard-access-logs-100000000002-eu-west-1", logging.inputs().get("targetBucket"));
        PlannedResource accessBucket = res("aws:s3/bucketV2:BucketV2", "-access-log-bucket");
        assertFalse(Boolean.TRUE.equals(accessBucket.inputs().get("objectLockEnabled")), "a locked bucket cannot receive access logs");
        assertTrue(plan.ofType("aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2").stream()
                .noneMatch(r -> r.name().contains("access-log")));
        JsonNode sse = input(res("aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
                "-access-log-bucket-encryption"), "rules").get(0);
        assertEquals("AES256", sse.path("applyServerSideEncryptionByDefault").path("sseAlgorithm").asText(),
                "server access logging delivers only to SSE-S3 buckets");
    }

    @Test
    void registeredPoliciesAreExactlyTheDocumentsBuiltAsData() {
        var config = Stacks.load("prod");
        assertEquals(Stacks.json(TrailBucketPolicy.of(ComponentArgs.logArchive(config)).toJson()),
                input(res("aws:s3/bucketPolicy:BucketPolicy", "-trail-bucket-policy"), "policy"));
        assertEquals(Stacks.json(AccessLogBucketPolicy.of(ComponentArgs.logArchive(config)).toJson()),
                input(res("aws:s3/bucketPolicy:BucketPolicy", "-access-log-bucket-policy"), "policy"));
        PlannedResource key = res("aws:kms/key:Key", "-trail-key");
        assertEquals(Stacks.json(TrailKeyPolicy.of(ComponentArgs.logArchive(config)).toJson()), input(key, "policy"));
        assertEquals(true, key.inputs().get("enableKeyRotation"));
        assertTrue(key.protect());
    }

    @Test
    void accessLogDeliveryIsLimitedToTheTrailBucketsLogs() {
        JsonNode policy = input(res("aws:s3/bucketPolicy:BucketPolicy", "-access-log-bucket-policy"), "policy");
        JsonNode s = io.trailguard.testing.PolicyAssert.statement(policy, "S3ServerAccessLogDelivery");
        assertEquals("logging.s3.amazonaws.com", s.path("Principal").path("Service").asText());
        assertEquals("arn:aws:s3:::trailguard-trail-100000000002-eu-west-1", s.path("Condition").path("ArnLike").path("aws:SourceArn").asText());
        assertEquals(archiveAccount, s.path("Condition").path("StringEquals").path("aws:SourceAccount").asText());
    }
}
