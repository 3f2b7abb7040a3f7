package io.trailguard.cost;

import java.util.List;

/** Monthly cost per account and in total, with the prices used. */
public record CostEstimate(List<AccountCost> accounts) {

    public CostEstimate {
        accounts = List.copyOf(accounts);
    }

    public double usd() {
        return accounts.stream().mapToDouble(AccountCost::usd).sum();
    }

    /** Every price a line of the estimate used, each once. */
    public List<Price> pricesUsed() {
        return accounts.stream().flatMap(a -> a.lines().stream()).map(CostLine::price).distinct()
                .sorted(java.util.Comparator.comparing(Price::item).thenComparing(Price::region)).toList();
    }
}
