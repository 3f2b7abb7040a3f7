package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Security Hub credits only the verbatim CIS patterns. */
class CisPatternsTest {

    @Test
    @DisplayName("every CIS rule renders on the trail feed byte for byte as published, and the published string parses back")
    void cisRulesRenderVerbatim() throws IOException {
        Map<String, String> published = published();
        assertEquals(15, published.size());
        assertEquals(published.keySet(), Catalogue.ruleSet("cis").stream().map(Rule::id).collect(java.util.stream.Collectors.toSet()));
        published.forEach((id, text) -> {
            assertEquals(text, Catalogue.byId(id).orElseThrow().render(Feed.TRAIL), id);
            assertEquals(text, FilterPattern.parse(text).render(), id + " round trip");
        });
    }

    @Test
    @DisplayName("on the EventBridge feed the same rules look under $.detail and nothing else changes")
    void eventBridgeRenderingOnlyMovesSelectors() throws IOException {
        published().forEach((id, text) -> {
            String eb = Catalogue.byId(id).orElseThrow().render(Feed.EVENTBRIDGE);
            assertEquals(text.replace("$.", "$.detail."), eb, id);
            assertTrue(eb.length() <= FilterPattern.MAX_LENGTH, id);
        });
    }

    private static Map<String, String> published() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CisPatternsTest.class.getResourceAsStream("/detect/cis-published-patterns.tsv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#")).forEach(l -> m.put(l.substring(0, l.indexOf('\t')), l.substring(l.indexOf('\t') + 1)));
        }
        return m;
    }
}
