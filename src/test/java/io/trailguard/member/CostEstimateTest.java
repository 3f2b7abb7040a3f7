package io.trailguard.member;

import io.trailguard.stack.ComponentArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.Account;
import io.trailguard.detect.Feed;
import io.trailguard.cost.AccountCost;
import io.trailguard.cost.Assumptions;
import io.trailguard.cost.CostEstimate;
import io.trailguard.cost.CostLine;
import io.trailguard.cost.Price;
import io.trailguard.cost.PriceList;
import io.trailguard.plan.MemberSummary;
import io.trailguard.plan.Plan;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The estimate prices what the plan creates and what each feed carries, with every price sourced and dated. */
class CostEstimateTest {

    private final Plan prod = StackPlans.plan("prod");
    private final CostEstimate estimate = MemberSummary.cost(prod);
    private final Map<String, AccountCost> byAccount = estimate.accounts().stream()
            .collect(Collectors.toMap(AccountCost::accountId, a -> a));

    @Test
    void alarmsArePricedAsPlanned() {
        for (Account a : prod.config().accounts()) {
            long planned = prod.ofType(Types.ALARM).stream().filter(r -> r.account().equals(a.id())).count();
            CostLine line = line(a, PriceList.ALARM);
            assertEquals(planned, (long) line.quantity(), a.name());
        }
    }

    @Test
    void compositeAlarmsArePricedAsPlannedAtTheirOwnPrice() {
        long priced = 0;
        for (Account a : prod.config().accounts()) {
            long planned = prod.ofType(Types.COMPOSITE_ALARM).stream().filter(r -> r.account().equals(a.id())).count();
            if (planned > 0) {
                assertEquals(planned, (long) line(a, PriceList.COMPOSITE_ALARM).quantity(), a.name());
                priced += planned;
            } else {
                assertFalse(has(a, PriceList.COMPOSITE_ALARM), a.name());
            }
        }
        assertTrue(priced > 0, "prod plans the -notify composites of superseded rules");
        assertEquals(0.50, PriceList.of(PriceList.COMPOSITE_ALARM, "us-east-1").usd(), 1e-9);
    }

    @Test
    void onlyTrailFeedAccountsPayForASecondTrailCopyAndOnlyEventBridgeAccountsForForwarding() {
        double events = prod.config().members().eventsPerDay() * Assumptions.DAYS_PER_MONTH;
        for (Account a : prod.config().accounts()) {
            boolean trail = a.monitoring().feed() == Feed.TRAIL;
            assertEquals(trail, has(a, PriceList.TRAIL_COPY), a.name());
            assertEquals(!trail, has(a, PriceList.FORWARDED_EVENT), a.name());
            if (trail) {
                assertEquals(events, line(a, PriceList.TRAIL_COPY).quantity(), 1e-6);
            } else {
                int regions = ComponentArgs.feedRegions(prod.config(), a).size();
                assertEquals(events * (regions - 1) / regions, line(a, PriceList.FORWARDED_EVENT).quantity(), 1e-6);
                assertTrue(line(a, PriceList.LOG_INGESTION).quantity() > events * Assumptions.BYTES_PER_EVENT / 1e9,
                        "the EventBridge envelope is ingested too");
            }
        }
    }

    @Test
    void theTotalIsTheSumOfTheAccountsAndEveryPriceIsSourcedAndDated() {
        assertEquals(estimate.accounts().stream().mapToDouble(AccountCost::usd).sum(), estimate.usd(), 1e-9);
        assertFalse(estimate.pricesUsed().isEmpty());
        for (Price p : estimate.pricesUsed()) {
            assertTrue(p.source().startsWith("https://"), p.item());
            assertTrue(p.checked().matches("\\d{4}-\\d{2}-\\d{2}"), p.item());
            assertTrue(p.usd() > 0, p.item());
        }
    }

    private boolean has(Account a, String item) {
        return byAccount.get(a.id()).lines().stream().anyMatch(l -> l.price().item().equals(item));
    }

    private CostLine line(Account a, String item) {
        return byAccount.get(a.id()).lines().stream().filter(l -> l.price().item().equals(item)).findFirst().orElseThrow();
    }
}
