package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fixtures prove alarms, not only matches: each fixture's events reach (or stay below) the rule's threshold. */
class RuleAlarmFixturesTest {

    @Test
    @DisplayName("every fixture's expected alarm outcome holds at the rule's threshold and period, on both feeds")
    void fixturesReachTheirExpectedAlarmState() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : Catalogue.all()) {
            for (Feed feed : Feed.values()) {
                CompiledPattern p = rule.compile(feed);
                for (Rule.Fixture f : rule.fixtures()) {
                    var event = feed == Feed.TRAIL ? TestEvents.event(f.event()) : TestEvents.envelope(TestEvents.event(f.event()));
                    // A near miss is repeated up to the threshold: however often it happens, it must not alarm.
                    int times = f.fires() ? f.times() : Math.max(f.times(), rule.threshold());
                    List<Long> points = p.matches(event) ? AlarmEvaluator.withinOnePeriod(rule, times) : List.of();
                    if (AlarmEvaluator.reachesAlarm(rule, points) != f.alarms()) {
                        wrong.add(rule.id() + " " + feed.id() + " " + f.event() + " x" + times + ": expected "
                                + (f.alarms() ? "ALARM" : "OK"));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("every rule has a fixture set that reaches ALARM, and every rule with a threshold above 1 one that stays OK")
    void everyRuleProvesItsThresholdBothWays() {
        for (Rule rule : Catalogue.all()) {
            assertTrue(rule.fixtures().stream().anyMatch(f -> f.fires() && f.alarms()), rule.id() + " never reaches ALARM");
            if (rule.threshold() > 1) {
                assertTrue(rule.fixtures().stream().anyMatch(f -> f.fires() && !f.alarms()),
                        rule.id() + " has no matching fixture below its threshold of " + rule.threshold());
            }
        }
    }

    @Test
    @DisplayName("a harvest of 5 BatchGetSecretValue calls in 5 minutes alarms (the call-counting rule missed it)")
    void fiveBatchSecretReadsAlarm() {
        var call = TestEvents.event("doc:secretsmanager-batch-get-by-list");
        List<String> alarmed = new ArrayList<>();
        for (Rule rule : Catalogue.ruleSet("insider")) {
            List<Long> at = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                at.add(AlarmEvaluator.BASE + 60L * i);
            }
            if (rule.compile(Feed.TRAIL).matches(call) && AlarmEvaluator.reachesAlarm(rule, at)) {
                alarmed.add(rule.id());
            }
        }
        assertFalse(alarmed.isEmpty(), "no insider rule alarms on 5 BatchGetSecretValue calls");
    }

    @Test
    @DisplayName("the evaluator counts per aligned period: threshold-1 events split over two periods stay OK")
    void evaluatorAlignsPeriods() {
        Rule r = Catalogue.byId("insider-secrets-get-value-bulk").orElseThrow();
        List<Long> split = new ArrayList<>(Collections.nCopies(15, AlarmEvaluator.BASE - 1));
        split.addAll(Collections.nCopies(15, AlarmEvaluator.BASE));
        assertFalse(AlarmEvaluator.reachesAlarm(r, split), "15 + 15 across a period boundary");
        assertEquals(List.of(AlarmEvaluator.BASE), AlarmEvaluator.alarmPeriods(r, Collections.nCopies(20, AlarmEvaluator.BASE + 299)));
    }
}
