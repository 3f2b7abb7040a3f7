package io.trailguard.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.config.ResponseSettings.Mode;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.detect.TestEvents;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A response's EventBridge pattern against the rule's own evidence: the fixtures that must fire and the near misses
 * that must not, as EventBridge delivers them; the same records through the rule's metric filter give the reference.
 */
class ResponsePatternTest {

    static final ResponseContext CTX = new ResponseContext("444444444444", "eu-west-1", "TrailguardDeployRole",
            List.of("BreakGlassAdmin"), new ResponseContext.TrailRef(Names.MEMBER_TRAIL,
            Names.memberTrailArn("eu-west-1", "444444444444")));

    static Stream<Rule> derivableRules() {
        return Catalogue.all().stream().filter(r -> RulePatterns.derive(r.pattern().body()).derived());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("derivableRules")
    @DisplayName("a notify pattern matches every must-fire fixture and no near miss, exactly as the metric filter does")
    void notifyPatternAgreesWithTheFilter(Rule rule) {
        ObjectNode pattern = ResponsePattern.of(new Response(rule, null, Mode.NOTIFY), CTX);
        var filter = rule.compile(Feed.TRAIL);
        for (Rule.Fixture f : rule.fixtures()) {
            JsonNode record = TestEvents.event(f.event());
            assertEquals(f.fires(), filter.matches(record), f.event() + ": the metric filter itself");
            assertEquals(f.fires(), EventPatternMatcher.matches(pattern, ResponseEvents.envelope(record)),
                    rule.id() + " " + f.event() + " (" + f.note() + ") with " + pattern);
        }
    }

    @Test
    @DisplayName("derivation covers the rules built only of equalities, and names why the others fall back to their alarm")
    void derivationIsExplainedForEveryRule() {
        List<String> derived = new ArrayList<>();
        for (Rule r : Catalogue.all()) {
            RulePatterns.Derivation d = RulePatterns.derive(r.pattern().body());
            if (d.derived()) {
                derived.add(r.id());
            } else {
                assertFalse(d.notDerivable().isBlank(), r.id());
            }
        }
        assertTrue(derived.contains("insider-cloudtrail-logging-stopped"), derived.toString());
        assertTrue(derived.contains("cis-cloudtrail-changes"), "an OR of parenthesised equalities on one field");
        assertFalse(derived.contains("insider-access-key-for-named-user"), "`= *` is a glob");
        assertFalse(derived.contains("insider-ssm-parameter-decrypt-bulk"), "IS TRUE");
        assertFalse(derived.contains("insider-role-trusts-outside-org"), "a regex");
    }

    static Stream<Object[]> enforced() {
        return Stream.of(
                new Object[] {"insider-cloudtrail-logging-stopped", Action.RESTART_LOGGING},
                new Object[] {"insider-cloudtrail-selectors-changed", Action.RESTART_LOGGING},
                new Object[] {"cis-cloudtrail-changes", Action.RESTART_LOGGING},
                new Object[] {"insider-secrets-get-value-bulk", Action.REVOKE_SESSIONS},
                new Object[] {"insider-iam-user-created", Action.QUARANTINE_ACCESS_KEY},
                new Object[] {"insider-role-trust-policy-changed", Action.REVOKE_SESSIONS});
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("enforced")
    @DisplayName("an enforce pattern never matches a near miss, matches a must-fire fixture only where the action can act,"
            + " and the runbook's input resolves to values its parameters accept")
    void enforcePatternIsTheRuleNarrowedToTheAction(String ruleId, Action action) {
        Rule rule = Catalogue.byId(ruleId).orElseThrow();
        assertTrue(ActionFit.problem(rule, action).isEmpty(), () -> ActionFit.problem(rule, action).get());
        ObjectNode pattern = ResponsePattern.of(new Response(rule, action, Mode.ENFORCE), CTX);
        Runbook runbook = Runbooks.of(action, CTX, List.of());
        ResponseInput input = ResponseInput.runbook(action, CTX);
        int acted = 0;
        for (Rule.Fixture f : rule.fixtures()) {
            JsonNode event = ResponseEvents.envelope(aimedAtTheAccount(TestEvents.event(f.event()), action));
            boolean matched = EventPatternMatcher.matches(pattern, event);
            if (!f.fires()) {
                assertFalse(matched, ruleId + " near miss " + f.event());
                continue;
            }
            assertEquals(actionable(action, event.get("detail")), matched, ruleId + " " + f.event() + " with " + pattern);
            if (matched) {
                acted++;
                RunbookInputs.assertAccepted(runbook, input, event);
            }
        }
        assertTrue(acted > 0, ruleId + ": no fixture the action acts on; the test would prove nothing");
    }

    /**
     * Whether the action can act on the record, from the record alone (the documented facts each runbook relies on):
     * a successful StopLogging or PutEventSelectors on the account trail; a role session not of the deploy,
     * break-glass or trailguard roles; an IAM user's long-term (AKIA) access key.
     */
    static boolean actionable(Action action, JsonNode d) {
        JsonNode id = d.path("userIdentity");
        return switch (action) {
            case RESTART_LOGGING -> d.path("eventSource").asText().equals("cloudtrail.amazonaws.com")
                    && List.of("StopLogging", "PutEventSelectors").contains(d.path("eventName").asText())
                    && (List.of(CTX.trail().name(), CTX.trail().arn()).contains(d.path("requestParameters").path("name").asText())
                        || List.of(CTX.trail().name(), CTX.trail().arn()).contains(d.path("requestParameters").path("trailName").asText()))
                    && !d.has("errorCode");
            case REVOKE_SESSIONS -> {
                String issuer = id.path("sessionContext").path("sessionIssuer").path("userName").asText("");
                yield id.path("type").asText().equals("AssumedRole") && !issuer.isEmpty() && !issuer.startsWith("trailguard-")
                        && !issuer.equals(CTX.deployRoleName()) && !CTX.breakGlassRoleNames().contains(issuer);
            }
            case QUARANTINE_ACCESS_KEY -> id.path("type").asText().equals("IAMUser")
                    && id.path("accessKeyId").asText().startsWith("AKIA");
        };
    }

    /**
     * The fixture as it would be seen in the test account: a trail call names the account's trailguard trail (the only
     * one restart-logging acts on). Everything else is the fixture as recorded.
     */
    static JsonNode aimedAtTheAccount(JsonNode record, Action action) {
        ObjectNode copy = record.deepCopy();
        if (action == Action.RESTART_LOGGING && copy.path("requestParameters") instanceof ObjectNode params) {
            // Each request keeps its own shape: StopLogging's `name`, PutEventSelectors' `trailName`.
            for (String field : List.of("name", "trailName")) {
                if (params.has(field)) {
                    params.put(field, field.equals("name") ? CTX.trail().arn() : CTX.trail().name());
                }
            }
        }
        return copy;
    }
}
