package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Notifications per incident on the fixture corpus, before and after supersession. An incident is one alarming
 * fixture set of any rule (its event, as often as the fixture says, within one period), seen by a member account
 * running the cis, seed and insider sets and by the organization trail's backstop. Routes: the member's local topic,
 * the central topic of each severity. Member alarms notify local + central of their severity, backstop alarms the
 * central critical topic (low for the deploy record), as the member and backstop components wire them.
 */
class NotificationsPerIncidentTest {

    private static final List<Rule> MEMBER = Catalogue.all().stream()
            .filter(r -> r.ruleSets().contains("cis") || r.ruleSets().contains("seed") || r.ruleSets().contains("insider"))
            .toList();
    private static final List<Rule> BACKSTOP = Catalogue.ruleSet(BackstopRules.SET);

    record Incident(String event, int times) {}

    @Test
    @DisplayName("non-CIS notifications per route and incident: at most 1.2 on average with supersession (printed before and after)")
    void notificationsPerIncident() {
        Set<Incident> incidents = new LinkedHashSet<>();
        for (Rule r : Catalogue.all()) {
            r.fixtures().stream().filter(f -> f.fires() && f.alarms()).forEach(f -> incidents.add(new Incident(f.event(), f.times())));
        }
        double before = average(incidents, false);
        double after = average(incidents, true);
        System.out.printf("notifications per incident (non-CIS, per route notified, %d incidents): before %.3f, after %.3f;"
                + " worst route before %d, after %d%n", incidents.size(), before, after, worst(incidents, false), worst(incidents, true));
        assertTrue(after <= 1.2, "after: " + after);
        assertTrue(after < before, "supersession must reduce notifications");
    }

    @Test
    @DisplayName("a StopLogging notifies each route once for non-CIS rules (it used to page up to four times)")
    void stopLoggingNotifiesOncePerRoute() {
        Map<String, Integer> routes = notifications(new Incident("panther:AWS.CloudTrail.Stopped/CloudTrail Was Stopped", 1), true);
        routes.forEach((route, n) -> assertEquals(1, n, route + " " + routes));
        Map<String, Integer> old = notifications(new Incident("panther:AWS.CloudTrail.Stopped/CloudTrail Was Stopped", 1), false);
        System.out.println("StopLogging, non-CIS notifications per route: before " + old + ", after " + routes);
    }

    private static double average(Set<Incident> incidents, boolean supersession) {
        double sum = 0;
        int counted = 0;
        for (Incident i : incidents) {
            Map<String, Integer> routes = notifications(i, supersession);
            if (!routes.isEmpty()) {
                sum += routes.values().stream().mapToInt(Integer::intValue).sum() / (double) routes.size();
                counted++;
            }
        }
        return sum / counted;
    }

    private static int worst(Set<Incident> incidents, boolean supersession) {
        return incidents.stream().flatMap(i -> notifications(i, supersession).values().stream()).mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Non-CIS notifications per route for one incident. */
    static Map<String, Integer> notifications(Incident incident, boolean supersession) {
        var event = TestEvents.event(incident.event());
        Set<String> memberAlarms = alarming(MEMBER, event, incident.times());
        Set<String> backstopAlarms = alarming(BACKSTOP, event, incident.times());
        Supersession member = supersession ? Supersession.of(MEMBER, BACKSTOP) : Supersession.of(List.of(), List.of());
        Supersession central = supersession ? Supersession.of(BACKSTOP, List.of()) : Supersession.of(List.of(), List.of());
        Map<String, Integer> routes = new LinkedHashMap<>();
        for (Rule r : MEMBER) {
            if (!memberAlarms.contains(r.id()) || r.ruleSets().contains("cis")
                    || member.suppressors(r).stream().anyMatch(memberAlarms::contains)) {
                continue;
            }
            routes.merge("local", 1, Integer::sum);
            if (!member.centrallyCovered(r)) {
                routes.merge("central-" + r.severity().id(), 1, Integer::sum);
            }
        }
        for (Rule r : BACKSTOP) {
            if (backstopAlarms.contains(r.id()) && central.suppressors(r).stream().noneMatch(backstopAlarms::contains)) {
                routes.merge("central-" + (r.severity() == Severity.LOW ? "low" : "critical"), 1, Integer::sum);
            }
        }
        return routes;
    }

    private static Set<String> alarming(List<Rule> rules, com.fasterxml.jackson.databind.JsonNode event, int times) {
        Set<String> out = new LinkedHashSet<>();
        for (Rule r : rules) {
            if (r.compile(Feed.TRAIL).matches(event) && AlarmEvaluator.reachesAlarm(r, AlarmEvaluator.withinOnePeriod(r, times))) {
                out.add(r.id());
            }
        }
        return out;
    }
}
