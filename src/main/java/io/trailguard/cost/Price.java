package io.trailguard.cost;

/**
 * One list price the estimate uses, with where it comes from.
 *
 * @param item     what is priced, e.g. {@code cloudwatch-alarm}
 * @param region   the region the price applies to
 * @param usd      price in US dollars per {@code unit}
 * @param unit     e.g. {@code alarm-month}, {@code GB ingested}
 * @param source   the page the price was read from
 * @param checked  the date it was checked (ISO)
 * @param verified false when the figure could not be confirmed for this region and is carried from another
 */
public record Price(String item, String region, double usd, String unit, String source, String checked, boolean verified) {}
