package io.trailguard.config;

import io.trailguard.detect.Severity;
import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.config.LogArchiveSettings.LifecycleSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Semantic checks of a bound config: formats, cross-references, AWS limits. Every check appends to one list
 * so that all problems are reported at once. Checks contributed by other concerns (detection rules,
 * guardrail sizes) are passed in by the caller ({@code io.trailguard.stack.StackLoader}) and run after these pass.
 */
public final class ConfigValidator {

    private static final Pattern ORG_ID = Pattern.compile("o-[a-z0-9]{10,32}");
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::\\d{12}:role/(?:[\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}");
    private static final Pattern OU_OR_ROOT = Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32}");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern TRAIL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,127}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern SQS_ARN = Pattern.compile("arn:aws:sqs:([a-z0-9-]+):(\\d{12}):[A-Za-z0-9_-]{1,80}(\\.fifo)?");
    private static final Pattern LAMBDA_ARN = Pattern.compile("arn:aws:lambda:([a-z0-9-]+):(\\d{12}):function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?");
    private static final Pattern PRINCIPAL_PATTERN = Pattern.compile("arn:aws:(iam|sts)::(\\d{12}|\\*):[\\w+=,.@*/:-]+");

    private final StackConfig c;
    private final List<ConfigError> errors = new ArrayList<>();

    private ConfigValidator(StackConfig c) {
        this.c = c;
    }

    public static List<ConfigError> validate(StackConfig c) {
        return validate(c, List.of());
    }

    public static List<ConfigError> validate(StackConfig c, List<? extends Function<StackConfig, List<ConfigError>>> extraChecks) {
        ConfigValidator v = new ConfigValidator(c);
        v.organization();
        v.accounts();
        v.roles();
        v.logArchive();
        v.trail();
        v.alerting();
        v.guardrails();
        v.members();
        v.scope();
        if (v.errors.isEmpty()) {
            for (Function<StackConfig, List<ConfigError>> check : extraChecks) {
                v.errors.addAll(check.apply(c));
            }
        }
        return v.errors;
    }

    private void error(String path, String message, String hint) {
        errors.add(new ConfigError(path, message, hint));
    }

    private void organization() {
        Organization o = c.organization();
        String p = "trailguard:organization";
        if (o.id() != null && !ORG_ID.matcher(o.id()).matches()) {
            error(p + ".id", "`" + o.id() + "` is not an organization id", "o- followed by 10-32 lowercase letters or digits");
        }
        for (int i = 0; i < o.allowedRegions().size(); i++) {
            region(p + ".allowedRegions[" + i + "]", o.allowedRegions().get(i));
        }
        duplicates(p + ".allowedRegions", o.allowedRegions());
        if (o.homeRegion() != null) {
            boolean known = region(p + ".homeRegion", o.homeRegion());
            if (known && !o.allowedRegions().contains(o.homeRegion())) {
                error(p + ".homeRegion", "`" + o.homeRegion() + "` is not in allowedRegions",
                        "add it to trailguard:organization.allowedRegions " + o.allowedRegions());
            }
        }
        if (o.allowedRegions().isEmpty()) {
            error(p + ".allowedRegions", "must list at least one region", "the home region at least");
        }
        roleName(p + ".deployRoleName", o.deployRoleName());
        for (int i = 0; i < o.breakGlassRoleNames().size(); i++) {
            roleName(p + ".breakGlassRoleNames[" + i + "]", o.breakGlassRoleNames().get(i));
        }
        if (o.breakGlassRoleNames().contains(o.deployRoleName())) {
            error(p + ".breakGlassRoleNames", "repeats the deploy role `" + o.deployRoleName() + "`", "list only emergency roles");
        }
    }

    private boolean region(String path, String region) {
        if (AwsLimits.REGIONS.contains(region)) {
            return true;
        }
        String near = DidYouMean.nearest(region, AwsLimits.REGIONS);
        error(path, "`" + region + "` is not an AWS region",
                near != null ? "did you mean `" + near + "`?" : "a commercial region such as eu-west-1 or us-east-1");
        return false;
    }

    private void roleName(String path, String name) {
        if (name != null && name.contains("/")) {
            // The guardrails exempt arn:aws:iam::*:role/<name>; a role under an IAM path has a different ARN.
            error(path, "`" + name + "` has an IAM path", "give the bare role name and create the role without a path: the guardrails match arn:aws:iam::*:role/<name>");
        } else if (name != null && !ROLE_NAME.matcher(name).matches()) {
            error(path, "`" + name + "` is not an IAM role name", "1-64 characters of letters, digits and +=,.@_-");
        }
    }

    private void accounts() {
        if (c.accounts().isEmpty()) {
            error("trailguard:accounts", "must list at least the management, log-archive and security accounts", null);
        }
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        Set<String> guardedArns = new HashSet<>();
        for (int i = 0; i < c.accounts().size(); i++) {
            Account a = c.accounts().get(i);
            String p = "trailguard:accounts[" + i + "]";
            Integer prev = ids.putIfAbsent(a.id(), i);
            if (prev != null) {
                error(p + ".id", "account " + a.id() + " is listed twice", "also at trailguard:accounts[" + prev + "]");
            }
            Integer prevName = names.putIfAbsent(a.name(), i);
            if (prevName != null) {
                error(p + ".name", "name `" + a.name() + "` is used twice", "also at trailguard:accounts[" + prevName + "]; names must be unique");
            }
            if (a.ou() != null && !OU_OR_ROOT.matcher(a.ou()).matches()) {
                error(p + ".ou", "`" + a.ou() + "` is not an OU or root id", "ou-xxxx-xxxxxxxx or r-xxxx, as `aws organizations list-parents` prints");
            }
            monitoring(p, a.monitoring());
            for (int j = 0; j < a.guardedResources().size(); j++) {
                guardedResource(p + ".guardedResources[" + j + "]", a, a.guardedResources().get(j), guardedArns);
            }
        }
    }

    private void monitoring(String p, MemberSettings s) {
        if (s.logRetentionDays() != c.members().monitoring().logRetentionDays()) {
            retention(p + ".logRetentionDays", s.logRetentionDays());
        }
        duplicates(p + ".ruleSets", s.ruleSets());
        for (String r : s.enabledRules()) {
            if (s.disabledRules().contains(r)) {
                error(p + ".enabledRules", "rule `" + r + "` is both enabled and disabled", "remove it from one of the lists");
            }
        }
    }

    private void guardedResource(String p, Account owner, GuardedResource g, Set<String> seen) {
        GuardedResource.Type type = g.type();
        if (type == null) {
            error(p + ".arn", "`" + g.arn() + "` is not a supported resource ARN",
                    "a DynamoDB table, Lambda function, KMS key, S3 bucket or Secrets Manager secret ARN");
            return;
        }
        if (!seen.add(g.arn())) {
            error(p + ".arn", "resource `" + g.arn() + "` is guarded twice", "merge its allow lists into one entry");
        }
        if (type != GuardedResource.Type.S3_BUCKET) {
            String acct = g.accountId();
            if (!acct.equals(owner.id())) {
                boolean known = c.account(acct).isPresent();
                error(p + ".arn", "resource is in account " + acct + ", not in " + owner.id() + " (" + owner.name() + ")",
                        known ? "move this entry under the account with id " + acct
                                : acct + " is not in trailguard:accounts; add that account or fix the ARN");
            }
            if (!c.organization().allowedRegions().contains(g.region())) {
                error(p + ".arn", "resource is in region `" + g.region() + "`, outside allowedRegions", "allowed: " + c.organization().allowedRegions());
            }
        }
        if (g.allow().isEmpty()) {
            error(p + ".allow", "lists no operations", "map each allowed operation to the principal ARNs allowed to call it, e.g. Query: [arn:aws:iam::<id>:role/<name>]");
        }
        g.allow().forEach((op, principals) -> {
            if (principals.isEmpty()) {
                error(p + ".allow." + op, "lists no principals", "remove the operation to forbid it entirely, or name the allowed role ARNs");
            }
            for (int k = 0; k < principals.size(); k++) {
                String pr = principals.get(k);
                if (!PRINCIPAL_PATTERN.matcher(pr).matches()) {
                    error(p + ".allow." + op + "[" + k + "]", "`" + pr + "` is not a principal ARN pattern",
                            "arn:aws:iam::<12 digits>:role/<name> (`*` allowed as a glob)");
                }
            }
        });
    }

    private void roles() {
        Organization o = c.organization();
        roleAccount("trailguard:organization.managementAccountId", o.managementAccountId(), "management");
        roleAccount("trailguard:logArchive.accountId", c.logArchive().accountId(), "log-archive");
        roleAccount("trailguard:alerting.securityAccountId", c.alerting().securityAccountId(), "security");
        if (c.logArchive().accountId() != null && c.logArchive().accountId().equals(o.managementAccountId())) {
            error("trailguard:logArchive.accountId", "is the management account",
                    "CloudTrail's delegated administrator must be a member account (CannotDelegateManagementAccountException)");
        }
    }

    private void roleAccount(String path, String id, String role) {
        if (id != null && id.matches("\\d{12}") && c.account(id).isEmpty()) {
            error(path, "the " + role + " account " + id + " is not in trailguard:accounts", "add an entry with id: \"" + id + "\"");
        }
    }

    private void logArchive() {
        LogArchiveSettings l = c.logArchive();
        String p = "trailguard:logArchive";
        bucket(p + ".bucketName", l.bucketName());
        if (l.accessLogs().enabled()) {
            bucket(p + ".accessLogs.bucketName", l.accessLogs().bucketName());
            if (l.accessLogs().bucketName() != null && l.accessLogs().bucketName().equals(l.bucketName())) {
                error(p + ".accessLogs.bucketName", "is the trail bucket itself",
                        "an Object-Locked bucket cannot receive access logs; use a separate bucket");
            }
            if (l.accessLogs().expireDays() < 1) {
                error(p + ".accessLogs.expireDays", "must be at least 1", null);
            }
        }
        int days = l.objectLock().days();
        if (days < 1 || days > AwsLimits.MAX_OBJECT_LOCK_DAYS) {
            error(p + ".objectLock.days", days + " is out of range", "1 to " + AwsLimits.MAX_OBJECT_LOCK_DAYS + " days");
        }
        LifecycleSettings lc = l.lifecycle();
        if (!AwsLimits.TRANSITION_STORAGE_CLASSES.contains(lc.transitionStorageClass())) {
            error(p + ".lifecycle.transitionStorageClass", "`" + lc.transitionStorageClass() + "` is not a transition storage class",
                    "one of " + new java.util.TreeSet<>(AwsLimits.TRANSITION_STORAGE_CLASSES));
        }
        if (lc.transitionDays() < 0) {
            error(p + ".lifecycle.transitionDays", "must not be negative", null);
        }
        if (lc.transitionStorageClass().equals("STANDARD_IA") && lc.transitionDays() < 30) {
            error(p + ".lifecycle.transitionDays", lc.transitionDays() + " is too early for STANDARD_IA", "S3 requires at least 30 days");
        }
        if (lc.expireDays() <= lc.transitionDays()) {
            error(p + ".lifecycle.expireDays", "expiry (" + lc.expireDays() + " days) is not after the transition (" + lc.transitionDays() + " days)",
                    "expireDays must be greater than transitionDays");
        }
        if (lc.expireDays() < days) {
            error(p + ".lifecycle.expireDays", "expiry (" + lc.expireDays() + " days) comes before the Object Lock retention ends (" + days + " days)",
                    "set expireDays >= objectLock.days; locked versions cannot expire anyway");
        }
        if (lc.noncurrentExpireDays() < 1) {
            error(p + ".lifecycle.noncurrentExpireDays", "must be at least 1", null);
        }
        for (int i = 0; i < l.readerRoleArns().size(); i++) {
            String arn = l.readerRoleArns().get(i);
            if (!ROLE_ARN.matcher(arn).matches()) {
                error(p + ".readerRoleArns[" + i + "]", "`" + arn + "` is not an IAM role ARN", "arn:aws:iam::<12 digits>:role/<name>");
            }
        }
    }

    private void bucket(String path, String name) {
        if (name == null) {
            return;
        }
        if (!BUCKET.matcher(name).matches() || name.contains("..") || name.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            error(path, "`" + name + "` is not a valid S3 bucket name", "3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit");
        }
    }

    private void trail() {
        TrailSettings t = c.trail();
        String p = "trailguard:trail";
        if (!TRAIL_NAME.matcher(t.name()).matches()) {
            error(p + ".name", "`" + t.name() + "` is not a valid trail name", "3-128 letters, digits, periods, underscores and hyphens, starting with a letter or digit");
        }
        retention(p + ".logGroupRetentionDays", t.logGroupRetentionDays());
        for (int i = 0; i < t.insightTypes().size(); i++) {
            if (!AwsLimits.INSIGHT_TYPES.contains(t.insightTypes().get(i))) {
                error(p + ".insightTypes[" + i + "]", "`" + t.insightTypes().get(i) + "` is not an Insights type", "ApiCallRateInsight or ApiErrorRateInsight");
            }
        }
        duplicates(p + ".insightTypes", t.insightTypes());
        for (int i = 0; i < t.excludeManagementEventSources().size(); i++) {
            String s = t.excludeManagementEventSources().get(i);
            if (!AwsLimits.EXCLUDABLE_MANAGEMENT_SOURCES.contains(s)) {
                error(p + ".excludeManagementEventSources[" + i + "]", "`" + s + "` cannot be excluded", "kms.amazonaws.com or rdsdata.amazonaws.com");
            }
        }
        for (int i = 0; i < t.dataEvents().size(); i++) {
            String rt = t.dataEvents().get(i).resourceType();
            if (!AwsLimits.DATA_EVENT_RESOURCE_TYPES.contains(rt)) {
                String near = DidYouMean.nearest(rt, AwsLimits.DATA_EVENT_RESOURCE_TYPES);
                error(p + ".dataEvents[" + i + "].resourceType", "`" + rt + "` is not a data-event resource type",
                        near != null ? "did you mean `" + near + "`?" : "e.g. AWS::S3::Object, AWS::DynamoDB::Table, AWS::Lambda::Function");
            }
        }
    }

    private void retention(String path, int days) {
        if (!AwsLimits.LOG_RETENTION_DAYS.contains(days)) {
            int nearest = AwsLimits.LOG_RETENTION_DAYS.stream().min((a, b) -> Integer.compare(Math.abs(a - days), Math.abs(b - days))).orElse(365);
            error(path, days + " is not a CloudWatch Logs retention value", "nearest valid: " + nearest + "; valid: " + AwsLimits.LOG_RETENTION_DAYS);
        }
    }

    private void alerting() {
        String p = "trailguard:alerting.routes";
        c.alerting().routes().forEach((sev, endpoints) -> {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < endpoints.size(); i++) {
                Endpoint e = endpoints.get(i);
                String ep = p + "." + sev.id() + "[" + i + "].endpoint";
                if (!seen.add(e.protocol() + " " + e.endpoint())) {
                    error(ep, "`" + e.endpoint() + "` is subscribed twice to " + sev.id(), null);
                }
                endpoint(ep, e);
            }
        });
        if (c.alerting().routes().get(Severity.CRITICAL).isEmpty()) {
            error(p + ".critical", "has no endpoint", "critical alerts (trail tampering, root use) must reach someone: add an email or https endpoint");
        }
    }

    private void endpoint(String path, Endpoint e) {
        String v = e.endpoint();
        switch (e.protocol()) {
            case EMAIL -> {
                if (!EMAIL.matcher(v).matches()) {
                    error(path, "`" + v + "` is not an email address", "name@example.com");
                }
            }
            case HTTPS -> {
                boolean ok;
                try {
                    URI u = new URI(v);
                    ok = "https".equals(u.getScheme()) && u.getHost() != null;
                } catch (Exception ex) {
                    ok = false;
                }
                if (!ok) {
                    error(path, "`" + v + "` is not an https URL", "https://host/path; plain http is refused for security alerts");
                }
            }
            case SQS -> arnEndpoint(path, v, SQS_ARN, "arn:aws:sqs:<region>:<12 digits>:<queue>");
            case LAMBDA -> arnEndpoint(path, v, LAMBDA_ARN, "arn:aws:lambda:<region>:<12 digits>:function:<name>");
        }
    }

    private void arnEndpoint(String path, String v, Pattern p, String hint) {
        var m = p.matcher(v);
        if (!m.matches()) {
            error(path, "`" + v + "` is not a valid ARN for this protocol", hint);
            return;
        }
        if (!AwsLimits.REGIONS.contains(m.group(1))) {
            error(path, "`" + m.group(1) + "` in the ARN is not an AWS region", null);
        }
    }

    private void guardrails() {
        GuardrailSettings g = c.guardrails();
        String p = "trailguard:guardrails";
        for (int i = 0; i < g.targets().size(); i++) {
            target(p + ".targets[" + i + "]", g.targets().get(i));
        }
        duplicates(p + ".targets", g.targets());
        for (Guardrail kind : Guardrail.values()) {
            GuardrailSettings.Switch s = g.policy(kind);
            String sp = p + ".policies." + kind.key() + ".targets";
            for (int i = 0; i < s.targets().size(); i++) {
                target(sp + "[" + i + "]", s.targets().get(i));
            }
            if (g.enabled() && s.enabled() && s.targets().isEmpty() && g.targets().isEmpty() && kind != Guardrail.PROTECT_LOG_ARCHIVE) {
                error(p + ".targets", kind.key() + " is enabled but has no targets",
                        "set trailguard:guardrails.targets (e.g. the root id r-xxxx) or policies." + kind.key() + ".targets");
            }
        }
        if (g.limits().maxPolicyChars() < 1 || g.limits().maxPolicyChars() > 100_000) {
            error(p + ".limits.maxPolicyChars", g.limits().maxPolicyChars() + " is implausible", "5120 (AWS's documented quota) or 10240 (raised in 2026); check your live quota");
        }
        if (g.limits().maxPoliciesPerTarget() < 2) {
            error(p + ".limits.maxPoliciesPerTarget", "must be at least 2", "FullAWSAccess takes one place; AWS's quota is 5 (10 since 2026)");
        }
        g.existingPoliciesPerTarget().forEach((t, n) -> {
            target(p + ".existingPoliciesPerTarget." + t, t);
            if (n < 0) {
                error(p + ".existingPoliciesPerTarget." + t, "must not be negative", null);
            }
        });
    }

    private void target(String path, String t) {
        if (t.matches("\\d{12}")) {
            return;
        }
        if (!OU_OR_ROOT.matcher(t).matches()) {
            error(path, "`" + t + "` is not a policy target", "a root id (r-xxxx), an OU id (ou-xxxx-xxxxxxxx) or a quoted 12-digit account id");
        }
    }

    private void members() {
        MemberDefaults d = c.members();
        String p = "trailguard:members";
        retention(p + ".logRetentionDays", d.monitoring().logRetentionDays());
        if (d.eventsPerDay() < 0) {
            error(p + ".eventsPerDay", "must not be negative", null);
        }
    }

    private void scope() {
        if (c.scope().kind() == Scope.Kind.ACCOUNTS) {
            for (String id : c.scope().accountIds()) {
                if (c.account(id).isEmpty()) {
                    error("trailguard:scope", "account " + id + " is not in trailguard:accounts", "accounts:<id>[,<id>...] with ids from trailguard:accounts");
                }
            }
        }
    }

    private void duplicates(String path, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                error(path, "`" + v + "` is listed twice", null);
            }
        }
    }
}
