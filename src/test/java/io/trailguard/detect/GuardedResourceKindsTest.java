package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.GuardedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every guarded resource kind yields a rule, including S3 buckets whose ARNs carry no account or region. */
class GuardedResourceKindsTest {

    private static String s3Event(String bucket, String eventName, String principal) {
        return """
                {"eventVersion":"1.09","eventSource":"s3.amazonaws.com","eventName":"%s","awsRegion":"eu-west-1",
                 "recipientAccountId":"111122223333","eventCategory":"Data",
                 "userIdentity":{"type":"AssumedRole","arn":"%s","accountId":"111122223333"},
                 "requestParameters":{"bucketName":"%s","key":"statements/2026-11.pdf"},
                 "resources":[{"type":"AWS::S3::Object","ARN":"arn:aws:s3:::%s/statements/2026-11.pdf"},
                              {"accountId":"111122223333","type":"AWS::S3::Bucket","ARN":"arn:aws:s3:::%s"}]}
                """.formatted(eventName, principal, bucket, bucket, bucket);
    }

    @Test
    void s3BucketRuleFiresForOtherPrincipalsAndOtherOperationsOnlyOnThatBucket() {
        GuardedResource bucket = new GuardedResource("arn:aws:s3:::payments-statements-prod",
                Map.of("GetObject", List.of("arn:aws:iam::111122223333:role/StatementsReader")));
        CompiledPattern rule = GuardedResourceRules.rule(bucket).compile(Feed.TRAIL);
        String reader = "arn:aws:sts::111122223333:assumed-role/StatementsReader/session";
        String intruder = "arn:aws:sts::111122223333:assumed-role/DeveloperRole/alice";

        assertFalse(rule.matches(Events.parse(s3Event("payments-statements-prod", "GetObject", reader)).orElseThrow()));
        assertTrue(rule.matches(Events.parse(s3Event("payments-statements-prod", "GetObject", intruder)).orElseThrow()));
        assertTrue(rule.matches(Events.parse(s3Event("payments-statements-prod", "DeleteObject", reader)).orElseThrow()), "unlisted operation");
        assertFalse(rule.matches(Events.parse(s3Event("other-bucket", "GetObject", intruder)).orElseThrow()), "another bucket");
    }

    @Test
    void everyKindRendersWithinAwsLimitsOnBothFeeds() {
        List<GuardedResource> kinds = List.of(
                new GuardedResource("arn:aws:s3:::evidence-bucket", Map.of("GetObject", List.of("arn:aws:iam::111122223333:role/R"))),
                new GuardedResource("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                        Map.of("Decrypt", List.of("arn:aws:iam::111122223333:role/R"))),
                new GuardedResource("arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-password-AbCdEf",
                        Map.of("GetSecretValue", List.of("arn:aws:iam::111122223333:role/R"))));
        for (GuardedResource g : kinds) {
            Rule r = GuardedResourceRules.rule(g);
            for (Feed f : Feed.values()) {
                assertTrue(RuleValidation.pattern("g", r.pattern(), f).isEmpty(), g.arn() + " on " + f);
                FilterPattern.parse(r.render(f));
            }
        }
    }
}
