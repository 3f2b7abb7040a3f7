package io.trailguard.detect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixture events of the test resources, by reference ({@code panther:<rule>/<test>}, {@code doc:<id>}). */
public final class TestEvents {

    /** One Panther corpus line. */
    public record CorpusEvent(String ref, boolean pantherExpected, JsonNode event) {}

    private static final List<CorpusEvent> PANTHER = load("/corpus/cloudtrail/panther-tests.jsonl", "panther:");
    private static final List<CorpusEvent> DOCS = load("/detect/doc-events.jsonl", "doc:");
    private static final Map<String, JsonNode> BY_REF = index();

    private TestEvents() {}

    public static List<CorpusEvent> pantherCorpus() {
        return PANTHER;
    }

    public static JsonNode event(String ref) {
        JsonNode e = BY_REF.get(ref);
        if (e == null) {
            throw new IllegalArgumentException("no fixture event " + ref);
        }
        return e;
    }

    /** The record as the EventBridge feed delivers it: the CloudTrail record under {@code detail}. */
    static JsonNode envelope(JsonNode record) {
        ObjectNode env = Events.mapper().createObjectNode();
        env.put("version", "0").put("detail-type", "AWS API Call via CloudTrail").put("source", "aws." + record.path("eventSource").asText().split("\\.")[0]);
        env.set("detail", record);
        return env;
    }

    private static List<CorpusEvent> load(String resource, String prefix) {
        List<CorpusEvent> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(TestEvents.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = Events.mapper().readTree(line);
                String ref = prefix + (n.has("rule") ? n.get("rule").asText() + "/" + n.get("test").asText() : n.get("id").asText());
                out.add(new CorpusEvent(ref, n.path("panther_expected").asBoolean(false), n.get("event")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static Map<String, JsonNode> index() {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (CorpusEvent e : PANTHER) {
            m.put(e.ref(), e.event());
        }
        for (CorpusEvent e : DOCS) {
            m.put(e.ref(), e.event());
        }
        return m;
    }
}
