package io.trailguard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInternal;
import io.trailguard.config.StackConfig;
import io.trailguard.stack.StackLoader;
import io.trailguard.testing.Stacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan's speed-ups (throttled program, debug messages dropped) change when work runs, never what is planned: a
 * stack plans to the same JSON, byte for byte, as under the harness's own logger with an unthrottled runner. The
 * throttle only acts on stacks far larger than the test stacks (dev under a high-water mark of 4 tasks was held back
 * once, 2026-12-02), so what this compares is the logger, which drops debug messages whatever the stack holds: dev
 * rather than prod, whose reference run alone took 13 s.
 */
class OfflineDeploymentEquivalenceTest {

    /** The deployment the plan ran in before the speed-ups. */
    private static DeploymentInternal reference(DeploymentImpl.DeploymentState state) {
        state.runner = new EventDrivenRunner(false);
        return new DeploymentImpl(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev"})
    void plansTheSameJsonAsTheReferenceDeployment(String stack) {
        StackConfig config = StackLoader.fromFile(Stacks.file(stack)).config();
        String expected = PlanJson.render(PlanRunner.run(config, stack, OfflineDeploymentEquivalenceTest::reference));
        String actual = PlanJson.render(PlanRunner.run(config, stack));
        assertEquals(expected.length(), actual.length(), "plan JSON length");
        assertEquals(expected, actual);
    }
}
