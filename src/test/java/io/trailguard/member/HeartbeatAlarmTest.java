package io.trailguard.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Severity;
import io.trailguard.stack.ComponentArgs;
import io.trailguard.cost.AccountCost;
import io.trailguard.naming.Names;
import io.trailguard.plan.MemberSummary;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: every log group that rules read has an alarm on its {@code IncomingLogEvents} that treats missing data as
 * breaching and pages the critical topic, so a broken delivery path cannot hide behind rule alarms that sit at OK.
 */
class HeartbeatAlarmTest {

    private final Plan prod = StackPlans.plan("prod");
    private final StackConfig c = prod.config();
    private final String critical = Names.centralTopicArn(ComponentArgs.topology(c), c.homeRegion(), Severity.CRITICAL);

    @Test
    void everyMemberLogGroupHasAHeartbeat() {
        for (Account a : c.accounts()) {
            List<PlannedResource> beats = heartbeats().stream().filter(r -> r.name().equals("member-" + a.id() + "-heartbeat")).toList();
            assertEquals(1, beats.size(), a.name() + " has one heartbeat alarm");
            PlannedResource beat = beats.get(0);
            assertEquals(a.id(), beat.account());
            assertEquals(c.homeRegion(), beat.region());
            assertHeartbeatOf(Names.MEMBER_LOG_GROUP, beat);
        }
    }

    @Test
    void theCentralLogGroupHasAHeartbeatInTheLogArchiveAccount() {
        PlannedResource beat = heartbeats().stream().filter(r -> r.name().equals("backstop-heartbeat")).findFirst().orElseThrow();
        assertEquals(c.logArchive().accountId(), beat.account());
        assertHeartbeatOf(Names.CENTRAL_LOG_GROUP, beat);
    }

    /** AWS/Logs publishes no datapoint for a period without events; a CloudTrail delivery is ~5 minutes late on average. */
    private void assertHeartbeatOf(String logGroup, PlannedResource beat) {
        Map<String, Object> in = beat.inputs();
        assertEquals("AWS/Logs", in.get("namespace"));
        assertEquals("IncomingLogEvents", in.get("metricName"));
        assertEquals(Map.of("LogGroupName", logGroup), in.get("dimensions"));
        assertEquals("breaching", in.get("treatMissingData"), "missing data is the failure being watched");
        assertEquals("LessThanThreshold", in.get("comparisonOperator"));
        assertEquals(1.0, ((Number) in.get("threshold")).doubleValue());
        int window = ((Number) in.get("period")).intValue() * ((Number) in.get("evaluationPeriods")).intValue();
        assertTrue(((Number) in.get("period")).intValue() >= 300 * 3, "each period is well above the ~5 minute delivery delay");
        assertEquals(3600, window, "an hour without any event");
        assertEquals(in.get("evaluationPeriods"), in.get("datapointsToAlarm"));
        assertEquals(List.of(critical), in.get("alarmActions"));
        assertTrue(((String) in.get("name")).startsWith(Names.PREFIX + "-"), "named so the topic policies admit it and the SCPs protect it");
    }

    @Test
    void theHeartbeatIsInTheCostEstimate() {
        for (AccountCost a : MemberSummary.cost(prod).accounts()) {
            long planned = prod.ofType(Types.ALARM).stream().filter(r -> r.account().equals(a.accountId())).count();
            assertTrue(a.lines().stream().anyMatch(l -> l.what().equals("alarms: " + planned)), a.name() + " pays for " + planned + " alarms");
        }
        assertEquals(c.accounts().size() + 1, heartbeats().size());
    }

    private List<PlannedResource> heartbeats() {
        return prod.ofType(Types.ALARM).stream().filter(r -> r.name().endsWith("-heartbeat")).toList();
    }
}
