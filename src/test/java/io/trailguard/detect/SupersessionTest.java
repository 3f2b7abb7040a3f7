package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Supersession may only hide a notification that a more specific rule makes: every event that fires a superseding
 * rule must fire the rule it supersedes (so suppression never swallows an incident the specific rule did not report),
 * and a member rule left to the backstop must be covered by it.
 */
class SupersessionTest {

    @Test
    @DisplayName("rules on one log group that supersede each other overlap: some fixture fires both")
    void supersedingRulesOverlap() {
        List<String> wrong = new ArrayList<>();
        for (Rule specific : Catalogue.all()) {
            for (String broadId : specific.supersedes()) {
                Rule broad = Catalogue.byId(broadId).orElseThrow();
                CompiledPattern b = broad.compile(Feed.TRAIL);
                boolean overlap = specific.fixtures().stream().anyMatch(f -> f.fires() && b.matches(TestEvents.event(f.event())));
                if (!overlap) {
                    wrong.add(specific.id() + " supersedes " + broadId + " but no fixture fires both");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("a member rule that leaves its central page to the backstop fires only where the backstop fires (bar own deploys)")
    void backstopCoversWhatItTakesOver() {
        List<String> wrong = new ArrayList<>();
        for (Rule b : Catalogue.ruleSet(BackstopRules.SET)) {
            CompiledPattern central = b.compile(Feed.TRAIL);
            for (String memberId : b.supersedes()) {
                for (Rule.Fixture f : Catalogue.byId(memberId).orElseThrow().fixtures()) {
                    if (f.fires() && !f.event().contains("-by-deploy") && !central.matches(TestEvents.event(f.event()))) {
                        wrong.add(memberId + " fires on " + f.event() + " but " + b.id() + " does not");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("a backstop rule pages at least as urgently as the member rules it takes the central page from")
    void backstopCoversAtLeastAsUrgently() {
        for (Rule b : Catalogue.ruleSet(BackstopRules.SET)) {
            for (String memberId : b.supersedes()) {
                Rule m = Catalogue.byId(memberId).orElseThrow();
                assertTrue(b.severity() == Severity.CRITICAL || b.severity().compareTo(m.severity()) <= 0, b.id() + " vs " + memberId);
            }
        }
    }

    @Test
    @DisplayName("suppressors are found on the same log group only; a rule never suppresses itself")
    void suppressorsAreLocal() {
        Rule seed = Catalogue.byId("seed-cloudtrail-changes").orElseThrow();
        Supersession all = Supersession.of(Catalogue.all(), Catalogue.ruleSet(BackstopRules.SET));
        assertEquals(List.of("cis-cloudtrail-changes", "insider-cloudtrail-selectors-changed", "insider-cloudtrail-logging-stopped"),
                all.suppressors(seed).stream().sorted((a, c) -> order(a) - order(c)).toList());
        Supersession withoutCis = Supersession.of(Catalogue.all().stream().filter(r -> !r.ruleSets().contains("cis")).toList(), List.of());
        assertEquals(List.of("insider-cloudtrail-selectors-changed", "insider-cloudtrail-logging-stopped"), withoutCis.suppressors(seed));
        assertTrue(all.centrallyCovered(Catalogue.byId("insider-cloudtrail-logging-stopped").orElseThrow()));
        assertTrue(!Supersession.of(Catalogue.all(), List.of()).centrallyCovered(Catalogue.byId("insider-cloudtrail-logging-stopped").orElseThrow()));
    }

    private static int order(String id) {
        return Catalogue.all().indexOf(Catalogue.byId(id).orElseThrow());
    }
}
