package io.trailguard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.pulumi.deployment.internal.DeploymentImpl;
import com.pulumi.deployment.internal.DeploymentInternal;
import io.trailguard.stack.StackLoader;
import io.trailguard.config.StackConfig;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan's speed-ups (throttled program, debug messages dropped) change when work runs, never what is planned:
 * both stacks plan to the same JSON, byte for byte, as under the harness's own logger with an unthrottled runner.
 */
class OfflineDeploymentEquivalenceTest {

    /** The deployment the plan ran in before the speed-ups. */
    private static DeploymentInternal reference(DeploymentImpl.DeploymentState state) {
        state.runner = new EventDrivenRunner(false);
        return new DeploymentImpl(state);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void plansTheSameJsonAsTheReferenceDeployment(String stack) {
        StackConfig config = StackLoader.fromFile(Path.of("Pulumi." + stack + ".yaml")).config();
        String expected = PlanJson.render(PlanRunner.run(config, stack, OfflineDeploymentEquivalenceTest::reference));
        String actual = PlanJson.render(PlanRunner.run(config, stack));
        assertEquals(expected.length(), actual.length(), "plan JSON length");
        assertEquals(expected, actual);
    }
}
