package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A precondition never rejects an event its pattern matches, and is narrow enough to be worth testing first. */
class PreconditionTest {

    private static Precondition of(String pattern) {
        return Precondition.of(CanonicalPattern.of(FilterPattern.parse(pattern)));
    }

    private static JsonNode json(String text) {
        return Events.parse(text).orElseThrow();
    }

    @Test
    void readsTheFieldAMatchNeeds() {
        assertEquals("$.userIdentity.type in [Root] (or a number)", Precondition.of(
                CanonicalPattern.of(Catalogue.byId("cis-root-usage").orElseThrow().pattern())).toString());
        assertEquals("$.errorCode is a string or number", Precondition.of(
                CanonicalPattern.of(Catalogue.byId("seed-unauthorized-operations").orElseThrow().pattern())).toString());
        assertEquals("$.a in [x] (or a number)", of("{ $.b != \"y\" && $.a = \"x\" }").toString(), "exact texts first");
        assertEquals("$.a is a string or number", of("{ $.a = \"x\" || $.a = \"y*\" }").toString());
        assertEquals("$.a in [y] (or a number)", of("{ ($.a = \"x\" || $.a = \"y\") && $.a = \"y\" }").toString());
        assertEquals("none", of("{ $.a = \"x\" || $.b = \"y\" }").toString());
        assertEquals("none", of("{ $.a[*] = \"x\" }").toString());
        assertEquals("none", of("{ $.a NOT EXISTS || $.a IS TRUE }").toString());
    }

    @Test
    void admitsNumbersAndTheNamedTextsOnly() {
        Precondition p = of("{ $.a = \"1\" }");
        assertTrue(p.admits(json("{\"a\": \"1\"}")));
        assertTrue(p.admits(json("{\"a\": 1}")), "the text \"1\" equals the number 1");
        assertTrue(FilterPattern.parse("{ $.a = \"1\" }").compile().matches(json("{\"a\": 1}")));
        for (String rejected : List.of("{\"a\": \"2\"}", "{\"a\": null}", "{\"a\": true}", "{\"a\": [\"1\"]}", "{\"a\": {}}", "{\"b\": \"1\"}")) {
            assertFalse(p.admits(json(rejected)), rejected);
        }
    }

    @Test
    void everyEventAwsMatchedPassesItsPatternsPrecondition() throws IOException {
        int matched = 0;
        for (String file : List.of("aws-recorded.json", "aws-recorded-edges.json")) {
            for (JsonNode c : read(file).get("cases")) {
                String pattern = c.at("/request/filterPattern").asText();
                if (!pattern.startsWith("{") || c.has("error")) {
                    continue;
                }
                Precondition p = of(pattern);
                for (JsonNode m : c.at("/response/matches")) {
                    String message = c.at("/request/logEventMessages").get(m.get("eventNumber").asInt() - 1).asText();
                    assertTrue(p.admits(Events.parse(message).orElseThrow()), pattern + " matched " + message + " but " + p + " rejects it");
                    matched++;
                }
            }
        }
        assertTrue(matched > 50, "the recorded answers exercise preconditions: " + matched);
    }

    @Test
    void everyCatalogueHitOnTheCorpusPassesThePrecondition() {
        int hits = 0;
        for (Rule rule : Catalogue.all()) {
            CompiledPattern matcher = rule.compile(Feed.TRAIL);
            Precondition p = Precondition.of(CanonicalPattern.of(rule.pattern()));
            for (TestEvents.CorpusEvent e : TestEvents.pantherCorpus()) {
                for (JsonNode event : withOtherValues(e.event(), p.field())) {
                    if (matcher.matches(event)) {
                        assertTrue(p.admits(event), rule.id() + " matches " + e.ref() + " but " + p + " rejects " + event);
                        hits++;
                    }
                }
            }
        }
        assertTrue(hits > 100, "the corpus exercises preconditions: " + hits);
    }

    /** The event, and copies with the field holding a number, a numeric string, null, a boolean and an array. */
    private static List<JsonNode> withOtherValues(JsonNode event, Selector field) {
        List<JsonNode> out = new ArrayList<>(List.of(event));
        if (field == null || !field.steps().stream().allMatch(s -> s instanceof Selector.Step.Field)) {
            return out;
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (JsonNode value : List.of(f.numberNode(1), f.textNode("1"), f.nullNode(), f.booleanNode(true), f.arrayNode().add("x"))) {
            ObjectNode copy = event.deepCopy();
            ObjectNode parent = copy;
            List<Selector.Step> steps = field.steps();
            for (Selector.Step step : steps.subList(0, steps.size() - 1)) {
                String name = ((Selector.Step.Field) step).name();
                parent = parent.get(name) instanceof ObjectNode o ? o : parent.putObject(name);
            }
            parent.set(((Selector.Step.Field) steps.get(steps.size() - 1)).name(), value);
            out.add(copy);
        }
        return out;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = PreconditionTest.class.getResourceAsStream("/corpus/filter-patterns/" + file)) {
            return Events.mapper().readTree(in);
        }
    }
}
