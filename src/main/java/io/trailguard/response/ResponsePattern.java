package io.trailguard.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.iam.Arns;
import io.trailguard.member.CloudTrailEventPattern;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The EventBridge pattern of a response: the rule's own conditions ({@link RulePatterns}) on the CloudTrail record
 * under {@code detail}, narrowed for {@code enforce} to what the action can act on, and never matching a call made
 * by a response runbook's own role, so that a runbook's API calls cannot start a response again.
 */
public final class ResponsePattern {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Long-term IAM user access keys; temporary (console, STS) keys start with ASIA and cannot be deactivated. */
    static final String LONG_TERM_KEY_PREFIX = "AKIA";
    static final String SESSION_ISSUER = "userIdentity.sessionContext.sessionIssuer";

    private ResponsePattern() {}

    public static ObjectNode of(Response r, ResponseContext ctx) {
        RulePatterns.Derivation d = RulePatterns.derive(r.rule().pattern().body());
        if (!d.derived()) {
            throw new IllegalArgumentException(r.rule().id() + ": " + d.notDerivable());
        }
        Map<String, ArrayNode> detail = new LinkedHashMap<>();
        Map<String, Set<String>> exact = new LinkedHashMap<>();
        d.fields().forEach((path, match) -> {
            if (match instanceof RulePatterns.FieldMatch.OneOf o) {
                exact.put(path, new LinkedHashSet<>(o.values()));
            } else {
                detail.put(path, JSON.arrayNode().add(JSON.objectNode().put("exists", false)));
            }
        });
        if (r.enforces()) {
            ActionFit.requires(r.action()).forEach((path, values) -> exact.merge(path, new LinkedHashSet<>(values), (a, b) -> {
                a.retainAll(b);
                return a;
            }));
        }
        exact.forEach((path, values) -> {
            if (values.isEmpty()) {
                throw new IllegalArgumentException(r.rule().id() + ": " + r.action().id() + " and the rule share no value of " + path);
            }
            ArrayNode a = JSON.arrayNode();
            values.stream().sorted().forEach(a::add);
            detail.put(path, a);
        });
        boolean excludesIssuers = false;
        if (r.enforces()) {
            switch (r.action()) {
                case RESTART_LOGGING -> {
                    if (ctx.trail() == null) {
                        throw new IllegalArgumentException(r.rule().id() + ": account " + ctx.accountId() + " has no trailguard trail to restart");
                    }
                    // A refused StopLogging changed nothing.
                    detail.put("errorCode", JSON.arrayNode().add(JSON.objectNode().put("exists", false)));
                }
                case REVOKE_SESSIONS -> {
                    detail.put(SESSION_ISSUER + ".userName", JSON.arrayNode().add(anythingButPrefix(Names.PREFIX + "-")));
                    ArrayNode protectedArns = JSON.arrayNode();
                    protectedRoleArns(ctx).forEach(protectedArns::add);
                    detail.put(SESSION_ISSUER + ".arn", JSON.arrayNode().add(JSON.objectNode().set("anything-but", protectedArns)));
                    excludesIssuers = true;
                }
                case QUARANTINE_ACCESS_KEY -> detail.put("userIdentity.accessKeyId",
                        JSON.arrayNode().add(JSON.objectNode().put("prefix", LONG_TERM_KEY_PREFIX)));
            }
        }
        ObjectNode pattern = JSON.objectNode();
        ArrayNode types = pattern.putArray("detail-type");
        CloudTrailEventPattern.DETAIL_TYPES.forEach(types::add);
        ObjectNode detailNode = pattern.putObject("detail");
        detail.forEach((path, leaf) -> put(detailNode, path, leaf));
        if (r.enforces() && r.action() == io.trailguard.config.ResponseSettings.Action.RESTART_LOGGING) {
            // StopLogging names the trail in `name`, PutEventSelectors in `trailName` (CloudTrail API reference), each
            // by name or ARN.
            ObjectNode params = detailNode.has("requestParameters") ? (ObjectNode) detailNode.get("requestParameters")
                    : detailNode.putObject("requestParameters");
            ArrayNode either = params.putArray("$or");
            for (String field : List.of("name", "trailName")) {
                either.addObject().set(field, JSON.arrayNode().add(ctx.trail().arn()).add(ctx.trail().name()));
            }
        }
        if (!excludesIssuers) {
            // Loop safety: no response answers a call made by a response runbook's role; events without a session
            // issuer (IAM users, root, services) are kept.
            String userName = SESSION_ISSUER + ".userName";
            ObjectNode notRunbook = JSON.objectNode();
            put(notRunbook.putObject("detail"), userName, JSON.arrayNode().add(anythingButPrefix(Names.RESPONSE_PREFIX)));
            ObjectNode noIssuer = JSON.objectNode();
            put(noIssuer.putObject("detail"), userName, JSON.arrayNode().add(JSON.objectNode().put("exists", false)));
            pattern.putArray("$or").add(notRunbook).add(noIssuer);
        }
        return pattern;
    }

    /** Roles whose sessions revoke-sessions never touches: deploy and break-glass (trailguard's own by name prefix). */
    static List<String> protectedRoleArns(ResponseContext ctx) {
        List<String> out = new ArrayList<>();
        out.add(Arns.role(ctx.accountId(), ctx.deployRoleName()));
        ctx.breakGlassRoleNames().forEach(n -> out.add(Arns.role(ctx.accountId(), n)));
        return out;
    }

    private static JsonNode anythingButPrefix(String prefix) {
        return JSON.objectNode().set("anything-but", JSON.objectNode().put("prefix", prefix));
    }

    private static void put(ObjectNode root, String dottedPath, ArrayNode leaf) {
        String[] parts = dottedPath.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
        }
        at.set(parts[parts.length - 1], leaf);
    }
}
