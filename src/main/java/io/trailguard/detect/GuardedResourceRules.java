package io.trailguard.detect;

import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.group;
import static io.trailguard.detect.Patterns.ne;
import static io.trailguard.detect.Patterns.notExists;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;

import io.trailguard.config.GuardedResource;
import io.trailguard.config.GuardedResource.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The misuse rule of one guarded resource: an event on the resource fires when its operation is listed but the
 * caller matches none of that operation's allowed principals, or when its operation is not listed at all.
 *
 * <p><b>Principals.</b> The caller is {@code $.userIdentity.arn}. Config lists IAM ARNs; a role
 * {@code arn:aws:iam::<acct>:role[/path]/<Name>} acts as {@code arn:aws:sts::<acct>:assumed-role/<Name>/<session>}
 * (the path is not in the session ARN), so a role pattern becomes {@code arn:aws:sts::<acct>:assumed-role/<Name>/*};
 * globs in the account or name carry over. Users and other ARNs are compared as written. A caller without an ARN
 * (an AWS service) is never an allowed principal.
 *
 * <p><b>Resource.</b> Matched per type the way CloudTrail names it: {@code resources[*].ARN} where the event
 * carries it, and the request parameter that names the resource ({@code tableName}, {@code functionName},
 * {@code keyId}, {@code bucketName}, {@code secretId}), scoped to the resource's account and region (names are only
 * unique there; S3 bucket names are global).
 */
public final class GuardedResourceRules {

    static final String SET = "guarded";

    private GuardedResourceRules() {}

    public static Rule rule(GuardedResource resource) {
        Type type = resource.type();
        if (type == null) {
            throw new IllegalArgumentException("unsupported guarded resource ARN: " + resource.arn());
        }
        List<Expr> misuse = new ArrayList<>();
        for (Map.Entry<String, List<String>> op : resource.allow().entrySet()) {
            misuse.add(and(eq("eventName", op.getKey()), notAnyOf(op.getValue())));
        }
        misuse.add(and(resource.allow().keySet().stream().map(op -> ne("eventName", op)).toArray(Expr[]::new)));
        Expr body = and(eq("eventSource", type.eventSource()), resourceMatch(resource, type), or(misuse));
        String id = id(resource, type);
        return new Rule(id, "Guarded " + typeName(type) + " " + resource.resourceName() + " used outside its allow-list",
                Severity.HIGH, pattern(body), RuleBuilder.metricName(id), 1, 300, 1,
                "Generated from guardedResources: " + resource.allow(),
                new Rule.References(null, null, List.of("T1078", "T1530"), List.of()), Set.of(SET), List.of());
    }

    /** {@code arn:aws:iam::1:role/p/Name} -> {@code arn:aws:sts::1:assumed-role/Name/*}; other ARNs unchanged. */
    static String principalPattern(String configured) {
        String[] p = configured.split(":", 6);
        if (p.length == 6 && p[2].equals("iam") && p[5].startsWith("role/")) {
            String path = p[5].substring("role/".length());
            String name = path.substring(path.lastIndexOf('/') + 1);
            return "arn:aws:sts::" + p[4] + ":assumed-role/" + name + "/*";
        }
        return configured;
    }

    private static Expr notAnyOf(List<String> principals) {
        if (principals.isEmpty()) {
            return eq("eventName", "*");
        }
        Expr differs = and(principals.stream().map(pr -> ne("userIdentity.arn", principalPattern(pr))).toArray(Expr[]::new));
        return group(or(differs, notExists("userIdentity.arn")));
    }

    private static Expr resourceMatch(GuardedResource r, Type type) {
        String arn = r.arn();
        String name = r.resourceName();
        if (type == Type.S3_BUCKET) {
            // Bucket ARNs carry no account or region, and bucket names are global.
            return or(eq("resources[*].ARN", arn), eq("requestParameters.bucketName", name));
        }
        Expr inAccount = and(eq("recipientAccountId", r.accountId()), eq("awsRegion", r.region()));
        return switch (type) {
            case DYNAMODB_TABLE -> and(inAccount, or(eq("resources[*].ARN", arn), eq("requestParameters.tableName", name)));
            case LAMBDA_FUNCTION -> and(inAccount, or(eq("resources[*].ARN", arn), eq("requestParameters.functionName", arn),
                    eq("requestParameters.functionName", arn + ":*"), eq("requestParameters.functionName", name)));
            case KMS_KEY -> and(inAccount, or(eq("resources[*].ARN", arn), eq("requestParameters.keyId", arn),
                    eq("requestParameters.keyId", name)));
            case S3_BUCKET -> throw new IllegalStateException("handled above");
            case SECRET -> and(inAccount, or(eq("requestParameters.secretId", arn + "*"), eq("requestParameters.secretId", name)));
        };
    }

    private static String id(GuardedResource r, Type type) {
        String base = "guarded-" + typeName(type).replace(' ', '-') + "-" + r.resourceName() + (r.region().isEmpty() ? "" : "-" + r.region());
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    }

    private static String typeName(Type type) {
        return switch (type) {
            case DYNAMODB_TABLE -> "dynamodb table";
            case LAMBDA_FUNCTION -> "lambda function";
            case KMS_KEY -> "kms key";
            case S3_BUCKET -> "s3 bucket";
            case SECRET -> "secret";
        };
    }
}
