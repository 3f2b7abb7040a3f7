package io.trailguard.cost;

import java.util.List;
import java.util.Optional;

/**
 * The list prices behind the cost estimate, as data. Free tiers are not subtracted: with dozens of alarms per
 * account they hardly matter, and an estimate should not flatter.
 */
public final class PriceList {

    static final String CHECKED = "2026-11-30";
    static final String CLOUDWATCH = "https://aws.amazon.com/cloudwatch/pricing/";
    static final String CLOUDTRAIL = "https://aws.amazon.com/cloudtrail/pricing/";
    static final String EVENTBRIDGE = "https://aws.amazon.com/premiumsupport/knowledge-center/eventbridge-reduce-charges/"
            + " (events from another bus are charged as custom events) and https://aws.amazon.com/eventbridge/pricing/";
    static final String KMS = "https://aws.amazon.com/kms/pricing/";
    /** The heartbeat's prices, read on this date from the pages each source names (the AWS page, and where it quotes it). */
    static final String CHECKED_HEARTBEAT = "2026-12-02";
    static final String SCHEDULER = "https://aws.amazon.com/eventbridge/pricing/ (Scheduler: $1.00 per million invocations after"
            + " 14 million free, as quoted by https://cloudburn.io/blog/amazon-eventbridge-pricing)";
    static final String KMS_REQUESTS = "https://aws.amazon.com/kms/pricing/ ($0.03 per 10,000 requests after 20,000 free, as quoted"
            + " by https://www.wring.co/blog/aws-kms-pricing-guide)";
    static final String CUSTOM_METRICS = CLOUDWATCH + " ($0.30 per metric-month for the first 10,000, as quoted by"
            + " https://cal53.calculator.city/cloudwatch-custom-metrics-calculator/)";

    public static final String ALARM = "cloudwatch-standard-alarm";
    public static final String COMPOSITE_ALARM = "cloudwatch-composite-alarm";
    public static final String LOG_INGESTION = "cloudwatch-logs-ingestion";
    public static final String TRAIL_COPY = "cloudtrail-additional-management-copy";
    public static final String FORWARDED_EVENT = "eventbridge-cross-region-event";
    public static final String KMS_KEY = "kms-customer-managed-key";
    public static final String RESPONSE_RULE = "eventbridge-rule-on-aws-service-events";
    public static final String SCHEDULER_INVOCATION = "eventbridge-scheduler-invocation";
    public static final String KMS_REQUEST = "kms-api-request";
    public static final String CUSTOM_METRIC = "cloudwatch-custom-metric";
    static final String EVENTBRIDGE_PRICING = "https://aws.amazon.com/eventbridge/pricing/ (events published by AWS services to the"
            + " default bus are free; a forwarded match is a custom event; Systems Manager Automation steps per"
            + " https://aws.amazon.com/systems-manager/pricing/)";

    static final List<Price> PRICES = List.of(
            new Price(ALARM, "us-east-1", 0.10, "alarm-month", CLOUDWATCH, CHECKED, true),
            new Price(ALARM, "eu-west-1", 0.10, "alarm-month", CLOUDWATCH, CHECKED, false),
            new Price(COMPOSITE_ALARM, "us-east-1", 0.50, "alarm-month", CLOUDWATCH, CHECKED, false),
            new Price(COMPOSITE_ALARM, "eu-west-1", 0.50, "alarm-month", CLOUDWATCH, CHECKED, false),
            new Price(LOG_INGESTION, "us-east-1", 0.50, "GB ingested", CLOUDWATCH, CHECKED, true),
            new Price(LOG_INGESTION, "eu-west-1", 0.57, "GB ingested", CLOUDWATCH, CHECKED, false),
            new Price(TRAIL_COPY, "us-east-1", 2.00 / 100_000, "management event delivered", CLOUDTRAIL, CHECKED, true),
            new Price(TRAIL_COPY, "eu-west-1", 2.00 / 100_000, "management event delivered", CLOUDTRAIL, CHECKED, false),
            new Price(RESPONSE_RULE, "us-east-1", 0.0, "rule-month", EVENTBRIDGE_PRICING, "not read", false),
            new Price(RESPONSE_RULE, "eu-west-1", 0.0, "rule-month", EVENTBRIDGE_PRICING, "not read", false),
            new Price(FORWARDED_EVENT, "us-east-1", 1.00 / 1_000_000, "event forwarded", EVENTBRIDGE, CHECKED, true),
            new Price(FORWARDED_EVENT, "eu-west-1", 1.00 / 1_000_000, "event forwarded", EVENTBRIDGE, CHECKED, false),
            new Price(KMS_KEY, "us-east-1", 1.00, "key-month", KMS, CHECKED, false),
            new Price(SCHEDULER_INVOCATION, "us-east-1", 1.00 / 1_000_000, "invocation", SCHEDULER, CHECKED_HEARTBEAT, true),
            new Price(KMS_REQUEST, "us-east-1", 0.03 / 10_000, "request", KMS_REQUESTS, CHECKED_HEARTBEAT, true),
            new Price(CUSTOM_METRIC, "us-east-1", 0.30, "metric-month", CUSTOM_METRICS, CHECKED_HEARTBEAT, true),
            new Price(KMS_KEY, "eu-west-1", 1.00, "key-month", KMS, CHECKED, false));

    private PriceList() {}

    public static List<Price> all() {
        return PRICES;
    }

    /**
     * The price of {@code item} in {@code region}; a region without its own figure gets the us-east-1 price, marked
     * unverified.
     */
    public static Price of(String item, String region) {
        Optional<Price> exact = PRICES.stream().filter(p -> p.item().equals(item) && p.region().equals(region)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        Price base = PRICES.stream().filter(p -> p.item().equals(item) && p.region().equals("us-east-1")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no price for " + item));
        return new Price(item, region, base.usd(), base.unit(), base.source() + " (us-east-1 figure)", base.checked(), false);
    }
}
