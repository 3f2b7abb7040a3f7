package io.trailguard.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.testing.Cli;
import io.trailguard.testing.Stacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay --alarms} against an independent evaluation written here: the rules' must-fire fixture events copied
 * into bursts (within one period, straddling a period boundary, spread out) for two accounts; the expected spells
 * come from matching each rule's own compiled pattern against every record and stepping through every period
 * boundary with a plain count, not from the replay's index, shared checks or {@link AlarmEvaluation}'s change points.
 */
class AlarmReplayTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    record Spell(String account, String rule, Instant alarmAt, Instant okAt, TreeSet<String> raisedBy) {}

    @Test
    void alarmsAgreeWithAnIndependentEvaluationOnTheFixtureCorpus() throws IOException {
        StackConfig config = Stacks.load("prod");
        List<String> accounts = List.of(config.accounts().get(1).id(), config.accounts().get(2).id());
        Map<String, JsonNode> corpus = CorpusEvents.byRef();
        List<ObjectNode> records = new ArrayList<>();
        Random random = new Random(14);
        int n = 0;
        for (Rule rule : Catalogue.all()) {
            JsonNode event = rule.fixtures().stream().filter(Rule.Fixture::fires).map(f -> corpus.get(f.event()))
                    .filter(e -> e != null).findFirst().orElse(null);
            if (event == null) {
                continue;
            }
            long period = rule.periodSeconds();
            for (String account : accounts) {
                // A burst that reaches the threshold inside one period, one that reaches it only across a boundary,
                // and stragglers far apart.
                long start = T0.getEpochSecond() / period * period + random.nextInt(6) * period;
                for (int i = 0; i < rule.threshold(); i++) {
                    records.add(copy(event, account, Instant.ofEpochSecond(start + i % Math.max(1, period - 1)), n++));
                }
                long boundary = start + 20 * period;
                for (int i = 0; i < rule.threshold(); i++) {
                    records.add(copy(event, account, Instant.ofEpochSecond(i % 2 == 0 ? boundary - 1 - i / 2 : boundary + i / 2), n++));
                }
                for (int i = 0; i < 3; i++) {
                    records.add(copy(event, account, Instant.ofEpochSecond(start + (40 + 7 * i) * period + random.nextInt((int) period)), n++));
                }
            }
        }
        StringBuilder lines = new StringBuilder();
        records.forEach(r -> lines.append(r).append('\n'));
        Path file = Files.writeString(dir.resolve("fixtures.jsonl"), lines, StandardCharsets.UTF_8);

        Cli run = Cli.run("replay", "--stack", "prod", "--rules", "all", "--alarms", "--format", "jsonl", file.toString());
        assertEquals(0, run.exit(), run.err());
        List<Spell> replayed = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (line.startsWith("{")) {
                JsonNode s = Records.JSON.readTree(line);
                TreeSet<String> raised = new TreeSet<>();
                s.get("periods").forEach(p -> {
                    if (p.get("raisedAlarm").asBoolean()) {
                        p.get("eventIDs").forEach(id -> raised.add(id.asText()));
                    }
                });
                replayed.add(new Spell(s.get("account").asText(), s.get("rule").asText(), Instant.parse(s.get("alarmAt").asText()),
                        s.get("okAt").isNull() ? null : Instant.parse(s.get("okAt").asText()), raised));
            }
        }
        List<Spell> expected = independently(StackRules.of(config, RuleChoice.ALL), accounts, records);
        assertTrue(expected.size() > 20, "the corpus raises alarms: " + expected.size());
        assertTrue(expected.stream().anyMatch(s -> Catalogue.byId(s.rule()).map(Rule::threshold).orElse(1) > 1), "thresholds above 1 are exercised");
        List<Spell> missing = expected.stream().filter(x -> !replayed.contains(x)).toList();
        List<Spell> extra = replayed.stream().filter(x -> !expected.contains(x)).toList();
        assertEquals(List.of(), missing, "expected, not replayed (replayed but not expected: " + extra + ")");
        assertEquals(expected, replayed);
    }

    private static ObjectNode copy(JsonNode event, String account, Instant time, int n) {
        ObjectNode r = event.deepCopy();
        r.put("eventTime", time.toString()).put("eventID", "alarm-" + n).put("recipientAccountId", account);
        return r;
    }

    /** Every period boundary from before the first record to after the last, with a plain count per period. */
    private static List<Spell> independently(StackRules rules, List<String> accounts, List<ObjectNode> records) {
        List<Spell> spells = new ArrayList<>();
        for (String account : accounts) {
            Map<String, Rule> byId = new TreeMap<>();
            rules.forAccount(account).forEach(d -> byId.put(d.rule().id(), d.rule()));
            for (Rule rule : byId.values()) {
                CompiledPattern pattern = rule.compile(Feed.TRAIL);
                List<ObjectNode> hits = records.stream().filter(r -> r.get("recipientAccountId").asText().equals(account))
                        .filter(pattern::matches).toList();
                if (hits.isEmpty()) {
                    continue;
                }
                long p = rule.periodSeconds();
                int evaluation = rule.evaluationPeriods();
                long first = hits.stream().mapToLong(h -> seconds(h) / p).min().orElseThrow();
                long last = hits.stream().mapToLong(h -> seconds(h) / p).max().orElseThrow();
                Instant alarmAt = null;
                TreeSet<String> raisedBy = null;
                for (long k = first - 1; k <= last + evaluation + 1; k++) {
                    int breaching = 0;
                    TreeSet<String> ids = new TreeSet<>();
                    for (long j = k - evaluation + 1; j <= k; j++) {
                        long from = j * p;
                        List<ObjectNode> in = hits.stream().filter(h -> seconds(h) >= from && seconds(h) < from + p).toList();
                        if (in.size() >= rule.threshold()) {
                            breaching++;
                            // The output lists the first records of each period, in input order.
                            in.stream().limit(ReplayAlarms.RECORDS_PER_PERIOD).forEach(h -> ids.add(h.get("eventID").asText()));
                        }
                    }
                    Instant at = Instant.ofEpochSecond((k + 1) * p);
                    if (breaching >= evaluation && alarmAt == null) {
                        alarmAt = at;
                        raisedBy = ids;
                    } else if (breaching < evaluation && alarmAt != null) {
                        spells.add(new Spell(account, rule.id(), alarmAt, at, raisedBy));
                        alarmAt = null;
                    }
                }
            }
        }
        return spells;
    }

    private static long seconds(JsonNode record) {
        return Instant.parse(record.get("eventTime").asText()).getEpochSecond();
    }

    @Test
    void anMOutOfNAlarmNeedsMBreachingPeriodsInTheLastNAndMissingPeriodsDoNotBreach() {
        AlarmEvaluation<String> e = new AlarmEvaluation<>(new AlarmEvaluation.Alarm(300, 3, 2, 2,
                AlarmEvaluation.Statistic.SUM, AlarmEvaluation.Comparison.GREATER_THAN_OR_EQUAL), 10);
        // Periods 0 and 2 breach (2 values each), period 1 has no data, period 5 breaches alone.
        for (long t : new long[] {10, 20, 610, 620, 1510, 1520}) {
            e.add(T0.plusSeconds(t), 1, "v" + t);
        }
        List<AlarmEvaluation.Episode<String>> episodes = e.episodes();
        assertEquals(1, episodes.size(), episodes.toString());
        assertEquals(T0.plusSeconds(900), episodes.get(0).alarmAt(), "at the end of period 2, the second breaching period of three");
        assertEquals(T0.plusSeconds(1200), episodes.get(0).okAt(), "when period 0 leaves the range, one breaching is left");
        assertEquals(List.of("v10", "v20", "v610", "v620"),
                episodes.get(0).raisedBy().stream().flatMap(d -> d.evidence().stream()).toList());
    }
}
