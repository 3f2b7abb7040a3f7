package io.trailguard.detect;

import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.MEDIUM;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.Patterns.word;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** Insider rules: destroying data and running code where others' trust lies. */
final class InsiderChangeRules {

    static final String SET = "insider";

    private InsiderChangeRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-s3-mass-deletion", HIGH, "Many S3 objects deleted")
                        .pattern(pattern(and(eq("eventSource", "s3.amazonaws.com"), oneOf("eventName", "DeleteObject", "DeleteObjects"))))
                        .rationale("Ransomware and sabotage delete objects in bulk; 20 delete calls in 5 minutes (each"
                                + " DeleteObjects removes up to 1,000 keys) is beyond routine cleanup. Needs S3 data events.")
                        .attack("T1485").stratus("aws.impact.s3-ransomware-batch-deletion", "aws.impact.s3-ransomware-individual-deletion")
                        .atLeast(20, 300)
                        .fires("panther:AWS.S3.DeleteObjects/DeleteObjects", 20, true, "20 batch deletes")
                        .fires("panther:AWS.S3.DeleteObject/DeleteObject", 20, true, "20 single deletes")
                        .fires("panther:AWS.S3.DeleteObject/DeleteObject", 19, false, "routine cleanup")
                        .misses("panther:AWS.S3.DeleteObjects/Other Event", "ListBucket")
                        .sets(SET).build(),
                rule("insider-s3-lifecycle-expiration", HIGH, "S3 lifecycle rule that expires objects")
                        .pattern(pattern(and(
                                eq("eventSource", "s3.amazonaws.com"),
                                eq("eventName", "PutBucketLifecycle"),
                                or(eq("requestParameters.LifecycleConfiguration.Rule.Expiration.Days", word("*")),
                                        eq("requestParameters.LifecycleConfiguration.Rule[*].Expiration.Days", word("*")),
                                        eq("requestParameters.LifecycleConfiguration.Rule.NoncurrentVersionExpiration.NoncurrentDays", word("*")),
                                        eq("requestParameters.LifecycleConfiguration.Rule[*].NoncurrentVersionExpiration.NoncurrentDays", word("*"))))))
                        .rationale("A short expiration deletes objects (CloudTrail logs included) a day later, without a"
                                + " single DeleteObject call to alert on. One rule is an object, several an array: both"
                                + " shapes are matched.")
                        .attack("T1485", "T1562.008").stratus("aws.defense-evasion.cloudtrail-lifecycle-rule")
                        .fires("panther:AWS.CloudTrail.ShortLifecycle/1-Day Lifecycle Rule on Known CT Bucket")
                        .misses("panther:AWS.CloudTrail.ShortLifecycle/Completely Unrelated Event", "GetBucketLifecycle")
                        .sets(SET).build(),
                rule("insider-ssm-command-or-session", MEDIUM, "SSM command or interactive session on instances")
                        .pattern(pattern(and(eq("eventSource", "ssm.amazonaws.com"), oneOf("eventName", "SendCommand", "StartSession"))))
                        .rationale("SSM runs commands as root on instances without SSH keys or network access; an insider"
                                + " uses it to read data off hosts. Automation that uses SSM routinely should get a"
                                + " guarded-resource rule or be disabled per account.")
                        .attack("T1651").stratus("aws.execution.ssm-send-command", "aws.execution.ssm-start-session")
                        .fires("panther:AWS.SSM.DistributedCommand/Send Command to Many Instances at Once")
                        .fires("doc:ssm-start-session")
                        .misses("panther:AWS.CloudTrail.IMDSCredentialExfiltration/Legitimate SSM Activity", "agent heartbeat")
                        .sigma("aws_cloudtrail_ssm_malicious_usage")
                        .sets(SET).build(),
                rule("insider-lambda-code-or-layer-changed", MEDIUM, "Lambda function code or layers changed")
                        .pattern(pattern(and(
                                eq("eventSource", "lambda.amazonaws.com"),
                                or(oneOf("eventName", "UpdateFunctionCode*", "PublishLayerVersion*", "AddLayerVersionPermission*"),
                                        and(eq("eventName", "UpdateFunctionConfiguration*"),
                                                eq("requestParameters.layers[*]", word("*")))))))
                        .rationale("Replacing a function's code or adding a layer runs the insider's code with the function's"
                                + " role, on every invocation.")
                        .attack("T1525").stratus("aws.persistence.lambda-overwrite-code", "aws.persistence.lambda-layer-extension")
                        .fires("panther:AWS.Lambda.UpdateFunctionCode/IAM User Updates Lambda Code")
                        .fires("doc:lambda-update-configuration-with-layers")
                        .misses("panther:AWS.Lambda.UpdateFunctionConfiguration/Lambda Update Function Configuration without Layers",
                                "configuration only")
                        .sigma("aws_new_lambda_layer_attached")
                        .sets(SET).build());
    }
}
