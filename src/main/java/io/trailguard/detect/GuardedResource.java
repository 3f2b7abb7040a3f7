package io.trailguard.detect;

import java.util.List;
import java.util.Map;

/**
 * A resource whose every use is watched: each listed operation is allowed only to the listed principals
 * (ARN patterns, {@code *} as a glob); a listed operation by anyone else, or any unlisted data operation on
 * the resource, fires the resource's misuse rule.
 *
 * @param arn    the resource ARN; its type is derived from it
 * @param allow  operation (CloudTrail eventName) to allowed principal ARN patterns, in config order
 * @param parsed the ARN's parts, derived from {@code arn}
 */
public record GuardedResource(String arn, Map<String, List<String>> allow, ParsedArn parsed) {

    public enum Type {
        DYNAMODB_TABLE("AWS::DynamoDB::Table", "dynamodb.amazonaws.com"),
        LAMBDA_FUNCTION("AWS::Lambda::Function", "lambda.amazonaws.com"),
        KMS_KEY("AWS::KMS::Key", "kms.amazonaws.com"),
        S3_BUCKET("AWS::S3::Object", "s3.amazonaws.com"),
        SECRET("AWS::SecretsManager::Secret", "secretsmanager.amazonaws.com");

        private final String cloudTrailResourceType;
        private final String eventSource;

        Type(String cloudTrailResourceType, String eventSource) {
            this.cloudTrailResourceType = cloudTrailResourceType;
            this.eventSource = eventSource;
        }

        /** The {@code resources.type} of a CloudTrail advanced event selector for this resource's data events. */
        public String cloudTrailResourceType() {
            return cloudTrailResourceType;
        }

        public String eventSource() {
            return eventSource;
        }
    }

    /** The ARN split once, when the config is read. */
    public record ParsedArn(Type type, String region, String accountId, String resourceName) {

        static ParsedArn of(String arn) {
            String[] p = arn.split(":", 6);
            String region = p.length > 3 ? p[3] : "";
            String account = p.length > 4 ? p[4] : "";
            if (p.length < 6) {
                return new ParsedArn(null, region, account, arn);
            }
            String r = p[5];
            int cut = Math.max(r.indexOf('/'), r.indexOf(':'));
            String name = cut >= 0 ? r.substring(cut + 1) : r;
            return new ParsedArn(p[0].equals("arn") ? type(p[2], r) : null, region, account, name);
        }

        private static Type type(String service, String resource) {
            return switch (service) {
                case "dynamodb" -> resource.startsWith("table/") ? Type.DYNAMODB_TABLE : null;
                case "lambda" -> resource.startsWith("function:") ? Type.LAMBDA_FUNCTION : null;
                case "kms" -> resource.startsWith("key/") ? Type.KMS_KEY : null;
                case "s3" -> !resource.isEmpty() && !resource.contains("/") ? Type.S3_BUCKET : null;
                case "secretsmanager" -> resource.startsWith("secret:") ? Type.SECRET : null;
                default -> null;
            };
        }
    }

    public GuardedResource(String arn, Map<String, List<String>> allow) {
        this(arn, allow, ParsedArn.of(arn));
    }

    /** The resource type, or null when the ARN is of no supported kind (validation reports that). */
    public Type type() {
        return parsed.type();
    }

    /** Region in the ARN (empty for S3 buckets). */
    public String region() {
        return parsed.region();
    }

    /** Account in the ARN (empty for S3 buckets). */
    public String accountId() {
        return parsed.accountId();
    }

    /** The name after the type prefix: table name, function name, key id, bucket name, secret name. */
    public String resourceName() {
        return parsed.resourceName();
    }
}
