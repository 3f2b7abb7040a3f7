package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    @DisplayName("rule sets hold what the product promises: 15 CIS, 4 seed, at least 20 insider rules, the backstop")
    void ruleSetSizes() {
        System.out.println("rules per set: " + Catalogue.RULE_SETS.stream().sorted()
                .map(s -> s + "=" + Catalogue.ruleSet(s).size()).collect(Collectors.joining(", ")));
        assertEquals(15, Catalogue.ruleSet("cis").size());
        assertEquals(4, Catalogue.ruleSet("seed").size());
        assertTrue(Catalogue.ruleSet("insider").size() >= 20);
        assertTrue(Catalogue.ruleSet("backstop").size() >= 6);
    }

    @Test
    @DisplayName("every rule's pattern passes AWS's limits on both feeds and renders back to itself through the parser")
    void everyPatternIsDeployableAndRoundTrips() {
        for (Rule r : Catalogue.all()) {
            for (Feed feed : Feed.values()) {
                assertEquals(List.of(), RuleValidation.pattern(r.id(), r.pattern(), feed));
                String s = r.render(feed);
                assertEquals(s, FilterPattern.parse(s).render(), r.id());
            }
            assertTrue(r.rationale() != null && !r.rationale().isBlank(), r.id() + " needs a rationale");
        }
    }

    @Test
    @DisplayName("metric names are unique across the whole catalogue, so any selection of rules is valid")
    void metricNamesAreUnique() {
        assertEquals(List.of(), RuleValidation.logGroup("catalogue", Catalogue.all(), Feed.TRAIL).stream()
                .filter(e -> e.message().contains("metric name")).toList());
    }

    @Test
    @DisplayName("the Insights query for a rule names its fields, moves them under detail. on EventBridge, and keeps globs as regexes")
    void insightsQueryFollowsThePattern() {
        Rule cis2 = Catalogue.byId("cis-unauthorized-api-calls").orElseThrow();
        assertTrue(cis2.insightsQuery(Feed.TRAIL).contains("filter (errorCode like /^.*UnauthorizedOperation$/) or (errorCode like /^AccessDenied.*$/)"),
                cis2.insightsQuery(Feed.TRAIL));
        assertTrue(cis2.insightsQuery(Feed.EVENTBRIDGE).contains("(detail.errorCode like /^AccessDenied.*$/)"));
        Rule root = Catalogue.byId("cis-root-usage").orElseThrow();
        assertTrue(root.insightsQuery(Feed.TRAIL).contains("not ispresent(userIdentity.invokedBy)"));
    }
}
