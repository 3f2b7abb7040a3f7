package io.trailguard.config;

import io.trailguard.detect.GuardedResource;
import com.fasterxml.jackson.databind.JsonNode;
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
import io.trailguard.detect.Severity;
import io.trailguard.config.TrailSettings.DataEventSelector;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps a config tree that passed the schema, with the schema's defaults applied, to records. Shape, types and
 * defaults are the schema's; what is here is only which key feeds which record field, and the defaults that
 * derive from other values (bucket names, the allowed regions).
 */
final class ConfigBinder {

    private ConfigBinder() {}

    static StackConfig bind(JsonNode config) {
        return bind(config, java.util.Set.of());
    }

    /** @param secretSections the top-level keys (with namespace) that hold a secret */
    static StackConfig bind(JsonNode config, java.util.Set<String> secretSections) {
        Organization org = organization(top(config, "organization"));
        LogArchiveSettings archive = logArchive(top(config, "logArchive"), org);
        MemberDefaults members = members(top(config, "members"), org);
        List<Account> accounts = new ArrayList<>();
        for (JsonNode a : top(config, "accounts")) {
            accounts.add(account(a, members, org));
        }
        return new StackConfig(org, archive, trail(top(config, "trail")), alerting(top(config, "alerting"), secretSections.contains(KeyPath.NAMESPACE + "alerting")),
                guardrails(top(config, "guardrails")), members, List.copyOf(accounts),
                CoverageMode.valueOf(upper(top(config, "coverage").asText())), Scope.parse(top(config, "scope").asText()),
                response(top(config, "response")));
    }

    private static JsonNode top(JsonNode config, String key) {
        return config.path(KeyPath.NAMESPACE + key);
    }

    private static Organization organization(JsonNode n) {
        String home = n.path("homeRegion").asText();
        List<String> allowed = n.has("allowedRegions") ? strings(n.get("allowedRegions")) : List.of(home);
        return new Organization(n.path("id").asText(), n.path("managementAccountId").asText(), home, allowed,
                n.path("deployRoleName").asText(), strings(n.path("breakGlassRoleNames")),
                text(n, "previewRoleName", n.path("deployRoleName").asText()));
    }

    private static LogArchiveSettings logArchive(JsonNode n, Organization org) {
        String account = n.path("accountId").asText();
        JsonNode lock = n.path("objectLock");
        JsonNode lc = n.path("lifecycle");
        JsonNode al = n.path("accessLogs");
        return new LogArchiveSettings(account,
                text(n, "bucketName", Names.defaultTrailBucket(account, org.homeRegion())),
                new ObjectLockSettings(ObjectLockMode.valueOf(lock.path("mode").asText()), lock.path("days").asInt()),
                new LifecycleSettings(lc.path("transitionDays").asInt(), lc.path("transitionStorageClass").asText(),
                        lc.path("expireDays").asInt(), lc.path("noncurrentExpireDays").asInt()),
                new AccessLogSettings(al.path("enabled").asBoolean(),
                        text(al, "bucketName", Names.defaultAccessLogBucket(account, org.homeRegion())), al.path("expireDays").asInt()),
                strings(n.path("readerRoleArns")), text(n, "trailKeyArn", ""));
    }

    private static TrailSettings trail(JsonNode n) {
        List<DataEventSelector> data = new ArrayList<>();
        for (JsonNode d : n.path("dataEvents")) {
            data.add(new DataEventSelector(d.path("resourceType").asText(), strings(d.path("arnPrefixes")),
                    d.hasNonNull("readOnly") ? d.get("readOnly").asBoolean() : null));
        }
        return new TrailSettings(n.path("name").asText(), strings(n.path("insightTypes")), List.copyOf(data),
                n.path("logGroupRetentionDays").asInt(), strings(n.path("excludeManagementEventSources")));
    }

    private static AlertingSettings alerting(JsonNode n, boolean secret) {
        Map<Severity, List<Endpoint>> routes = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            List<Endpoint> endpoints = new ArrayList<>();
            for (JsonNode e : n.path("routes").path(s.id())) {
                endpoints.add(new Endpoint(Protocol.valueOf(upper(e.path("protocol").asText())), e.path("endpoint").asText()));
            }
            routes.put(s, List.copyOf(endpoints));
        }
        return new AlertingSettings(n.path("securityAccountId").asText(), routes, secret);
    }

    private static GuardrailSettings guardrails(JsonNode n) {
        Map<Guardrail, Switch> switches = new EnumMap<>(Guardrail.class);
        for (Guardrail g : Guardrail.values()) {
            JsonNode s = n.path("policies").path(g.key());
            switches.put(g, s.isBoolean() ? new Switch(s.asBoolean(), List.of())
                    : new Switch(s.path("enabled").asBoolean(true), strings(s.path("targets"))));
        }
        Map<String, Integer> existing = new LinkedHashMap<>();
        n.path("existingPoliciesPerTarget").fields().forEachRemaining(e -> existing.put(e.getKey(), e.getValue().asInt()));
        JsonNode limits = n.path("limits");
        return new GuardrailSettings(n.path("enabled").asBoolean(), strings(n.path("targets")), switches,
                new Limits(limits.path("maxPolicyChars").asInt(), limits.path("maxPoliciesPerTarget").asInt()), existing);
    }

    private static MemberDefaults members(JsonNode n, Organization org) {
        MemberSettings s = new MemberSettings(Feed.valueOf(upper(n.path("feed").asText())), n.path("logRetentionDays").asInt(),
                strings(n.path("ruleSets")), strings(n.path("enabledRules")), strings(n.path("disabledRules")),
                n.path("acknowledgeNoRules").asBoolean());
        return new MemberDefaults(s, n.path("eventsPerDay").asLong(), Deployment.valueOf(upper(n.path("deployment").asText())),
                stackSet(n.path("stackset"), s, org));
    }

    private static StackSetSettings stackSet(JsonNode n, MemberSettings defaults, Organization org) {
        JsonNode o = n.path("operationPreferences");
        var prefs = new StackSetSettings.OperationPreferences(o.path("maxConcurrentPercentage").asInt(),
                o.path("failureTolerancePercentage").asInt(), o.path("regionConcurrencyType").asText(), strings(o.path("regionOrder")));
        List<StackSetProfile> profiles = new ArrayList<>();
        for (JsonNode p : n.path("profiles")) {
            profiles.add(new StackSetProfile(p.path("name").asText(), strings(p.path("organizationalUnits")), merged(p, defaults)));
        }
        return new StackSetSettings(n.path("callAs").asText(), text(n, "adminAccountId", org.managementAccountId()), prefs, profiles);
    }

    // The management account is never reached by a service-managed StackSet, so the default mode does not apply to it.
    private static Deployment deployment(JsonNode n, MemberDefaults members, Organization org) {
        if (n.has("deployment")) {
            return Deployment.valueOf(upper(n.get("deployment").asText()));
        }
        return n.path("id").asText().equals(org.managementAccountId()) ? Deployment.STACKS : members.deployment();
    }

    /** Defaults with an entry's own settings: an account's or a profile's. */
    private static MemberSettings merged(JsonNode n, MemberSettings d) {
        return new MemberSettings(
                n.has("feed") ? Feed.valueOf(upper(n.get("feed").asText())) : d.feed(),
                n.has("logRetentionDays") ? n.get("logRetentionDays").asInt() : d.logRetentionDays(),
                n.has("ruleSets") ? strings(n.get("ruleSets")) : d.ruleSets(),
                union(d.enabledRules(), strings(n.path("enabledRules"))),
                union(d.disabledRules(), strings(n.path("disabledRules"))),
                n.has("acknowledgeNoRules") ? n.get("acknowledgeNoRules").asBoolean() : d.acknowledgeNoRules());
    }

    private static Account account(JsonNode n, MemberDefaults members, Organization org) {
        Deployment deployment = deployment(n, members, org);
        // An account a StackSet deploys starts from its profile's settings, as the profile's template does.
        MemberSettings base = deployment == Deployment.STACKSET
                ? members.stackSet().profileFor(n.path("ou").asText()).map(StackSetProfile::monitoring).orElse(members.monitoring())
                : members.monitoring();
        MemberSettings s = merged(n, base);
        List<GuardedResource> guarded = new ArrayList<>();
        for (JsonNode g : n.path("guardedResources")) {
            Map<String, List<String>> allow = new LinkedHashMap<>();
            g.path("allow").fields().forEachRemaining(e ->
                    allow.put(e.getKey(), e.getValue().isTextual() ? List.of(e.getValue().asText()) : strings(e.getValue())));
            guarded.add(new GuardedResource(g.path("arn").asText(), allow));
        }
        return new Account(n.path("id").asText(), n.path("name").asText(), n.path("ou").asText(), s, List.copyOf(guarded), deployment);
    }

    private static ResponseSettings response(JsonNode n) {
        Map<String, ResponseSettings.Choice> rules = new LinkedHashMap<>();
        n.path("rules").fields().forEachRemaining(e -> rules.put(e.getKey(), new ResponseSettings.Choice(
                action(e.getValue()), mode(e.getValue()) == null ? ResponseSettings.Mode.NOTIFY : mode(e.getValue()))));
        Map<String, Map<String, ResponseSettings.Override>> accounts = new LinkedHashMap<>();
        n.path("accounts").fields().forEachRemaining(a -> {
            Map<String, ResponseSettings.Override> overrides = new LinkedHashMap<>();
            a.getValue().fields().forEachRemaining(e -> overrides.put(e.getKey(),
                    new ResponseSettings.Override(action(e.getValue()), mode(e.getValue()))));
            accounts.put(a.getKey(), overrides);
        });
        return new ResponseSettings(rules, accounts);
    }

    private static ResponseSettings.Action action(JsonNode choice) {
        return choice.hasNonNull("action") ? ResponseSettings.Action.of(choice.get("action").asText()).orElseThrow() : null;
    }

    private static ResponseSettings.Mode mode(JsonNode choice) {
        return choice.hasNonNull("mode") ? ResponseSettings.Mode.valueOf(upper(choice.get("mode").asText())) : null;
    }

    private static String text(JsonNode n, String key, String dflt) {
        return n.hasNonNull(key) ? n.get(key).asText() : dflt;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(v -> out.add(v.asText()));
        return List.copyOf(out);
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
