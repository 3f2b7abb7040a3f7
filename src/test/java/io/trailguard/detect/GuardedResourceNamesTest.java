package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.testing.Stacks;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Resource names are case-sensitive and AWS allows {@code _ . -} in them: each guarded resource gets its own rule. */
class GuardedResourceNamesTest {

    static final String TABLES = "arn:aws:dynamodb:eu-west-1:555555555555:table/";
    static final List<String> CLASHING = List.of("Orders", "orders", "ORDERS", "orders_v2", "orders-v2", "orders.v2", "a-1", "a1");

    static Rule rule(String table) {
        return GuardedResourceRules.rule(new GuardedResource(TABLES + table, Map.of("Query", List.of("arn:aws:iam::555555555555:role/App"))));
    }

    @Test
    @DisplayName("names that fold to the same words get distinct rule ids and metric names, and one log group accepts them all")
    void namesThatFoldAlikeStayDistinct() {
        List<Rule> rules = CLASHING.stream().map(GuardedResourceNamesTest::rule).toList();
        Set<String> ids = new HashSet<>();
        Set<String> metrics = new HashSet<>();
        rules.forEach(r -> {
            ids.add(r.id());
            metrics.add(r.metricName());
        });
        assertEquals(CLASHING.size(), ids.size(), ids.toString());
        assertEquals(CLASHING.size(), metrics.size(), metrics.toString());
        assertEquals(List.of(), RuleValidation.logGroup(rules, Feed.TRAIL));
    }

    @Test
    @DisplayName("a name that is already lower-case words keeps the short id; any other name carries the hash of its exact spelling")
    void plainNamesKeepTheShortId() {
        assertEquals("guarded-dynamodb-table-orders-eu-west-1", rule("orders").id());
        assertEquals("guarded-dynamodb-table-orders-v2-eu-west-1", rule("orders-v2").id());
        String upper = rule("Orders").id();
        assertTrue(upper.matches("guarded-dynamodb-table-orders-[0-9a-f]{8}-eu-west-1"), upper);
        assertEquals(upper, rule("Orders").id(), "the id depends on the resource alone");
    }

    @Test
    @DisplayName("a stack guarding the tables Orders and orders of one account passes check")
    void aStackWithOrdersAndordersIsAccepted() {
        String sandbox = "      name: sandbox\n      ou: ou-dev1-workload1\n";
        String guarded = sandbox + "      guardedResources:\n"
                + "        - arn: " + TABLES + "Orders\n          allow:\n            Query: [arn:aws:iam::555555555555:role/App]\n"
                + "        - arn: " + TABLES + "orders\n          allow:\n            Query: [arn:aws:iam::555555555555:role/App]\n";
        LoadResult r = Stacks.loadText(Stacks.text("dev").replace(sandbox, guarded));
        assertTrue(r.ok(), r::report);
    }
}
