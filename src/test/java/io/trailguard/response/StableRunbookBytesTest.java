package io.trailguard.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.testing.StableOrder;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A runbook's content is an SSM document's {@code content}: bytes that change from run to run are an update in every
 * preview. Parameters and step inputs came from {@code Map.of}s, whose order changes with the JVM; they are kept
 * sorted now, nested maps too.
 */
class StableRunbookBytesTest {

    @ParameterizedTest
    @EnumSource(Action.class)
    void parametersAndStepInputsHaveAnOrderOfTheirOwn(Action action) {
        Runbook r = Runbooks.of(action, ResponsePatternTest.CTX, List.of());
        List<Object> trees = new java.util.ArrayList<>();
        trees.add(r.parameters());
        r.steps().forEach(s -> trees.add(s.inputs()));
        assertEquals(List.of(), StableOrder.unorderedMaps(trees), action + ": maps whose order the JVM chooses");
        assertEquals(r.toJson(), Runbooks.of(action, ResponsePatternTest.CTX, List.of()).toJson());
    }
}
