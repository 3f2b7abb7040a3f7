package io.trailguard.plan.diff;

import io.trailguard.cost.AccountCost;
import io.trailguard.cost.CostEstimate;
import io.trailguard.plan.MemberSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Estimated monthly cost of the base and the head plan, per account whose estimate changes. */
public record CostDelta(double baseUsd, double headUsd, List<Row> changedAccounts) {

    public record Row(String accountId, String name, double baseUsd, double headUsd) {
        public double deltaUsd() {
            return headUsd - baseUsd;
        }
    }

    public double deltaUsd() {
        return headUsd - baseUsd;
    }

    public static CostDelta of(PlanDiff diff) {
        CostEstimate base = MemberSummary.cost(diff.base());
        CostEstimate head = MemberSummary.cost(diff.head());
        Map<String, AccountCost> before = byAccount(base);
        Map<String, AccountCost> after = byAccount(head);
        List<Row> rows = new TreeSet<>(union(before, after)).stream()
                .map(id -> new Row(id, name(before.get(id), after.get(id)), usd(before.get(id)), usd(after.get(id))))
                .filter(r -> Math.abs(r.deltaUsd()) >= 0.005)
                .toList();
        return new CostDelta(base.usd(), head.usd(), rows);
    }

    private static Map<String, AccountCost> byAccount(CostEstimate e) {
        Map<String, AccountCost> m = new LinkedHashMap<>();
        e.accounts().forEach(a -> m.put(a.accountId(), a));
        return m;
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> s = new java.util.HashSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    private static String name(AccountCost a, AccountCost b) {
        return a != null ? a.name() : b.name();
    }

    private static double usd(AccountCost a) {
        return a == null ? 0 : a.usd();
    }
}
