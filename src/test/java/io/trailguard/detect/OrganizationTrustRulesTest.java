package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Trust outside the organization, rendered per account from the organization's account ids. */
class OrganizationTrustRulesTest {

    private static final String EXTERNAL_TRUST = "doc:iam-create-role-external-trust";
    private static final String ORG_TRUST = "doc:iam-create-role-org-trust";

    @Test
    @DisplayName("trust in the account itself or a foundation account is quiet; the same document fires in another organization")
    void theAllowedAccountsComeFromConfig() {
        Rule inOrg = OrganizationTrustRules.forAccount("444455556666", List.of("111122223333", "777777777777")).get(0);
        Rule otherOrg = OrganizationTrustRules.forAccount("555555555555", List.of("666666666666")).get(0);
        assertFalse(inOrg.compile(Feed.TRAIL).matches(TestEvents.event(ORG_TRUST)));
        assertTrue(otherOrg.compile(Feed.TRAIL).matches(TestEvents.event(ORG_TRUST)));
        assertTrue(inOrg.compile(Feed.TRAIL).matches(TestEvents.event(EXTERNAL_TRUST)));
        assertTrue(inOrg.render(Feed.TRAIL).contains("444455556666|111122223333|777777777777"), "own account first");
    }

    @Test
    @DisplayName("rendered for an account and three foundation accounts, both rules fit AWS's pattern limits on both feeds")
    void renderingFitsTheLimits() {
        List<String> foundation = List.of("111122223333", "777777777777", "888888888888");
        for (Rule r : OrganizationTrustRules.forAccount("444455556666", foundation)) {
            for (Feed f : Feed.values()) {
                assertEquals(List.of(), RuleValidation.pattern(r.pattern(), f));
            }
        }
    }

    @Test
    @DisplayName("each rule spends at most 2 regular expressions, 3 together: within the 5 per log group")
    void regexBudget() {
        List<Rule> rules = OrganizationTrustRules.all();
        assertEquals(3, rules.stream().mapToInt(r -> r.pattern().regexCount()).sum());
        assertEquals(3, Catalogue.all().stream().mapToInt(r -> r.pattern().regexCount()).sum(), "no other rule uses one");
    }
}
