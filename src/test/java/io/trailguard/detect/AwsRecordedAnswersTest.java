package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The matcher and parser against the answers AWS's TestMetricFilter recorded (corpus/filter-patterns/README.md). */
class AwsRecordedAnswersTest {

    private static final List<String> FILES = List.of("aws-recorded.json", "aws-recorded-edges.json");

    @Test
    @DisplayName("every JSON-pattern case agrees with AWS: same matches, same rejections")
    void agreesWithAwsOnEveryJsonPatternCase() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        for (JsonNode c : jsonPatternCases()) {
            cases++;
            String pattern = c.at("/request/filterPattern").asText();
            String problem = c.has("error") ? rejectionProblem(pattern) : matchProblem(pattern, c);
            if (problem != null) {
                disagreements.add(c.get("id").asText() + " " + pattern + ": " + problem);
            }
        }
        System.out.printf("JSON-pattern cases agreeing with AWS: %d/%d%n", cases - disagreements.size(), cases);
        assertEquals(66, cases, "the corpus holds 39 + 27 JSON-pattern cases");
        assertEquals(List.of(), disagreements);
    }

    @Test
    @DisplayName("every valid corpus pattern renders back to exactly the string parsed")
    void validCorpusPatternsRoundTrip() throws IOException {
        for (JsonNode c : jsonPatternCases()) {
            if (!c.has("error")) {
                String pattern = c.at("/request/filterPattern").asText();
                assertEquals(pattern, FilterPattern.parse(pattern).render());
            }
        }
    }

    @Test
    @DisplayName("non-JSON pattern kinds are refused as unsupported, not misread")
    void nonJsonKindsAreUnsupported() throws IOException {
        int refused = 0;
        for (String file : FILES) {
            for (JsonNode c : read(file).get("cases")) {
                String pattern = c.at("/request/filterPattern").asText();
                if (!pattern.startsWith("{")) {
                    InvalidPatternException e = assertThrows(InvalidPatternException.class, () -> FilterPattern.parse(pattern));
                    assertTrue(e.reason().startsWith("unsupported pattern kind"), e.getMessage());
                    refused++;
                }
            }
        }
        assertEquals(137 - 66, refused);
    }

    private static String rejectionProblem(String pattern) {
        try {
            FilterPattern.parse(pattern);
            return "AWS rejects it, the parser accepted it";
        } catch (InvalidPatternException expected) {
            return null;
        }
    }

    private static String matchProblem(String pattern, JsonNode c) {
        CompiledPattern compiled;
        try {
            compiled = FilterPattern.parse(pattern).compile();
        } catch (InvalidPatternException e) {
            return "AWS accepts it, the parser rejected it: " + e.getMessage();
        }
        Set<Integer> expected = new HashSet<>();
        c.at("/response/matches").forEach(m -> expected.add(m.get("eventNumber").asInt()));
        List<String> wrong = new ArrayList<>();
        JsonNode messages = c.at("/request/logEventMessages");
        for (int i = 0; i < messages.size(); i++) {
            String message = messages.get(i).asText();
            boolean actual = Events.parse(message).map(compiled::matches).orElse(false);
            if (actual != expected.contains(i + 1)) {
                wrong.add(message + (actual ? " matched" : " did not match"));
            }
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private static List<JsonNode> jsonPatternCases() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String file : FILES) {
            for (JsonNode c : read(file).get("cases")) {
                if (c.at("/request/filterPattern").asText().startsWith("{")) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = AwsRecordedAnswersTest.class.getResourceAsStream("/corpus/filter-patterns/" + file)) {
            return Events.mapper().readTree(in);
        }
    }
}
