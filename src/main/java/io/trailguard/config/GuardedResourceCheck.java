package io.trailguard.config;

import io.trailguard.detect.GuardedResource;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of an account's {@code guardedResources}: the ARN must have the exact shape CloudTrail logs for its type
 * (a data-event selector on any other string never matches), and every allowed principal must be a role, user or
 * session of an account in config, without wildcards in the account (a rule allowing {@code arn:aws:sts::*:*} can
 * never fire).
 */
final class GuardedResourceCheck {

    /**
     * Resource parts per type, from each service's ARN format in the Service Authorization Reference
     * (docs.aws.amazon.com/service-authorization/latest/reference/): DynamoDB {@code table/<name>} (3-255 of
     * [a-zA-Z0-9_.-]); Lambda {@code function:<name>} (1-64 of [a-zA-Z0-9-_], unqualified: data events carry
     * the function ARN); KMS {@code key/<key id>} (a UUID or an {@code mrk-} multi-Region id, not an alias);
     * Secrets Manager {@code secret:<name>-<6 characters>} (the complete ARN with its random suffix).
     */
    private static final Pattern DYNAMODB = Pattern.compile("table/[a-zA-Z0-9_.-]{3,255}");
    private static final Pattern LAMBDA = Pattern.compile("function:[a-zA-Z0-9_-]{1,64}");
    private static final Pattern SECRET = Pattern.compile("secret:[A-Za-z0-9/_+=.@-]{1,512}-[A-Za-z0-9]{6}");
    private static final Pattern ARN = Pattern.compile("arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)");

    /** Principal ARN patterns: IAM roles and users (with paths), role sessions, federated users. */
    private static final Pattern PRINCIPAL = Pattern.compile(
            "arn:aws:(iam|sts)::(\\d{12}):(role/[\\w+=,.@*?/-]+|user/[\\w+=,.@*?/-]+|assumed-role/[\\w+=,.@*?-]+/[\\w+=,.@*?-]+|federated-user/[\\w+=,.@*?-]+)");

    private final StackConfig c;
    private final Account owner;
    private final KeyPath p;
    private final GuardedResource g;
    private final Set<String> seen;
    private final SectionCheck out;

    GuardedResourceCheck(StackConfig c, Account owner, KeyPath p, GuardedResource g, Set<String> seen, SectionCheck out) {
        this.c = c;
        this.owner = owner;
        this.p = p;
        this.g = g;
        this.seen = seen;
        this.out = out;
    }

    void run() {
        if (arnShape()) {
            if (!seen.add(g.arn())) {
                out.error(p.key("arn"), "resource `" + g.arn() + "` is guarded twice", "merge its allow lists into one entry");
            }
            placement();
        }
        principals();
    }

    private boolean arnShape() {
        String arn = g.arn();
        KeyPath at = p.key("arn");
        GuardedResource.Type type = g.type();
        if (type == null) {
            out.error(at, "`" + SectionCheck.printable(arn) + "` is not a supported resource ARN",
                    "a DynamoDB table, Lambda function, KMS key, S3 bucket or Secrets Manager secret ARN");
            return false;
        }
        if (arn.contains("*") || arn.contains("?")) {
            out.error(at, "`" + arn + "` contains a wildcard", "name one resource exactly; CloudTrail's data-event selector compares whole ARNs");
            return false;
        }
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) {
            out.error(at, "`" + SectionCheck.printable(arn) + "` is not an ARN", "arn:aws:<service>:<region>:<account>:<resource>");
            return false;
        }
        if (!m.group(1).equals("aws")) {
            out.error(at, "partition `" + m.group(1) + "` is not supported", "trailguard deploys to the commercial partition: arn:aws:...");
            return false;
        }
        String resource = m.group(5);
        String hint = switch (type) {
            case DYNAMODB_TABLE -> DYNAMODB.matcher(resource).matches() ? null : "arn:aws:dynamodb:<region>:<account>:table/<name> (3-255 of a-z A-Z 0-9 _ . -)";
            case LAMBDA_FUNCTION -> LAMBDA.matcher(resource).matches() ? null : "arn:aws:lambda:<region>:<account>:function:<name>, without a version or alias";
            case KMS_KEY -> AwsNaming.KMS_KEY_ID.matcher(resource).matches() ? null : "arn:aws:kms:<region>:<account>:key/<key id> (a key id, not an alias)";
            case SECRET -> SECRET.matcher(resource).matches() ? null : "arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 characters>, the complete ARN";
            case S3_BUCKET -> !m.group(3).isEmpty() || !m.group(4).isEmpty() ? "arn:aws:s3:::<bucket>, without region or account"
                    : AwsNaming.bucket(resource) == null ? null : "arn:aws:s3:::<bucket> with a valid bucket name: " + AwsNaming.bucket(resource);
        };
        if (hint != null) {
            out.error(at, "`" + SectionCheck.printable(arn) + "` is not a valid " + type.cloudTrailResourceType() + " ARN", hint);
            return false;
        }
        if (type != GuardedResource.Type.S3_BUCKET && !m.group(4).matches("\\d{12}")) {
            out.error(at, "account `" + m.group(4) + "` in the ARN is not an account id", "12 digits");
            return false;
        }
        return true;
    }

    private void placement() {
        if (g.type() == GuardedResource.Type.S3_BUCKET) {
            return;
        }
        KeyPath at = p.key("arn");
        String acct = g.accountId();
        if (!acct.equals(owner.id())) {
            boolean known = c.account(acct).isPresent();
            out.error(at, "resource is in account " + acct + ", not in " + owner.id() + " (" + owner.name() + ")",
                    known ? "move this entry under the account with id " + acct
                            : acct + " is not in " + KeyPath.of("accounts") + "; add that account or fix the ARN");
        }
        if (!c.organization().allowedRegions().contains(g.region())) {
            out.error(at, "resource is in region `" + g.region() + "`, outside allowedRegions", "allowed: " + c.organization().allowedRegions());
        }
    }

    private void principals() {
        if (g.allow().isEmpty()) {
            out.error(p.key("allow"), "lists no operations",
                    "map each allowed operation to the principal ARNs allowed to call it, e.g. Query: [arn:aws:iam::<id>:role/<name>]");
        }
        g.allow().forEach((op, principals) -> {
            KeyPath opPath = p.key("allow").key(op);
            if (principals.isEmpty()) {
                out.error(opPath, "lists no principals", "remove the operation to forbid it entirely, or name the allowed role ARNs");
            }
            for (int k = 0; k < principals.size(); k++) {
                principal(opPath.index(k), principals.get(k));
            }
        });
    }

    private void principal(KeyPath at, String pr) {
        String allowed = "arn:aws:iam::<account>:role/<name> (also user/<name>, or arn:aws:sts::<account>:assumed-role/<role>/<session>) with the 12-digit id of an account in "
                + KeyPath.of("accounts") + "; `*` may stand for part of the name, never for the account";
        Matcher m = PRINCIPAL.matcher(pr);
        if (!m.matches()) {
            boolean wildAccount = pr.matches("arn:[^:]*:[^:]*::[^:]*[*?][^:]*:.*");
            out.error(at, "`" + SectionCheck.printable(pr) + "` " + (wildAccount ? "has a wildcard in the account field" : "is not a principal ARN pattern"), allowed);
            return;
        }
        if (c.account(m.group(2)).isEmpty()) {
            out.error(at, "principal account " + m.group(2) + " is not in " + KeyPath.of("accounts"),
                    "only principals of the organization's accounts in config can be allowed; " + allowed);
        }
        String name = m.group(3).substring(m.group(3).indexOf('/') + 1);
        if (name.replaceAll("[*?/]", "").isEmpty()) {
            out.error(at, "`" + pr + "` matches every " + m.group(3).substring(0, m.group(3).indexOf('/')) + " of the account",
                    "name the roles allowed; a wildcard-only name allows everyone in the account");
        }
    }
}
