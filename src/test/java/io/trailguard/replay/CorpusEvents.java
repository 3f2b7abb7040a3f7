package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events rules refer to from their fixtures, by the same references: {@code panther:<rule>/<test>} for the
 * shared Panther corpus and {@code doc:<id>} for the detection package's constructed events.
 */
final class CorpusEvents {

    private CorpusEvents() {}

    static Map<String, JsonNode> byRef() {
        Map<String, JsonNode> events = new LinkedHashMap<>();
        load("/corpus/cloudtrail/panther-tests.jsonl", events);
        load("/detect/doc-events.jsonl", events);
        return events;
    }

    private static void load(String resource, Map<String, JsonNode> into) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(CorpusEvents.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = Records.JSON.readTree(line);
                String ref = n.has("rule") ? "panther:" + n.get("rule").asText() + "/" + n.get("test").asText() : "doc:" + n.get("id").asText();
                into.put(ref, n.get("event"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
