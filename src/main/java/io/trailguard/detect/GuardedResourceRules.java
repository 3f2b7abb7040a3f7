package io.trailguard.detect;

import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.group;
import static io.trailguard.detect.Patterns.ne;
import static io.trailguard.detect.Patterns.notExists;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;

import io.trailguard.detect.GuardedResource.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
        // Operations in name order, not config order: under `pulumi up` the CLI re-encodes config objects with sorted keys
        // (Go's json.Marshal), so config order would render another pattern there than in the offline plan.
        Map<String, List<String>> allow = new java.util.TreeMap<>(resource.allow());
        List<Expr> misuse = new ArrayList<>();
        for (Map.Entry<String, List<String>> op : allow.entrySet()) {
            misuse.add(and(eq("eventName", op.getKey()), notAnyOf(op.getValue())));
        }
        misuse.add(and(allow.keySet().stream().map(op -> ne("eventName", op)).toArray(Expr[]::new)));
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

    /**
     * {@code guarded-<type>-<name>[-<region>]}. Rule ids and metric names are lower-case words, but resource names are
     * case-sensitive and may hold {@code _ . /}: {@code Orders}, {@code orders} and {@code orders_v2}/{@code orders-v2}
     * are different tables. A name that is not already such words ({@link #PLAIN_NAME}) gets the first 8 hex digits of
     * the SHA-256 of its exact spelling, so two names that fold to the same words still get their own rule, filter,
     * metric and alarm; a plain name keeps the short id. The id depends on the resource alone, never on its
     * neighbours, so adding a resource never renames another's alarm.
     */
    private static String id(GuardedResource r, Type type) {
        String name = r.resourceName();
        String folded = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String word = PLAIN_NAME.matcher(name).matches() ? name : folded + "-" + nameHash(name);
        return "guarded-" + typeName(type).replace(' ', '-') + "-" + word + (r.region().isEmpty() ? "" : "-" + r.region());
    }

    /**
     * Lower-case words joined by single hyphens, each after the first starting with a letter: exactly the names the
     * CamelCase metric name ({@link RuleBuilder#metricName}) maps one-to-one ({@code a-1} and {@code a1} would both
     * become {@code A1}).
     */
    static final Pattern PLAIN_NAME = Pattern.compile("[a-z0-9]+(-[a-z][a-z0-9]*)*");

    private static String nameHash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
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
