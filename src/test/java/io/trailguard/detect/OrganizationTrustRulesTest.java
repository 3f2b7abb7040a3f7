package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Trust outside the organization, rendered per account from the organization's account ids. */
class OrganizationTrustRulesTest {

    private static final String EXTERNAL_TRUST = "doc:iam-create-role-external-trust";
    private static final String ORG_TRUST = "doc:iam-create-role-org-trust";

    @Test
    @DisplayName("trust in an organization account is quiet; the same document fires where that account is not in the organization")
    void theOrganizationComesFromConfig() {
        Rule inOrg = OrganizationTrustRules.forAccount("444455556666", List.of("111122223333", "444455556666"), List.of()).get(0);
        Rule otherOrg = OrganizationTrustRules.forAccount("555555555555", List.of("555555555555", "666666666666"), List.of()).get(0);
        assertFalse(inOrg.compile(Feed.TRAIL).matches(TestEvents.event(ORG_TRUST)));
        assertTrue(otherOrg.compile(Feed.TRAIL).matches(TestEvents.event(ORG_TRUST)));
        assertTrue(inOrg.compile(Feed.TRAIL).matches(TestEvents.event(EXTERNAL_TRUST)));
        assertTrue(inOrg.render(Feed.TRAIL).contains("444455556666|111122223333"), "own account first");
    }

    @Test
    @DisplayName("a 1,000-account organization falls back to the foundation accounts within AWS's limits: noisier, never blind")
    void largeOrganizationsFallBackWithinLimits() {
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            big.add(String.format("%012d", 200000000000L + i));
        }
        List<Rule> rules = OrganizationTrustRules.forAccount(big.get(7), big, List.of(big.get(0), big.get(1), big.get(2)));
        for (Rule r : rules) {
            for (Feed f : Feed.values()) {
                assertEquals(List.of(), RuleValidation.pattern(r.id(), r.pattern(), f));
            }
            assertTrue(r.render(Feed.TRAIL).contains(big.get(7)), "its own account stays allowed");
        }
        assertTrue(rules.get(0).compile(Feed.TRAIL).matches(TestEvents.event(EXTERNAL_TRUST)));
    }

    @Test
    @DisplayName("each rule spends at most 2 regular expressions, 3 together: within the 5 per log group")
    void regexBudget() {
        List<Rule> rules = OrganizationTrustRules.all();
        assertEquals(3, rules.stream().mapToInt(r -> r.pattern().regexCount()).sum());
        assertEquals(3, Catalogue.all().stream().mapToInt(r -> r.pattern().regexCount()).sum(), "no other rule uses one");
    }
}
