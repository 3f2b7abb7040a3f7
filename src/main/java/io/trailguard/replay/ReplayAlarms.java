package io.trailguard.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.trailguard.detect.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code replay --alarms}: each rule's alarm evaluated per account over the replay's hits with
 * {@link AlarmEvaluation}, and every spell in ALARM printed with the records that raised it.
 */
final class ReplayAlarms {

    static final int RECORDS_PER_PERIOD = 20;

    private record Key(String account, String ruleId) {}

    private final StackRules rules;
    private final Map<Key, AlarmEvaluation<Hit>> alarms = new TreeMap<>(Comparator.comparing(Key::account).thenComparing(Key::ruleId));
    private long undated;

    ReplayAlarms(StackRules rules) {
        this.rules = rules;
    }

    void add(Hit hit) {
        Instant t = TimeWindow.eventTime(hit.time());
        if (t == null) {
            undated++;
            return;
        }
        String account = rules.alarmAccount(hit.ruleId(), hit.account());
        Key key = new Key(account == null ? "-" : account, hit.ruleId());
        alarms.computeIfAbsent(key, k -> new AlarmEvaluation<>(AlarmEvaluation.Alarm.of(rule(k.ruleId())), RECORDS_PER_PERIOD))
                .add(t, 1, hit);
    }

    private Rule rule(String id) {
        return rules.byId().get(id).rule();
    }

    /** Spells in ALARM, by account then rule; returns how many. */
    long print(PrintWriter out, HitFormat format) {
        long count = 0;
        for (Map.Entry<Key, AlarmEvaluation<Hit>> e : alarms.entrySet()) {
            for (AlarmEvaluation.Episode<Hit> episode : e.getValue().episodes()) {
                count++;
                if (format == HitFormat.JSONL) {
                    out.println(json(e.getKey(), e.getValue().alarm(), episode));
                } else {
                    text(out, e.getKey(), e.getValue().alarm(), episode);
                }
            }
        }
        if (undated > 0) {
            out.printf("(%,d hits without a readable eventTime count towards no alarm)%n", undated);
        }
        out.flush();
        return count;
    }

    private static void text(PrintWriter out, Key key, AlarmEvaluation.Alarm a, AlarmEvaluation.Episode<Hit> ep) {
        out.printf("ALARM %s  OK %s  account %s  rule %s  (Sum >= %s in %d of %d periods of %d s)%n", ep.alarmAt(),
                ep.okAt() == null ? "- (still in ALARM at the end of the data)" : ep.okAt(), key.account(), key.ruleId(),
                number(a.threshold()), a.datapointsToAlarm(), a.evaluationPeriods(), a.periodSeconds());
        for (AlarmEvaluation.Datapoint<Hit> d : ep.breachingWhileInAlarm()) {
            out.printf("  period %s: %s%n", d.periodStart(), number(d.value()));
            for (Hit h : d.evidence()) {
                out.printf("    %s  %s  %s  %s  %s%n", dash(h.time()), dash(h.account()), dash(h.eventName()), dash(h.principal()),
                        dash(h.eventId()));
            }
            if (d.samples() > d.evidence().size()) {
                out.printf("    ... and %,d more%n", d.samples() - d.evidence().size());
            }
        }
    }

    private static String json(Key key, AlarmEvaluation.Alarm a, AlarmEvaluation.Episode<Hit> ep) {
        StringWriter s = new StringWriter(512);
        try (JsonGenerator g = new JsonFactory().createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("account", key.account());
            g.writeStringField("rule", key.ruleId());
            g.writeStringField("alarmAt", ep.alarmAt().toString());
            g.writeStringField("okAt", ep.okAt() == null ? null : ep.okAt().toString());
            g.writeNumberField("periodSeconds", a.periodSeconds());
            g.writeNumberField("evaluationPeriods", a.evaluationPeriods());
            g.writeNumberField("datapointsToAlarm", a.datapointsToAlarm());
            g.writeNumberField("threshold", a.threshold());
            g.writeArrayFieldStart("periods");
            for (AlarmEvaluation.Datapoint<Hit> d : ep.breachingWhileInAlarm()) {
                g.writeStartObject();
                g.writeStringField("start", d.periodStart().toString());
                g.writeNumberField("value", d.value());
                g.writeBooleanField("raisedAlarm", ep.raisedBy().contains(d));
                g.writeArrayFieldStart("eventIDs");
                for (Hit h : d.evidence()) {
                    g.writeString(h.eventId());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
