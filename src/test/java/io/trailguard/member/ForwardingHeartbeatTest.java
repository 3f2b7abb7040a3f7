package io.trailguard.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.cost.AccountCost;
import io.trailguard.cost.Assumptions;
import io.trailguard.cost.CostLine;
import io.trailguard.detect.Feed;
import io.trailguard.detect.FilterPattern;
import io.trailguard.detect.Severity;
import io.trailguard.naming.Names;
import io.trailguard.plan.MemberSummary;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.stack.ComponentArgs;
import io.trailguard.testing.Stacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, the heartbeat that proves the EventBridge feed's forwarding path per forward region ({@link ForwardingHeartbeat}).
 * Fails on the code before it: no schedule, filter or alarm existed for a forward region, so a broken forward rule or
 * role was covered only by the log group's heartbeat, which the home region's events keep OK.
 */
class ForwardingHeartbeatTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEDULE = "aws:scheduler/schedule:Schedule";
    private static final String SCHEDULE_GROUP = "aws:scheduler/scheduleGroup:ScheduleGroup";

    private final Plan prod = StackPlans.plan("prod");
    private final StackConfig c = prod.config();
    private final String home = c.homeRegion();

    private List<Account> eventBridgeAccounts() {
        List<Account> out = c.accounts().stream().filter(a -> a.monitoring().feed() == Feed.EVENTBRIDGE).toList();
        assertFalse(out.isEmpty(), "prod has an EventBridge-feed account");
        return out;
    }

    private List<String> forwardRegions(Account a) {
        TreeSet<String> regions = new TreeSet<>();
        StackPlans.ofType(prod, Types.EVENT_RULE, a.id()).stream()
                .filter(r -> r.inputs().get("name").equals(Names.EVENTS_FORWARD_RULE)).forEach(r -> regions.add(r.region()));
        assertFalse(regions.isEmpty(), a.name() + " forwards from some region");
        assertFalse(regions.contains(home));
        return List.copyOf(regions);
    }

    private PlannedResource one(String type, String account, String name) {
        List<PlannedResource> found = StackPlans.ofType(prod, type, account).stream().filter(r -> r.name().equals(name)).toList();
        assertEquals(1, found.size(), type + " " + name);
        return found.get(0);
    }

    @Test
    void everyForwardRegionHasAScheduleAFilterAndABreachingAlarmOnTheCriticalTopic() {
        String critical = Names.centralTopicArn(ComponentArgs.topology(c), home, Severity.CRITICAL.id());
        for (Account a : eventBridgeAccounts()) {
            String scope = "member-" + a.id() + "-";
            PlannedResource role = one(Types.ROLE, a.id(), scope + "heartbeat-role");
            for (String region : forwardRegions(a)) {
                PlannedResource group = one(SCHEDULE_GROUP, a.id(), scope + "heartbeat-" + region + "-group");
                assertEquals(region, group.region());
                assertEquals(Names.HEARTBEAT_SCHEDULE_GROUP, group.inputs().get("name"));

                PlannedResource schedule = one(SCHEDULE, a.id(), scope + "heartbeat-" + region + "-schedule");
                assertEquals(region, schedule.region(), "the schedule makes its call in the forward region");
                Map<String, Object> in = schedule.inputs();
                assertEquals(Names.HEARTBEAT_SCHEDULE_GROUP, in.get("groupName"));
                assertEquals("rate(5 minutes)", in.get("scheduleExpression"));
                assertEquals("ENABLED", in.get("state"));
                Map<String, Object> target = StackPlans.map(in.get("target"));
                assertEquals("arn:aws:scheduler:::aws-sdk:kms:generateRandom", target.get("arn"));
                assertEquals("arn:aws:iam::" + a.id() + ":role/" + Names.HEARTBEAT_ROLE, target.get("roleArn"));
                assertEquals(Map.of("NumberOfBytes", 1), JSON.convertValue(Stacks.json((String) target.get("input")), Map.class), "GenerateRandom's request");
                assertEquals("OFF", StackPlans.map(in.get("flexibleTimeWindow")).get("mode"));

                PlannedResource filter = one(Types.FILTER, a.id(), scope + "heartbeat-" + region + "-filter");
                assertEquals(home, filter.region());
                assertEquals(Names.MEMBER_LOG_GROUP, filter.inputs().get("logGroupName"));
                Map<String, Object> metric = StackPlans.map(filter.inputs().get("metricTransformation"));

                PlannedResource alarm = one(Types.ALARM, a.id(), scope + "heartbeat-" + region);
                Map<String, Object> al = alarm.inputs();
                assertEquals("trailguard-heartbeat-" + region, al.get("name"));
                assertEquals(metric.get("namespace"), al.get("namespace"));
                assertEquals(metric.get("name"), al.get("metricName"), "the alarm watches the filter's metric");
                assertEquals("breaching", al.get("treatMissingData"), "no event from the region is the failure");
                assertEquals("LessThanThreshold", al.get("comparisonOperator"));
                assertEquals(3600, ((Number) al.get("period")).intValue() * ((Number) al.get("evaluationPeriods")).intValue());
                assertEquals(List.of(critical), al.get("alarmActions"));
                assertEquals(List.of(critical), al.get("okActions"), "a recovery is visible");
            }
            assertTrue(role.inputs().get("name").equals(Names.HEARTBEAT_ROLE));
        }
        List<String> trailFeedSchedules = prod.ofType(SCHEDULE).stream()
                .filter(r -> c.account(r.account()).map(x -> x.monitoring().feed() == Feed.TRAIL).orElse(true)).map(PlannedResource::name).toList();
        assertEquals(List.of(), trailFeedSchedules, "the trail feed has no forwarding to prove");
    }

    /**
     * The role Scheduler assumes: trusted only by scheduler.amazonaws.com for this account's trailguard-heartbeat groups
     * in the forward regions (the group ARN, as the confused-deputy page requires), allowed only GenerateRandom.
     */
    @Test
    void theHeartbeatRoleIsTrustedByTheHeartbeatGroupsOnlyAndMayOnlyGenerateRandom() {
        for (Account a : eventBridgeAccounts()) {
            String scope = "member-" + a.id() + "-";
            List<PolicyStatements> trust = PolicyStatements.of(one(Types.ROLE, a.id(), scope + "heartbeat-role").inputs()
                    .get("assumeRolePolicy"));
            assertEquals(1, trust.size());
            PolicyStatements t = trust.get(0);
            assertEquals(List.of("scheduler.amazonaws.com"), t.services());
            assertEquals(List.of("sts:AssumeRole"), t.actions());
            assertEquals(List.of(a.id()), t.condition("StringEquals", "aws:SourceAccount"));
            List<String> groups = forwardRegions(a).stream()
                    .map(r -> "arn:aws:scheduler:" + r + ":" + a.id() + ":schedule-group/" + Names.HEARTBEAT_SCHEDULE_GROUP).toList();
            assertEquals(groups, t.condition("ArnEquals", "aws:SourceArn"));

            List<PolicyStatements> permissions = PolicyStatements.of(one(Types.ROLE_POLICY, a.id(), scope + "heartbeat-policy")
                    .inputs().get("policy"));
            assertEquals(1, permissions.size());
            assertEquals(List.of("kms:GenerateRandom"), permissions.get(0).actions());
            assertTrue(permissions.get(0).allows());
        }
    }

    /**
     * EventBridge Scheduler's universal target refuses read-only actions by these name prefixes
     * (https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets-universal.html, "Unsupported actions").
     */
    @Test
    void theHeartbeatCallIsOneTheUniversalTargetAccepts() {
        List<String> refused = List.of("get", "describe", "list", "poll", "receive", "search", "scan", "query", "select", "read", "lookup",
                "discover", "validate", "batchGet", "batchDescribe", "batchRead", "transactGet", "adminGet", "adminList", "testMigration",
                "retrieve", "testConnection", "translateDocument", "isAuthorized", "isAuthorizedWithToken", "invokeModel");
        String action = ForwardingHeartbeat.TARGET_ARN.substring(ForwardingHeartbeat.TARGET_ARN.lastIndexOf(':') + 1);
        assertEquals("generateRandom", action);
        assertTrue(refused.stream().noneMatch(action::startsWith), action);
        assertEquals("arn:aws:scheduler:::aws-sdk:kms:" + action, ForwardingHeartbeat.TARGET_ARN, "arn:aws:scheduler:::aws-sdk:service:apiAction");
    }

    /**
     * The event the heartbeat causes, as the member log group holds it: AWS's documented GenerateRandom record
     * (https://docs.aws.amazon.com/kms/latest/developerguide/ct-generaterandom.html) made by the heartbeat role's session,
     * in the EventBridge envelope. It must count for its own region's heartbeat only, reach the home bus through the
     * forward rule's pattern, and fire no detection rule the account deploys.
     */
    @Test
    void theHeartbeatsOwnEventCountsForItsRegionAndFiresNoDetectionRule() {
        for (Account a : eventBridgeAccounts()) {
            String scope = "member-" + a.id() + "-";
            List<PlannedResource> filters = StackPlans.ofType(prod, Types.FILTER, a.id());
            for (String region : forwardRegions(a)) {
                JsonNode envelope = heartbeatEvent(a.id(), region);
                List<String> matched = new ArrayList<>();
                for (PlannedResource f : filters) {
                    if (FilterPattern.parse((String) f.inputs().get("pattern")).compile().matches(envelope)) {
                        matched.add(f.name());
                    }
                }
                assertEquals(List.of(scope + "heartbeat-" + region + "-filter"), matched,
                        "the heartbeat counts for its own region and trips no rule");

                JsonNode forwardPattern = Stacks.json((String) StackPlans.ofType(prod, Types.EVENT_RULE, a.id()).stream()
                        .filter(r -> r.region().equals(region)).findFirst().orElseThrow().inputs().get("eventPattern"));
                List<String> types = new ArrayList<>();
                forwardPattern.get("detail-type").forEach(n -> types.add(n.asText()));
                assertTrue(types.contains(envelope.get("detail-type").asText()), "the forward rule carries it: " + types);
                assertEquals(CloudTrailEventPattern.RULE_STATE, StackPlans.ofType(prod, Types.EVENT_RULE, a.id()).stream()
                        .filter(r -> r.region().equals(region)).findFirst().orElseThrow().inputs().get("state"),
                        "a read-only event reaches the rule only in this state");
            }
        }
    }

    @Test
    void theForwardingHeartbeatIsInTheCostEstimate() {
        assertEquals(ForwardingHeartbeat.INTERVAL_MINUTES, Assumptions.DAYS_PER_MONTH * 24 * 60 / Assumptions.HEARTBEATS_PER_MONTH, 1e-9,
                "the estimate assumes the schedule's rate");
        for (Account a : eventBridgeAccounts()) {
            int regions = forwardRegions(a).size();
            AccountCost cost = MemberSummary.cost(prod).accounts().stream().filter(x -> x.accountId().equals(a.id())).findFirst().orElseThrow();
            List<String> heartbeat = cost.lines().stream().map(CostLine::what).filter(w -> w.startsWith("heartbeat ")).toList();
            assertEquals(5, heartbeat.size(), heartbeat::toString);
            CostLine invocations = cost.lines().stream().filter(l -> l.what().startsWith("heartbeat schedules")).findFirst().orElseThrow();
            assertEquals(regions * Assumptions.HEARTBEATS_PER_MONTH, invocations.quantity(), 1e-6);
            assertTrue(cost.lines().stream().anyMatch(l -> l.what().equals("heartbeat metrics: " + regions)));
        }
    }

    private static JsonNode heartbeatEvent(String account, String region) {
        ObjectNode record = JSON.createObjectNode();
        record.put("eventVersion", "1.08");
        ObjectNode identity = record.putObject("userIdentity");
        identity.put("type", "AssumedRole");
        identity.put("principalId", "AROAEXAMPLEHEARTBEAT:scheduler-session");
        identity.put("arn", "arn:aws:sts::" + account + ":assumed-role/" + Names.HEARTBEAT_ROLE + "/scheduler-session");
        identity.put("accountId", account);
        ObjectNode issuer = identity.putObject("sessionContext").putObject("sessionIssuer");
        issuer.put("type", "Role");
        issuer.put("arn", "arn:aws:iam::" + account + ":role/" + Names.HEARTBEAT_ROLE);
        issuer.put("accountId", account);
        issuer.put("userName", Names.HEARTBEAT_ROLE);
        record.put("eventTime", "2026-12-01T00:05:00Z");
        record.put("eventSource", "kms.amazonaws.com");
        record.put("eventName", "GenerateRandom");
        record.put("awsRegion", region);
        record.put("sourceIPAddress", "scheduler.amazonaws.com");
        record.put("userAgent", "scheduler.amazonaws.com");
        record.putNull("requestParameters");
        record.putNull("responseElements");
        record.put("requestID", "df1e3de6-63bc-11e4-bc2b-4198b6150d5c");
        record.put("eventID", "239cb9f7-ae05-4c94-9221-6ea30eef0442");
        record.put("readOnly", true);
        record.putArray("resources");
        record.put("eventType", "AwsApiCall");
        record.put("managementEvent", true);
        record.put("recipientAccountId", account);
        record.put("eventCategory", "Management");

        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("version", "0");
        envelope.put("id", "6f1c7a3e-0000-4000-8000-000000000001");
        envelope.put("detail-type", "AWS API Call via CloudTrail");
        envelope.put("source", "aws.kms");
        envelope.put("account", account);
        envelope.put("time", "2026-12-01T00:05:00Z");
        envelope.put("region", region);
        envelope.putArray("resources");
        envelope.set("detail", record);
        return envelope;
    }
}
