package io.trailguard.config;

import io.trailguard.detect.Severity;
import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.config.AlertingSettings.Protocol;
import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.config.GuardrailSettings.Limits;
import io.trailguard.config.GuardrailSettings.Switch;
import io.trailguard.config.LogArchiveSettings.AccessLogSettings;
import io.trailguard.config.LogArchiveSettings.LifecycleSettings;
import io.trailguard.config.LogArchiveSettings.ObjectLockMode;
import io.trailguard.config.LogArchiveSettings.ObjectLockSettings;
import io.trailguard.detect.Feed;
import io.trailguard.config.TrailSettings.DataEventSelector;
import io.trailguard.config.YNode.YMap;
import io.trailguard.config.YNode.YScalar;
import io.trailguard.naming.Names;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the {@code trailguard:*} config keys to records: the only place that knows the YAML shape, and the
 * only place defaults are applied. Shape problems (unknown keys, wrong types, missing required keys) are
 * collected, never thrown.
 */
final class ConfigBinder {

    static final String NS = "trailguard:";

    static final List<String> TOP_LEVEL_KEYS = List.of(
            "organization", "logArchive", "trail", "alerting", "guardrails", "members", "accounts", "coverage", "scope");

    static final List<String> DEFAULT_RULE_SETS = List.of("cis", "seed", "insider");

    private final ConfigReader r;

    ConfigBinder(ConfigReader reader) {
        this.r = reader;
    }

    /** @param top top-level values by key without the namespace (unknown keys included, to be reported) */
    StackConfig bind(Map<String, YNode> top) {
        for (Map.Entry<String, YNode> e : top.entrySet()) {
            if (!TOP_LEVEL_KEYS.contains(e.getKey())) {
                String near = DidYouMean.nearest(e.getKey(), TOP_LEVEL_KEYS);
                r.error(NS + e.getKey(), e.getValue() == null ? 0 : e.getValue().line(), "unknown key",
                        near != null ? "did you mean `" + NS + near + "`?" : "valid keys: " + String.join(", ", TOP_LEVEL_KEYS.stream().map(k -> NS + k).toList()));
            }
        }
        for (String required : List.of("organization", "logArchive", "alerting", "accounts")) {
            if (top.get(required) == null) {
                r.error(NS + required, 0, "is required", "see Pulumi.yaml for its description");
            }
        }
        Organization org = organization(top.get("organization"));
        LogArchiveSettings archive = logArchive(top.get("logArchive"), org);
        TrailSettings trail = trail(top.get("trail"));
        AlertingSettings alerting = alerting(top.get("alerting"));
        GuardrailSettings guardrails = guardrails(top.get("guardrails"));
        MemberDefaults members = members(top.get("members"));
        List<Account> accounts = accounts(top.get("accounts"), members.monitoring());
        CoverageMode coverage = coverage(top.get("coverage"));
        Scope scope = scope(top.get("scope"));
        return new StackConfig(org, archive, trail, alerting, guardrails, members, accounts, coverage, scope);
    }

    private Organization organization(YNode n) {
        String p = NS + "organization";
        YMap m = r.map(p, n);
        r.onlyKeys(p, m, List.of("id", "managementAccountId", "homeRegion", "allowedRegions", "deployRoleName", "breakGlassRoleNames"));
        String id = r.string(m, p, "id", null, n != null);
        String mgmt = r.accountId(m, p, "managementAccountId", n != null);
        String home = r.string(m, p, "homeRegion", null, n != null);
        List<String> allowed = r.strings(m, p, "allowedRegions", home == null ? List.of() : List.of(home));
        String deploy = r.string(m, p, "deployRoleName", "TrailguardDeployRole", false);
        List<String> breakGlass = r.strings(m, p, "breakGlassRoleNames", List.of());
        return new Organization(id, mgmt, home, allowed, deploy, breakGlass);
    }

    private LogArchiveSettings logArchive(YNode n, Organization org) {
        String p = NS + "logArchive";
        YMap m = r.map(p, n);
        r.onlyKeys(p, m, List.of("accountId", "bucketName", "objectLock", "lifecycle", "accessLogs", "readerRoleArns"));
        String account = r.accountId(m, p, "accountId", n != null);
        String home = org.homeRegion();
        String bucket = r.string(m, p, "bucketName", Names.defaultTrailBucket(account, home), false);

        String lp = p + ".objectLock";
        YMap lock = r.map(lp, r.child(m, "objectLock"));
        r.onlyKeys(lp, lock, List.of("mode", "days"));
        ObjectLockSettings objectLock = new ObjectLockSettings(
                r.enumValue(lock, lp, "mode", ObjectLockMode.class, ObjectLockMode.COMPLIANCE),
                r.integer(lock, lp, "days", 365));

        String cp = p + ".lifecycle";
        YMap lc = r.map(cp, r.child(m, "lifecycle"));
        r.onlyKeys(cp, lc, List.of("transitionDays", "transitionStorageClass", "expireDays", "noncurrentExpireDays"));
        LifecycleSettings lifecycle = new LifecycleSettings(
                r.integer(lc, cp, "transitionDays", 90),
                r.string(lc, cp, "transitionStorageClass", "GLACIER_IR", false),
                r.integer(lc, cp, "expireDays", 2557),
                r.integer(lc, cp, "noncurrentExpireDays", 30));

        String ap = p + ".accessLogs";
        YMap al = r.map(ap, r.child(m, "accessLogs"));
        r.onlyKeys(ap, al, List.of("enabled", "bucketName", "expireDays"));
        AccessLogSettings accessLogs = new AccessLogSettings(
                r.bool(al, ap, "enabled", true),
                r.string(al, ap, "bucketName", Names.defaultAccessLogBucket(account, home), false),
                r.integer(al, ap, "expireDays", 365));

        List<String> readers = r.strings(m, p, "readerRoleArns", List.of());
        return new LogArchiveSettings(account, bucket, objectLock, lifecycle, accessLogs, readers);
    }

    private TrailSettings trail(YNode n) {
        String p = NS + "trail";
        YMap m = r.map(p, n);
        r.onlyKeys(p, m, List.of("name", "insightTypes", "dataEvents", "logGroupRetentionDays", "excludeManagementEventSources"));
        String name = r.string(m, p, "name", Names.PREFIX + "-organization", false);
        List<String> insights = r.strings(m, p, "insightTypes", List.of());
        List<DataEventSelector> data = r.list(m, p, "dataEvents", this::dataEvent);
        int retention = r.integer(m, p, "logGroupRetentionDays", 365);
        List<String> exclude = r.strings(m, p, "excludeManagementEventSources", List.of());
        return new TrailSettings(name, insights, data, retention, exclude);
    }

    private DataEventSelector dataEvent(String p, YNode n) {
        YMap m = r.map(p, n);
        if (m == null) {
            return null;
        }
        r.onlyKeys(p, m, List.of("resourceType", "arnPrefixes", "readOnly"));
        return new DataEventSelector(
                r.string(m, p, "resourceType", "", true),
                r.strings(m, p, "arnPrefixes", List.of()),
                r.optionalBool(m, p, "readOnly"));
    }

    private AlertingSettings alerting(YNode n) {
        String p = NS + "alerting";
        YMap m = r.map(p, n);
        r.onlyKeys(p, m, List.of("securityAccountId", "routes"));
        String security = r.accountId(m, p, "securityAccountId", n != null);
        String rp = p + ".routes";
        YMap routes = r.map(rp, r.child(m, "routes"));
        r.onlyKeys(rp, routes, java.util.Arrays.stream(Severity.values()).map(Severity::id).toList());
        Map<Severity, List<Endpoint>> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, List.copyOf(r.list(routes, rp, s.id(), this::endpoint)));
        }
        return new AlertingSettings(security, bySeverity);
    }

    private Endpoint endpoint(String p, YNode n) {
        YMap m = r.map(p, n);
        if (m == null) {
            return null;
        }
        r.onlyKeys(p, m, List.of("protocol", "endpoint"));
        String proto = r.string(m, p, "protocol", null, true);
        String endpoint = r.string(m, p, "endpoint", null, true);
        if (proto == null || endpoint == null) {
            return null;
        }
        Protocol protocol = r.parseEnum(p + ".protocol", r.lineOf(p + ".protocol"), proto, Protocol.class, null);
        return protocol == null ? null : new Endpoint(protocol, endpoint);
    }

    private GuardrailSettings guardrails(YNode n) {
        String p = NS + "guardrails";
        YMap m = r.map(p, n);
        r.onlyKeys(p, m, List.of("enabled", "targets", "policies", "limits", "existingPoliciesPerTarget"));
        boolean enabled = r.bool(m, p, "enabled", true);
        List<String> targets = r.strings(m, p, "targets", List.of());

        String pp = p + ".policies";
        YMap policies = r.map(pp, r.child(m, "policies"));
        r.onlyKeys(pp, policies, java.util.Arrays.stream(Guardrail.values()).map(Guardrail::key).toList());
        Map<Guardrail, Switch> switches = new EnumMap<>(Guardrail.class);
        for (Guardrail g : Guardrail.values()) {
            switches.put(g, guardrailSwitch(pp + "." + g.key(), r.child(policies, g.key()), g != Guardrail.DENY_ROOT_USER));
        }

        String lp = p + ".limits";
        YMap limits = r.map(lp, r.child(m, "limits"));
        r.onlyKeys(lp, limits, List.of("maxPolicyChars", "maxPoliciesPerTarget"));
        Limits lim = new Limits(r.integer(limits, lp, "maxPolicyChars", 5120), r.integer(limits, lp, "maxPoliciesPerTarget", 5));

        String ep = p + ".existingPoliciesPerTarget";
        YMap existing = r.map(ep, r.child(m, "existingPoliciesPerTarget"));
        Map<String, Integer> existingCounts = new LinkedHashMap<>();
        if (existing != null) {
            for (String target : existing.entries().keySet()) {
                existingCounts.put(target, r.integer(existing, ep, target, 1));
            }
        }
        return new GuardrailSettings(enabled, targets, switches, lim, existingCounts);
    }

    /** A guardrail switch is {@code true}/{@code false} or {@code {enabled, targets}}. */
    private Switch guardrailSwitch(String p, YNode n, boolean dflt) {
        r.record(p, n);
        if (n == null || (n instanceof YScalar s0 && s0.isNull())) {
            return new Switch(dflt, List.of());
        }
        if (n instanceof YScalar) {
            YMap wrapper = new YMap(new LinkedHashMap<>(Map.of("enabled", n)), n.line());
            return new Switch(r.bool(wrapper, p.substring(0, p.lastIndexOf('.')), p.substring(p.lastIndexOf('.') + 1), dflt), List.of());
        }
        YMap m = r.map(p, n);
        r.onlyKeys(p, m, List.of("enabled", "targets"));
        return new Switch(r.bool(m, p, "enabled", true), r.strings(m, p, "targets", List.of()));
    }

    private MemberDefaults members(YNode n) {
        String p = NS + "members";
        YMap m = r.map(p, n);
        r.onlyKeys(p, m, List.of("feed", "logRetentionDays", "ruleSets", "enabledRules", "disabledRules", "eventsPerDay"));
        MemberSettings s = new MemberSettings(
                r.enumValue(m, p, "feed", Feed.class, Feed.TRAIL),
                r.integer(m, p, "logRetentionDays", 365),
                r.strings(m, p, "ruleSets", DEFAULT_RULE_SETS),
                r.strings(m, p, "enabledRules", List.of()),
                r.strings(m, p, "disabledRules", List.of()));
        return new MemberDefaults(s, r.longValue(m, p, "eventsPerDay", 20_000));
    }

    private List<Account> accounts(YNode n, MemberSettings defaults) {
        YMap holder = new YMap(new LinkedHashMap<>(), 0);
        if (n != null) {
            holder.entries().put("accounts", n);
        }
        return r.list(holder, "trailguard:", "accounts", (p, item) -> account(p, item, defaults));
    }

    private Account account(String p, YNode n, MemberSettings d) {
        YMap m = r.map(p, n);
        if (m == null) {
            return null;
        }
        r.onlyKeys(p, m, List.of("id", "name", "ou", "feed", "logRetentionDays", "ruleSets", "enabledRules", "disabledRules", "guardedResources"));
        String id = r.accountId(m, p, "id", true);
        String name = r.string(m, p, "name", null, true);
        String ou = r.string(m, p, "ou", null, true);
        MemberSettings s = new MemberSettings(
                r.enumValue(m, p, "feed", Feed.class, d.feed()),
                r.integer(m, p, "logRetentionDays", d.logRetentionDays()),
                r.strings(m, p, "ruleSets", d.ruleSets()),
                union(d.enabledRules(), r.strings(m, p, "enabledRules", List.of())),
                union(d.disabledRules(), r.strings(m, p, "disabledRules", List.of())));
        List<GuardedResource> guarded = r.list(m, p, "guardedResources", this::guardedResource);
        if (id == null || name == null) {
            return null;
        }
        return new Account(id, name, ou, s, guarded);
    }

    private GuardedResource guardedResource(String p, YNode n) {
        YMap m = r.map(p, n);
        if (m == null) {
            return null;
        }
        r.onlyKeys(p, m, List.of("arn", "allow"));
        String arn = r.string(m, p, "arn", null, true);
        Map<String, List<String>> allow = r.stringListMap(m, p, "allow");
        return arn == null ? null : new GuardedResource(arn, allow);
    }

    private CoverageMode coverage(YNode n) {
        YMap holder = new YMap(new LinkedHashMap<>(), 0);
        if (n != null) {
            holder.entries().put("coverage", n);
        }
        return r.enumValue(holder, "trailguard:", "coverage", CoverageMode.class, CoverageMode.OFF);
    }

    private Scope scope(YNode n) {
        if (n == null) {
            return Scope.ALL;
        }
        String p = NS + "scope";
        r.record(p, n);
        if (!(n instanceof YScalar s) || s.isNull()) {
            r.error(p, n.line(), "expected a string, found " + n.kind(), "all, foundation or accounts:<id>[,<id>...]");
            return Scope.ALL;
        }
        Scope scope = Scope.parse(s.value());
        if (scope == null) {
            r.error(p, n.line(), "`" + s.value() + "` is not a scope", "all, foundation or accounts:<id>[,<id>...]");
            return Scope.ALL;
        }
        return scope;
    }

    private static List<String> union(List<String> a, List<String> b) {
        java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }
}
