package io.trailguard.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.detect.Events;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** An input transformer applied to an event, and the runbook's parameter patterns applied to the result. */
final class RunbookInputs {

    private RunbookInputs() {}

    /** The target input EventBridge would send: each {@code <var>} of the template replaced by its path's value. */
    static String render(ResponseInput input, JsonNode event) {
        String out = input.template();
        for (Map.Entry<String, String> p : input.paths().entrySet()) {
            JsonNode v = ResponseEvents.resolve(event, p.getValue());
            if (input.required().contains(p.getKey())) {
                assertNotNull(v, p.getValue() + " does not resolve on " + event);
                assertTrue(v.isTextual(), p.getValue() + " is not a string: " + v);
            }
            out = out.replace("<" + p.getKey() + ">", v == null ? "" : v.asText());
        }
        return out;
    }

    static void assertAccepted(Runbook runbook, ResponseInput input, JsonNode event) {
        JsonNode params;
        try {
            params = Events.mapper().readTree(render(input, event));
        } catch (Exception e) {
            throw new AssertionError("the rendered input is not JSON: " + render(input, event), e);
        }
        assertEquals(runbook.parameters().keySet(), iterable(params.fieldNames()), "input keys are the runbook's parameters");
        for (Map.Entry<String, Runbook.Parameter> p : runbook.parameters().entrySet()) {
            JsonNode list = params.get(p.getKey());
            assertTrue(list.isArray() && list.size() == 1, p.getKey() + " must be a one-element list: " + list);
            String value = list.get(0).asText();
            assertTrue(Pattern.compile(p.getValue().allowedPattern()).matcher(value).find(),
                    p.getKey() + " = " + value + " is refused by " + p.getValue().allowedPattern());
        }
    }

    private static java.util.Set<String> iterable(Iterator<String> names) {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        names.forEachRemaining(s::add);
        return s;
    }
}
