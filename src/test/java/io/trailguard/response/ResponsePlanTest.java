package io.trailguard.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Events;
import io.trailguard.detect.Feed;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Plans;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The response stack's plan: where response rules listen, where they deliver, and that runbooks cannot trigger themselves. */
class ResponsePlanTest {

    static final String RULE = "aws:cloudwatch/eventRule:EventRule";
    static final String TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    static final String DOCUMENT = "aws:ssm/document:Document";

    static Plan plan() {
        return Plans.of("response");
    }

    static List<PlannedResource> of(String type, String account) {
        return plan().resources().stream().filter(r -> r.type().equals(type) && r.account().equals(account)
                && r.name().startsWith("response-")).toList();
    }

    static JsonNode json(PlannedResource r, String key) {
        JsonNode n = Plans.input(r, key);
        try {
            return n.isTextual() ? Events.mapper().readTree(n.asText()) : n;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @DisplayName("a trail-feed account listens in every allowed region and us-east-1 and forwards to its home bus; an EventBridge-feed"
            + " account listens at home only, because its feed already forwards every event there (once)")
    void regionsAndForwarding() {
        Set<String> regions = of(RULE, "444444444444").stream().map(PlannedResource::region).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("eu-central-1", "eu-west-1", "us-east-1"), regions);
        for (PlannedResource t : of(TARGET, "444444444444")) {
            String arn = t.inputs().get("arn").toString();
            if (t.region().equals("eu-west-1")) {
                assertTrue(arn.startsWith("arn:aws:sns:eu-west-1:333333333333:trailguard-alerts-")
                        || arn.startsWith("arn:aws:ssm:eu-west-1:444444444444:automation-definition/trailguard-response-"), arn);
            } else {
                assertEquals("arn:aws:events:eu-west-1:444444444444:event-bus/default", arn, t.name());
            }
        }
        assertEquals(Set.of("eu-west-1"), of(RULE, "555555555555").stream().map(PlannedResource::region).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("runbooks are schema 0.3 Automation documents of aws:executeAwsApi steps only, run as their own role")
    void runbooksAreApiCallsOnly() {
        List<PlannedResource> docs = of(DOCUMENT, "444444444444");
        assertEquals(3, docs.size());
        for (PlannedResource d : docs) {
            assertEquals("Automation", d.inputs().get("documentType"));
            JsonNode content = json(d, "content");
            assertEquals("0.3", content.path("schemaVersion").asText());
            assertEquals("arn:aws:iam::444444444444:role/" + d.inputs().get("name"), content.path("assumeRole").asText());
            for (JsonNode step : content.path("mainSteps")) {
                assertEquals("aws:executeAwsApi", step.path("action").asText(), step.toString());
            }
        }
        assertTrue(of(DOCUMENT, "555555555555").stream().noneMatch(d -> d.inputs().get("name").toString().endsWith("restart-logging")),
                "no account trail, no restart-logging runbook");
    }

    @Test
    @DisplayName("loop safety: no response pattern of the account matches a call its runbooks make, while the same call by anyone"
            + " else does and the account's metric filters still count the runbook's calls")
    void runbookCallsStartNoResponse() {
        String account = "444444444444";
        List<JsonNode> patterns = of(RULE, account).stream().map(r -> json(r, "eventPattern")).toList();
        int byOthersMatched = 0;
        for (PlannedResource d : of(DOCUMENT, account)) {
            JsonNode content = json(d, "content");
            String role = content.path("assumeRole").asText().replaceAll(".*/", "");
            for (JsonNode step : content.path("mainSteps")) {
                ObjectNode byRunbook = call(account, step.path("inputs"), role);
                for (JsonNode p : patterns) {
                    assertFalse(EventPatternMatcher.matches(p, ResponseEvents.envelope(byRunbook)),
                            role + " " + step.path("name").asText() + " matches " + p);
                }
                ObjectNode byAdmin = call(account, step.path("inputs"), "Admin");
                for (JsonNode p : patterns) {
                    byOthersMatched += EventPatternMatcher.matches(p, ResponseEvents.envelope(byAdmin)) ? 1 : 0;
                }
                if (step.path("inputs").path("Api").asText().equals("PutEventSelectors")) {
                    assertTrue(Catalogue.byId("insider-cloudtrail-selectors-changed").orElseThrow().compile(Feed.TRAIL).matches(byRunbook),
                            "the runbook's own PutEventSelectors is still recorded and counted");
                }
            }
        }
        assertTrue(byOthersMatched > 0, "the same calls by another role must meet some response, or the check proves nothing");
    }

    @Test
    @DisplayName("notify makes no call a response listens for: EventBridge's delivery to SNS matches no response pattern")
    void notifyDeliveryStartsNoResponse() {
        ObjectNode publish = Events.mapper().createObjectNode();
        publish.putObject("userIdentity").put("type", "AWSService").put("invokedBy", "events.amazonaws.com");
        publish.put("eventSource", "sns.amazonaws.com").put("eventName", "Publish").put("eventType", "AwsApiCall")
                .put("eventTime", "2026-11-30T10:00:00Z").put("awsRegion", "eu-west-1").put("recipientAccountId", "333333333333");
        publish.putObject("requestParameters").put("topicArn", "arn:aws:sns:eu-west-1:333333333333:trailguard-alerts-high");
        for (String account : List.of("111111111111", "222222222222", "333333333333", "444444444444", "555555555555")) {
            for (PlannedResource r : of(RULE, account)) {
                assertFalse(EventPatternMatcher.matches(json(r, "eventPattern"), ResponseEvents.envelope(publish)), r.name());
            }
        }
    }

    @Test
    @DisplayName("the cost estimate lists each account's response rules, counted from the plan")
    void costLine() {
        var cost = io.trailguard.plan.MemberSummary.cost(plan());
        var workload = cost.accounts().stream().filter(a -> a.accountId().equals("444444444444")).findFirst().orElseThrow();
        assertTrue(workload.lines().stream().anyMatch(l -> l.what().equals("response rules: " + of(RULE, "444444444444").size()
                + " (charged per incident only)")), workload.lines().toString());
    }

    /** The CloudTrail record of one runbook step, as the role's session would make it. */
    static ObjectNode call(String account, JsonNode inputs, String roleName) {
        ObjectNode e = Events.mapper().createObjectNode();
        ObjectNode id = e.putObject("userIdentity");
        id.put("type", "AssumedRole").put("arn", "arn:aws:sts::" + account + ":assumed-role/" + roleName + "/Automation-session")
                .put("accountId", account).put("accessKeyId", "ASIAEXAMPLEKEY");
        id.putObject("sessionContext").putObject("sessionIssuer").put("type", "Role")
                .put("arn", "arn:aws:iam::" + account + ":role/" + roleName).put("accountId", account).put("userName", roleName);
        e.put("eventTime", "2026-11-30T10:00:00Z").put("eventSource", inputs.path("Service").asText() + ".amazonaws.com")
                .put("eventName", inputs.path("Api").asText()).put("awsRegion", "eu-west-1").put("eventType", "AwsApiCall")
                .put("recipientAccountId", account).put("readOnly", false);
        ObjectNode params = e.putObject("requestParameters");
        Map<String, String> names = Map.of("Name", "name", "TrailName", "trailName", "RoleName", "roleName",
                "UserName", "userName", "AccessKeyId", "accessKeyId", "PolicyName", "policyName", "Status", "status");
        inputs.fields().forEachRemaining(f -> {
            if (names.containsKey(f.getKey())) {
                params.put(names.get(f.getKey()), f.getValue().asText().contains("{{") ? "arn:aws:cloudtrail:eu-west-1:" + account
                        + ":trail/trailguard-account-trail" : f.getValue().asText());
            }
        });
        return e;
    }
}
