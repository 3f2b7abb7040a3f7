package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every rule against its own evidence, on both feeds. */
class RuleFixturesTest {

    @Test
    @DisplayName("every rule fires on its fixtures and stays quiet on its near misses, on the trail and EventBridge feeds")
    void everyRuleBehavesOnItsFixtures() {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : Catalogue.all()) {
            CompiledPattern trail = rule.compile(Feed.TRAIL);
            CompiledPattern eventBridge = rule.compile(Feed.EVENTBRIDGE);
            for (Rule.Fixture f : rule.fixtures()) {
                var event = TestEvents.event(f.event());
                if (trail.matches(event) != f.fires()) {
                    wrong.add(rule.id() + " trail " + (f.fires() ? "missed " : "fired on ") + f.event());
                }
                if (eventBridge.matches(TestEvents.envelope(event)) != f.fires()) {
                    wrong.add(rule.id() + " eventbridge " + (f.fires() ? "missed " : "fired on ") + f.event());
                }
                if (f.fires() && eventBridge.matches(event)) {
                    wrong.add(rule.id() + " eventbridge pattern matched a bare record " + f.event());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    @DisplayName("every rule has at least one event that must fire and one near miss, each with its source")
    void everyRuleHasEvidenceBothWays() {
        for (Rule rule : Catalogue.all()) {
            assertTrue(rule.fixtures().stream().anyMatch(Rule.Fixture::fires), rule.id() + " has no firing fixture");
            assertTrue(rule.fixtures().stream().anyMatch(f -> !f.fires()), rule.id() + " has no near miss");
            rule.fixtures().forEach(f -> assertTrue(f.event().startsWith("panther:") || f.event().startsWith("doc:"), f.event()));
        }
    }
}
