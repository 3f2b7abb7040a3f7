package io.trailguard.cost;

import io.trailguard.config.Account;
import io.trailguard.detect.Feed;
import io.trailguard.config.StackConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates what a plan costs per month: the alarms and keys it creates, counted from the plan, and the volume
 * charges of each monitored account's feed, from config.
 *
 * @param alarms      planned metric alarms per account
 * @param composites  planned composite alarms per account (the {@code -notify} and {@code -superseded} alarms)
 * @param kmsKeys     planned customer-managed keys per account
 * @param feedRegions per monitored account, the regions of its feed (home region first)
 * @param responseRules planned response EventBridge rules per account
 * @param stackSets   the accounts of each member StackSet, which have no resources of their own in the plan
 */
public record CostEstimator(StackConfig config, Map<String, Long> alarms, Map<String, Long> composites, Map<String, Long> kmsKeys,
                            Map<String, List<String>> feedRegions, Map<String, Long> responseRules, List<StackSetAccounts> stackSets) {

    public CostEstimator(StackConfig config, Map<String, Long> alarms, Map<String, Long> composites, Map<String, Long> kmsKeys,
                         Map<String, List<String>> feedRegions) {
        this(config, alarms, composites, kmsKeys, feedRegions, Map.of(), List.of());
    }

    public CostEstimate estimate() {
        // Keyed by account: one can hold resources of this stack (the log-archive or security account's central ones)
        // and a StackSet's stack too, and gets one entry with both.
        Map<String, AccountCost> byId = new LinkedHashMap<>();
        String home = config.homeRegion();
        for (Account a : config.accounts()) {
            List<CostLine> lines = resources(alarms.getOrDefault(a.id(), 0L), composites.getOrDefault(a.id(), 0L),
                    kmsKeys.getOrDefault(a.id(), 0L));
            if (feedRegions.containsKey(a.id())) {
                lines.addAll(feed(a.monitoring().feed(), feedRegions.get(a.id())));
            }
            long responses = responseRules.getOrDefault(a.id(), 0L);
            if (responses > 0) {
                // Matching CloudTrail's events on the default bus is free; what a response costs comes per incident
                // (forwarded matches, runbook steps), which no monthly volume predicts.
                lines.add(new CostLine("response rules: " + responses + " (charged per incident only)", responses,
                        PriceList.of(PriceList.RESPONSE_RULE, home)));
            }
            if (!lines.isEmpty()) {
                byId.put(a.id(), new AccountCost(a.id(), a.name(), lines));
            }
        }
        for (StackSetAccounts s : stackSets) {
            for (String id : s.accountIds()) {
                List<CostLine> lines = resources(s.alarms(), s.compositeAlarms(), s.kmsKeys());
                lines.addAll(feed(s.feed(), s.regions()));
                AccountCost own = byId.get(id);
                if (own != null) {
                    lines.addAll(0, own.lines());
                }
                byId.put(id, new AccountCost(id, config.account(id).map(Account::name).orElse("(" + s.stackSet() + ")"), lines));
            }
        }
        return new CostEstimate(List.copyOf(byId.values()));
    }

    /** What the account's alarms and keys cost, wherever they were counted. */
    private List<CostLine> resources(long alarmCount, long compositeCount, long keys) {
        String home = config.homeRegion();
        List<CostLine> lines = new ArrayList<>();
        if (alarmCount > 0) {
            lines.add(new CostLine("alarms: " + alarmCount, alarmCount, PriceList.of(PriceList.ALARM, home)));
        }
        if (compositeCount > 0) {
            lines.add(new CostLine("composite alarms: " + compositeCount, compositeCount, PriceList.of(PriceList.COMPOSITE_ALARM, home)));
        }
        if (keys > 0) {
            lines.add(new CostLine("KMS keys: " + keys, keys, PriceList.of(PriceList.KMS_KEY, home)));
        }
        return lines;
    }

    private List<CostLine> feed(Feed feed, List<String> regions) {
        String home = config.homeRegion();
        double events = config.members().eventsPerDay() * Assumptions.DAYS_PER_MONTH;
        int bytes = Assumptions.BYTES_PER_EVENT + (feed == Feed.EVENTBRIDGE ? Assumptions.EVENTBRIDGE_ENVELOPE_BYTES : 0);
        List<CostLine> lines = new ArrayList<>();
        double gb = events * bytes / 1e9;
        lines.add(new CostLine(String.format("log ingestion %.2f GB", gb), gb, PriceList.of(PriceList.LOG_INGESTION, home)));
        if (feed == Feed.TRAIL) {
            // The organization trail is the account's free first copy; the account trail is a paid second one.
            lines.add(new CostLine(String.format("account trail copy %,.0f events", events), events, PriceList.of(PriceList.TRAIL_COPY, home)));
        } else {
            double forwarded = events * (regions.size() - 1) / regions.size();
            lines.add(new CostLine(String.format("cross-region forwarding %,.0f events", forwarded), forwarded,
                    PriceList.of(PriceList.FORWARDED_EVENT, home)));
            lines.addAll(forwardingHeartbeat(regions.size() - 1));
        }
        return lines;
    }

    /**
     * The forwarding heartbeat of each forward region (its alarm is counted with the others): a schedule's invocations,
     * the KMS call each makes, the forwarded event it causes, its ingestion, and the metric its filter publishes.
     */
    private List<CostLine> forwardingHeartbeat(int forwardRegions) {
        if (forwardRegions == 0) {
            return List.of();
        }
        String home = config.homeRegion();
        double beats = forwardRegions * Assumptions.HEARTBEATS_PER_MONTH;
        double gb = beats * (Assumptions.BYTES_PER_EVENT + Assumptions.EVENTBRIDGE_ENVELOPE_BYTES) / 1e9;
        return List.of(
                new CostLine(String.format("heartbeat schedules %,.0f invocations", beats), beats,
                        PriceList.of(PriceList.SCHEDULER_INVOCATION, home)),
                new CostLine(String.format("heartbeat KMS GenerateRandom %,.0f requests", beats), beats, PriceList.of(PriceList.KMS_REQUEST, home)),
                new CostLine(String.format("heartbeat forwarding %,.0f events", beats), beats, PriceList.of(PriceList.FORWARDED_EVENT, home)),
                new CostLine(String.format("heartbeat log ingestion %.3f GB", gb), gb, PriceList.of(PriceList.LOG_INGESTION, home)),
                new CostLine("heartbeat metrics: " + forwardRegions, forwardRegions, PriceList.of(PriceList.CUSTOM_METRIC, home)));
    }
}
