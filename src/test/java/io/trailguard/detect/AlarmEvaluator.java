package io.trailguard.detect;

import io.trailguard.replay.AlarmEvaluation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule's metric alarm over metric data points at given times, evaluated by replay's {@link AlarmEvaluation} (the
 * one CloudWatch alarm model, also behind {@code replay --alarms}); this class only feeds it test timestamps.
 */
final class AlarmEvaluator {

    /** 2024-05-02T10:00:00Z, a multiple of every period trailguard uses. */
    static final long BASE = 1_714_644_000L;

    private AlarmEvaluator() {}

    /** True when the alarm reaches ALARM at least once for metric data points at {@code timestamps} (epoch seconds). */
    static boolean reachesAlarm(Rule rule, List<Long> timestamps) {
        return !episodes(rule, timestamps).isEmpty();
    }

    /** The start of the newest period of the evaluation range that raised each spell in ALARM. */
    static List<Long> alarmPeriods(Rule rule, List<Long> timestamps) {
        return episodes(rule, timestamps).stream()
                .map(e -> e.alarmAt().getEpochSecond() - rule.periodSeconds())
                .toList();
    }

    private static List<AlarmEvaluation.Episode<Void>> episodes(Rule rule, List<Long> timestamps) {
        AlarmEvaluation<Void> alarm = new AlarmEvaluation<>(AlarmEvaluation.Alarm.of(rule), 0);
        timestamps.forEach(t -> alarm.add(Instant.ofEpochSecond(t), 1, null));
        return alarm.episodes();
    }

    /** {@code times} data points spread evenly over the one period that starts at {@link #BASE}. */
    static List<Long> withinOnePeriod(Rule rule, int times) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(BASE + (long) i * rule.periodSeconds() / times);
        }
        return out;
    }
}
