package io.trailguard.cost;

/** One priced quantity: {@code quantity} units of {@code price}. */
public record CostLine(String what, double quantity, Price price) {

    public double usd() {
        return quantity * price.usd();
    }
}
