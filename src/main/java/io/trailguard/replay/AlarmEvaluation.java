package io.trailguard.replay;

import io.trailguard.detect.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One CloudWatch metric alarm evaluated offline over the values its metric filter would have published: when the
 * alarm would have gone to ALARM and back to OK, and which values (with what evidence) put it there.
 *
 * <p>As CloudWatch does it (Amazon CloudWatch User Guide, "Alarm evaluation",
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/alarm-evaluation.html, and "Configuring how
 * CloudWatch alarms treat missing data", .../alarms-and-missing-data.html):
 * <ul>
 * <li>the metric's values are aggregated with the alarm's statistic into one datapoint per period; periods are clock
 *     intervals (GetMetricData/GetMetricStatistics round to "the nearest 5-minute clock interval", aggregating
 *     "all data points with time stamps that fall within each period"), i.e. they start at multiples of the period
 *     since the epoch;</li>
 * <li>the alarm looks at the most recent {@code evaluationPeriods} periods (N) and is in ALARM when at least
 *     {@code datapointsToAlarm} (M) of them breach the threshold, in OK otherwise;</li>
 * <li>with {@code treatMissingData = notBreaching} a period without data counts as within the threshold (a metric
 *     filter publishes nothing when no event matches, unless it has a default value, which trailguard's do not).</li>
 * </ul>
 * So the state can change only when a datapoint enters the evaluation range or leaves it; the time of a change is
 * the end of the newest period in the range, the earliest CloudWatch could see it. Evidence (e.g. the records
 * behind a value) is kept for the first {@code evidencePerPeriod} values of each period; the count is always exact.
 *
 * <p>Use: {@code new AlarmEvaluation<>(AlarmEvaluation.Alarm.of(rule), 20)}, then {@link #add} each metric value
 * (a metric filter with value "1" adds 1 per matching event, at the event's time), then {@link #episodes()}.
 *
 * @param <E> what identifies a value's source (a hit, an event id)
 */
public final class AlarmEvaluation<E> {

    /** How a period's values become its datapoint. */
    public enum Statistic { SUM, SAMPLE_COUNT, AVERAGE, MINIMUM, MAXIMUM }

    /** The comparison of a datapoint with the threshold that counts as breaching. */
    public enum Comparison {
        GREATER_THAN_OR_EQUAL, GREATER_THAN, LESS_THAN, LESS_THAN_OR_EQUAL;

        boolean breaches(double value, double threshold) {
            return switch (this) {
                case GREATER_THAN_OR_EQUAL -> value >= threshold;
                case GREATER_THAN -> value > threshold;
                case LESS_THAN -> value < threshold;
                case LESS_THAN_OR_EQUAL -> value <= threshold;
            };
        }
    }

    /** The alarm's settings, as PutMetricAlarm takes them; missing data is always not breaching here. */
    public record Alarm(int periodSeconds, int evaluationPeriods, int datapointsToAlarm, double threshold,
            Statistic statistic, Comparison comparison) {

        public Alarm {
            if (periodSeconds < 1 || evaluationPeriods < 1 || datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
                throw new IllegalArgumentException("period, evaluation periods and 1 <= datapoints to alarm <= evaluation periods");
            }
        }

        /**
         * The alarm trailguard deploys for a rule (member/RuleAlarms): Sum over the period, greater than or equal to
         * the threshold, datapoints to alarm unset (so equal to the evaluation periods: every period must breach).
         */
        public static Alarm of(Rule rule) {
            return new Alarm(rule.periodSeconds(), rule.evaluationPeriods(), rule.evaluationPeriods(), rule.threshold(),
                    Statistic.SUM, Comparison.GREATER_THAN_OR_EQUAL);
        }
    }

    /** One period's datapoint and the evidence kept for it. */
    public record Datapoint<E>(Instant periodStart, double value, long samples, boolean breaching, List<E> evidence) {}

    /**
     * A spell in ALARM: from {@code alarmAt} to {@code okAt} (null when the data ends in ALARM), with the datapoints
     * of the evaluation range that raised it and every breaching datapoint while it lasted.
     */
    public record Episode<E>(Instant alarmAt, Instant okAt, List<Datapoint<E>> raisedBy, List<Datapoint<E>> breachingWhileInAlarm) {}

    private static final class Bucket<E> {
        double sum;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        long samples;
        final List<E> evidence = new ArrayList<>();
    }

    private final Alarm alarm;
    private final int evidencePerPeriod;
    private final TreeMap<Long, Bucket<E>> buckets = new TreeMap<>();

    public AlarmEvaluation(Alarm alarm, int evidencePerPeriod) {
        this.alarm = alarm;
        this.evidencePerPeriod = evidencePerPeriod;
    }

    public Alarm alarm() {
        return alarm;
    }

    /** One metric value published at {@code time}, in any order. */
    public void add(Instant time, double value, E evidence) {
        long period = Math.floorDiv(time.getEpochSecond(), alarm.periodSeconds());
        Bucket<E> b = buckets.computeIfAbsent(period, k -> new Bucket<>());
        b.sum += value;
        b.min = Math.min(b.min, value);
        b.max = Math.max(b.max, value);
        b.samples++;
        if (b.evidence.size() < evidencePerPeriod) {
            b.evidence.add(evidence);
        }
    }

    /** The datapoint of each period that has data, in time order. */
    public List<Datapoint<E>> datapoints() {
        List<Datapoint<E>> out = new ArrayList<>();
        buckets.forEach((k, b) -> out.add(datapoint(k, b)));
        return out;
    }

    /** Every spell in ALARM, in time order; starts in OK (no data yet is not breaching). */
    public List<Episode<E>> episodes() {
        int n = alarm.evaluationPeriods();
        // The range ending at period e changes only where a datapoint enters (e = k) or leaves (e = k + n).
        TreeSet<Long> ends = new TreeSet<>();
        for (long k : buckets.keySet()) {
            ends.add(k);
            ends.add(k + n);
        }
        List<Episode<E>> episodes = new ArrayList<>();
        Instant alarmAt = null;
        List<Datapoint<E>> raisedBy = null;
        List<Datapoint<E>> during = null;
        for (long e : ends) {
            List<Datapoint<E>> breaching = new ArrayList<>();
            for (Map.Entry<Long, Bucket<E>> b : buckets.subMap(e - n + 1, true, e, true).entrySet()) {
                Datapoint<E> d = datapoint(b.getKey(), b.getValue());
                if (d.breaching()) {
                    breaching.add(d);
                }
            }
            boolean inAlarm = breaching.size() >= alarm.datapointsToAlarm();
            Instant evaluatedAt = Instant.ofEpochSecond((e + 1) * alarm.periodSeconds());
            if (inAlarm && alarmAt == null) {
                alarmAt = evaluatedAt;
                raisedBy = breaching;
                during = new ArrayList<>(breaching);
            } else if (inAlarm) {
                for (Datapoint<E> d : breaching) {
                    if (during.stream().noneMatch(x -> x.periodStart().equals(d.periodStart()))) {
                        during.add(d);
                    }
                }
            } else if (alarmAt != null) {
                episodes.add(new Episode<>(alarmAt, evaluatedAt, List.copyOf(raisedBy), List.copyOf(during)));
                alarmAt = null;
            }
        }
        if (alarmAt != null) {
            episodes.add(new Episode<>(alarmAt, null, List.copyOf(raisedBy), List.copyOf(during)));
        }
        return episodes;
    }

    private Datapoint<E> datapoint(long period, Bucket<E> b) {
        double value = switch (alarm.statistic()) {
            case SUM -> b.sum;
            case SAMPLE_COUNT -> b.samples;
            case AVERAGE -> b.sum / b.samples;
            case MINIMUM -> b.min;
            case MAXIMUM -> b.max;
        };
        return new Datapoint<>(Instant.ofEpochSecond(period * alarm.periodSeconds()), value, b.samples,
                alarm.comparison().breaches(value, alarm.threshold()), List.copyOf(b.evidence));
    }
}
