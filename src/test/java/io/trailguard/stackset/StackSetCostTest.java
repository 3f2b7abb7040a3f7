package io.trailguard.stackset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.cost.AccountCost;
import io.trailguard.cost.CostEstimate;
import io.trailguard.cost.CostLine;
import io.trailguard.cost.PriceList;
import io.trailguard.plan.MemberSummary;
import io.trailguard.plan.Plan;
import io.trailguard.plan.StackSetExpansion;
import io.trailguard.testing.Plans;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cost estimate covers the accounts a member StackSet deploys to: they have no resources of their own in the plan,
 * so each is priced from what its profile's template creates there, in every region's stack.
 */
class StackSetCostTest {

    private final Plan plan = Plans.of("stackset");
    private final List<StackSetExpansion> stackSets = StackSetExpansion.of(plan.config(), Optional.empty());
    private final CostEstimate estimate = MemberSummary.cost(plan, stackSets);
    private final Map<String, AccountCost> byAccount = estimate.accounts().stream()
            .collect(Collectors.toMap(AccountCost::accountId, a -> a));

    @Test
    void everyStackSetAccountIsPricedFromItsTemplate() {
        assertFalse(stackSets.isEmpty());
        int priced = 0;
        for (StackSetExpansion e : stackSets) {
            for (String account : e.accounts()) {
                AccountCost cost = byAccount.get(account);
                assertTrue(cost != null, account + " of " + e.stackSet() + " is not in the estimate");
                long ownAlarms = plan.ofType("aws:cloudwatch/metricAlarm:MetricAlarm").stream().filter(r -> r.account().equals(account)).count();
                long ownKeys = plan.ofType("aws:kms/key:Key").stream().filter(r -> r.account().equals(account)).count();
                assertEquals(e.count("AWS::CloudWatch::Alarm") + ownAlarms, quantity(cost, PriceList.ALARM), account);
                assertEquals(e.count("AWS::KMS::Key") + ownKeys, quantity(cost, PriceList.KMS_KEY), account);
                assertTrue(cost.lines().stream().anyMatch(l -> l.price().item().equals(PriceList.LOG_INGESTION)), "its feed's ingestion");
                priced++;
            }
        }
        assertTrue(priced > 0, "the stackset test stack deploys some account through a StackSet");
    }

    @Test
    void anAccountIsPricedOnceWhicheverWayItIsDeployed() {
        assertEquals(estimate.accounts().size(), byAccount.size());
        assertEquals(estimate.accounts().stream().mapToDouble(AccountCost::usd).sum(), estimate.usd(), 1e-9);
    }

    /** The account's quantity of {@code item} over all its lines: its own resources' and its StackSet stack's. */
    private static long quantity(AccountCost cost, String item) {
        return Math.round(cost.lines().stream().filter(l -> l.price().item().equals(item)).mapToDouble(CostLine::quantity).sum());
    }
}
