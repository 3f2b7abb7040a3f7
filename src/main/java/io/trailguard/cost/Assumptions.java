package io.trailguard.cost;

/** What the estimate assumes where AWS bills by volume and config gives only an event count. */
public final class Assumptions {

    /** Average days per month (365 / 12). */
    public static final double DAYS_PER_MONTH = 30.42;
    /** Average size of one CloudTrail management event record as CloudWatch Logs ingests it. */
    public static final int BYTES_PER_EVENT = 1_500;
    /** What the EventBridge envelope ({@code version, id, detail-type, source, account, time, region, resources}) adds. */
    public static final int EVENTBRIDGE_ENVELOPE_BYTES = 350;
    /** One forwarding heartbeat every five minutes, per forward region. */
    public static final double HEARTBEATS_PER_MONTH = DAYS_PER_MONTH * 24 * 60 / 5;

    private Assumptions() {}

    public static String describe() {
        return "events/day from trailguard:members.eventsPerDay, " + DAYS_PER_MONTH + " days/month, "
                + BYTES_PER_EVENT + " bytes per CloudTrail record (+" + EVENTBRIDGE_ENVELOPE_BYTES
                + " for the EventBridge envelope), events spread evenly over an EventBridge account's feed regions,"
                + " free tiers not subtracted; excluded: log storage, S3 storage of the trail copy, data events, SNS deliveries";
    }
}
