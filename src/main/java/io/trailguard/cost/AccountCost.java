package io.trailguard.cost;

import java.util.List;

/** The estimated monthly cost trailguard adds to one account. */
public record AccountCost(String accountId, String name, List<CostLine> lines) {

    public AccountCost {
        lines = List.copyOf(lines);
    }

    public double usd() {
        return lines.stream().mapToDouble(CostLine::usd).sum();
    }
}
