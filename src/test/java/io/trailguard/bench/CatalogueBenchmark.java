package io.trailguard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Events;
import io.trailguard.detect.Rule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Events per second through the whole catalogue (every rule, trail feed) over the Panther CloudTrail corpus; one
 * operation is one event matched against every rule. Parsing JSON is left out (the replay command pays it once per
 * event, whatever the rule count); {@link #parseAndMatch} includes it. Run with {@code bench/detect.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CatalogueBenchmark {

    static final int CORPUS_EVENTS = 447;

    private CompiledPattern[] rules;
    private JsonNode[] events;
    private String[] lines;

    @Setup
    public void load() throws IOException {
        List<CompiledPattern> compiled = new ArrayList<>();
        for (Rule r : Catalogue.all()) {
            compiled.add(r.compile(Feed.TRAIL));
        }
        rules = compiled.toArray(CompiledPattern[]::new);
        List<JsonNode> parsed = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CatalogueBenchmark.class.getResourceAsStream("/corpus/cloudtrail/panther-tests.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode event = Events.mapper().readTree(line).get("event");
                parsed.add(event);
                raw.add(event.toString());
            }
        }
        if (parsed.size() != CORPUS_EVENTS) {
            throw new IllegalStateException("corpus has " + parsed.size() + " events, expected " + CORPUS_EVENTS);
        }
        events = parsed.toArray(JsonNode[]::new);
        lines = raw.toArray(String[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS_EVENTS)
    public int matchCatalogue() {
        int hits = 0;
        for (JsonNode e : events) {
            for (CompiledPattern p : rules) {
                if (p.matches(e)) {
                    hits++;
                }
            }
        }
        return hits;
    }

    @Benchmark
    @OperationsPerInvocation(CORPUS_EVENTS)
    public int parseAndMatch() {
        int hits = 0;
        for (String line : lines) {
            JsonNode e = Events.parse(line).orElseThrow();
            for (CompiledPattern p : rules) {
                if (p.matches(e)) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
