package io.trailguard.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.stack.StackLoader;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole fixture corpus (Panther's CloudTrail test events and the detection package's constructed ones) replayed
 * as a gzip delivery file through every catalogue rule: for every fixture a rule names, the replay hits that event
 * exactly when the fixture says the rule fires.
 */
class CorpusReplayTest {

    @TempDir
    Path dir;

    @Test
    void replayHitsEqualWhatTheRulesOwnFixturesExpect() throws IOException {
        Map<String, JsonNode> events = CorpusEvents.byRef();
        // Hits name records by eventID; corpus ids repeat ("1"), so each record gets its reference as id. Sound only
        // because no rule looks at eventID.
        Catalogue.all().forEach(r -> assertFalse(r.pattern().render().contains("eventID"), r.id()));
        List<JsonNode> records = new ArrayList<>();
        events.forEach((ref, e) -> records.add(((ObjectNode) e.deepCopy()).put("eventID", ref)));
        Path file = Records.write(dir.resolve("corpus.json.gz"), Records.delivery(records), true);

        Set<String> expected = new TreeSet<>();
        Set<String> judged = new TreeSet<>();
        for (Rule rule : Catalogue.all()) {
            for (Rule.Fixture f : rule.fixtures()) {
                assertTrue(events.containsKey(f.event()), rule.id() + " refers to a fixture event not in the corpus: " + f.event());
                judged.add(rule.id() + " " + f.event());
                if (f.fires()) {
                    expected.add(rule.id() + " " + f.event());
                }
            }
        }
        assertTrue(expected.size() >= Catalogue.all().size(), "every rule has an event that fires");

        Set<String> actual = new TreeSet<>();
        for (String line : replayAll(file)) {
            JsonNode hit = Records.JSON.readTree(line);
            String pair = hit.get("rule").asText() + " " + hit.get("eventID").asText();
            if (judged.contains(pair)) {
                actual.add(pair);
            }
        }
        assertEquals(expected, actual);
    }

    private List<String> replayAll(Path file) {
        StackConfig config = StackLoader.fromFile(Path.of("Pulumi.prod.yaml")).config();
        Replay.Request request = new Replay.Request(config, RuleChoice.ALL, Set.of(), Set.of(), null, null, HitFormat.JSONL, null, 2, false);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Replay.execute(request, List.of(file.toString()), new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, exit, err.toString());
        assertTrue(err.toString().contains("0 with malformed parts"), err.toString());
        return out.toString().lines().toList();
    }
}
