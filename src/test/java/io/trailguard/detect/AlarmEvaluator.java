package io.trailguard.detect;

import java.util.List;
import java.util.TreeMap;

/**
 * CloudWatch metric-alarm evaluation for trailguard's alarms, in test code until replay's {@code --alarms} lands:
 * statistic Sum over periods aligned to the epoch, comparison GreaterThanOrEqualToThreshold, M = N =
 * {@code evaluationPeriods} datapoints, missing data not breaching (CloudWatch user guide, "Using Amazon CloudWatch
 * alarms": evaluation periods, datapoints to alarm, treat missing data).
 */
final class AlarmEvaluator {

    /** 2024-05-02T10:00:00Z, a multiple of every period trailguard uses. */
    static final long BASE = 1_714_644_000L;

    private AlarmEvaluator() {}

    /** True when the alarm reaches ALARM at least once for metric data points at {@code timestamps} (epoch seconds). */
    static boolean reachesAlarm(Rule rule, List<Long> timestamps) {
        return !alarmPeriods(rule, timestamps).isEmpty();
    }

    /** The start of each period at whose end the alarm is in ALARM. */
    static List<Long> alarmPeriods(Rule rule, List<Long> timestamps) {
        long p = rule.periodSeconds();
        TreeMap<Long, Integer> sums = new TreeMap<>();
        for (long t : timestamps) {
            sums.merge(Math.floorDiv(t, p) * p, 1, Integer::sum);
        }
        if (sums.isEmpty()) {
            return List.of();
        }
        List<Long> out = new java.util.ArrayList<>();
        for (long start = sums.firstKey(); start <= sums.lastKey() + (rule.evaluationPeriods() - 1) * p; start += p) {
            boolean breaching = true;
            for (int k = 0; k < rule.evaluationPeriods(); k++) {
                // Missing data is not breaching: an empty period counts as 0.
                breaching &= sums.getOrDefault(start - k * p, 0) >= rule.threshold();
            }
            if (breaching) {
                out.add(start);
            }
        }
        return out;
    }

    /** {@code times} data points spread evenly over the one period that starts at {@link #BASE}. */
    static List<Long> withinOnePeriod(Rule rule, int times) {
        List<Long> out = new java.util.ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(BASE + (long) i * rule.periodSeconds() / times);
        }
        return out;
    }
}
