package io.trailguard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import io.trailguard.config.Scope;
import io.trailguard.config.StackConfig;
import io.trailguard.testing.Stacks;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The suite runs in one JVM: forty plans in a row, with runs of the SDK's own harness between them, must each
 * finish and see only their own resources. A harness that stalls after many runs, or leaks one run's registrations
 * into the next through its global deployment, fails here instead of hanging the suite.
 */
class ManyPlansInOneJvmTest {

    private static final int PLANS = 40;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    @DisplayName("forty plans in one JVM each finish in time and register only their own stack's resources")
    void fortyPlansInOneJvm() {
        // No catalogue rule sets: each plan stays small, and forty of them fit the suite's time.
        StackConfig loaded = Stacks.loadText(Stacks.withRuleSets(Stacks.text("dev"), "[]")).config();
        // Member-only plans take the trail key's ARN from the foundation's output, as logArchive.trailKeyArn.
        StackConfig dev = Stacks.withFoundationTrailKey(loaded);
        List<Scope> scopes = new java.util.ArrayList<>();
        dev.accounts().forEach(a -> scopes.add(Scope.parse("accounts:" + a.id())));
        scopes.add(Scope.FOUNDATION);
        Map<Scope, Integer> expected = new HashMap<>();
        for (int i = 0; i < PLANS; i++) {
            Scope scope = scopes.get(i % scopes.size());
            String stack = "many-" + i;
            Plan plan = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> PlanRunner.run(dev.withScope(scope), stack),
                    () -> "plan " + stack + " (" + scope + ") did not finish");
            for (PlannedResource r : plan.resources()) {
                assertTrue(r.urn().startsWith("urn:pulumi:" + stack + "::"), r.urn() + " leaked into " + stack);
            }
            int size = plan.resources().size();
            assertEquals(expected.computeIfAbsent(scope, s -> size), size, "plan " + stack + " of " + scope);
            if (i % 10 == 9) {
                sdkHarnessRun(i);
            }
        }
    }

    /** A run of the SDK's own harness (its polling runner), as component tests do. */
    private static void sdkHarnessRun(int i) {
        Mocks mocks = args -> CompletableFuture.completedFuture(Mocks.ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
        TestResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PlanRunner.exclusively(() -> PulumiTest.withMocks(mocks)
                .runTest(ctx -> new Provider("sdk-run-" + i, ProviderArgs.builder().region("eu-west-1").build()))));
        assertTrue(r.errors().isEmpty() && r.exceptions().isEmpty(), () -> r.errors() + " " + r.exceptions());
        assertTrue(r.resources().stream().anyMatch(x -> x.pulumiResourceName().equals("sdk-run-" + i)), r.resources()::toString);
    }
}
