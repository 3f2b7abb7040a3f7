package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.stack.RuleSelection;
import io.trailguard.testing.Stacks;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * AWS's metric-filter limits (PutMetricFilter API reference: 100 filters per log group, a pattern of at most 1,024
 * characters with at most 2 regular expressions, 5 per log group) for every account of the prod stack, the largest
 * guarded-resource config, on both feeds, and for the backstop's central log group.
 */
class LogGroupLimitsTest {

    @Test
    @DisplayName("every prod account's log group and the central one stay within AWS's filter limits on both feeds")
    void prodStaysWithinLimits() {
        StackConfig prod = Stacks.load("prod");
        int most = 0;
        StringBuilder counts = new StringBuilder();
        for (Account a : prod.accounts()) {
            List<Rule> rules = RuleSelection.forAccount(prod, a);
            // Catalogue rules on both feeds; guarded-resource rules on the account's own feed, as config validation
            // checks them (a guarded pattern too long for the other feed is a config error at its key path).
            List<Rule> catalogued = rules.stream().filter(r -> !r.ruleSets().contains("guarded")).toList();
            for (Feed feed : Feed.values()) {
                assertEquals(List.of(), RuleValidation.logGroup(catalogued, feed), a.name() + " " + feed.id());
            }
            assertEquals(List.of(), RuleValidation.logGroup(rules, a.monitoring().feed()), a.name());
            most = Math.max(most, rules.size());
            counts.append(a.name()).append('=').append(rules.size()).append(' ');
        }
        List<Rule> backstop = RuleSelection.backstop(prod);
        assertEquals(List.of(), RuleValidation.logGroup(backstop, Feed.TRAIL));
        System.out.println("metric filters per log group (prod): " + counts + "central=" + backstop.size() + "; largest " + most);
        assertTrue(most <= RuleValidation.MAX_FILTERS_PER_LOG_GROUP);
    }
}
