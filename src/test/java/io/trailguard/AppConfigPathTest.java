package io.trailguard;

import io.trailguard.plan.PlanRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.test.Mocks;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import io.trailguard.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import com.pulumi.Config;
import com.pulumi.Context;
import com.pulumi.context.LoggingContext;
import com.pulumi.exceptions.RunException;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The program's real config path: Pulumi config in, components out, or nothing at all when config is invalid. */
class AppConfigPathTest {

    /** Counts every registration the engine would receive. */
    static final class CountingMocks implements Mocks {
        final List<String> registered = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            registered.add(args.type + "::" + args.name);
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
        }
    }

    /** Under the plans' harness lock, which also cleans the harness after the run (PlanRunner.exclusively). */
    private static TestResult run(String yaml, CountingMocks mocks) {
        return PlanRunner.exclusively(() -> PulumiTestInternal.builder()
                .options(TestOptions.builder().projectName("trailguard").stackName("dev").preview(true).build())
                .config(Stacks.asPulumiConfig(yaml))
                .mocks(mocks)
                .build()
                .runTest(App::stack));
    }

    @Test
    void validConfigRegistersTheFoundation() {
        CountingMocks mocks = new CountingMocks();
        TestResult r = run(Stacks.text("dev"), mocks);
        assertEquals(List.of(), r.exceptions());
        assertTrue(mocks.registered.stream().anyMatch(s -> s.startsWith("aws:cloudtrail/trail:Trail::")), mocks.registered::toString);
        assertTrue(mocks.registered.stream().anyMatch(s -> s.startsWith("aws:s3/bucketV2:BucketV2::")));
    }

    @Test
    void invalidConfigRegistersNothingAndSaysWhy() {
        // Outside the harness on purpose: with no deployment running, any attempt to register a resource would
        // fail with something other than the RunException, so reaching it proves nothing was registered.
        Map<String, String> config = Stacks.asPulumiConfig(Stacks.text("dev")
                .replace("homeRegion: eu-west-1", "homeRegion: eu-wset-1")
                .replace("- id: \"444444444444\"", "- id: \"4444\""));
        Context ctx = mock(Context.class);
        Config projectConfig = mock(Config.class);
        LoggingContext log = mock(LoggingContext.class);
        when(ctx.config()).thenReturn(projectConfig);
        when(ctx.stackName()).thenReturn("dev");
        when(ctx.log()).thenReturn(log);
        when(projectConfig.get(anyString())).thenAnswer(a -> Optional.ofNullable(config.get("trailguard:" + a.getArgument(0))));

        RunException e = assertThrows(RunException.class, () -> App.stack(ctx));
        assertTrue(e.getMessage().startsWith("2 config error(s) in Pulumi.dev.yaml; nothing was registered"), e.getMessage());
        verify(log).error("trailguard:organization.homeRegion: `eu-wset-1` is not an AWS region (did you mean `eu-west-1`?)");
        verify(log).error("trailguard:accounts[3].id: `4444` is not an AWS account id (exactly 12 digits, quoted)");
    }

    @Test
    void misspelledTopLevelKeyFailsTheRunInsteadOfBeingIgnored() {
        Map<String, String> keys = Stacks.asPulumiConfig(Stacks.text("dev"));
        assertTrue(keys.containsKey("trailguard:members"));
        // The engine hands the program every key; a typo such as trailguard:member must be caught from that list.
        List<String> misspelled = List.of("trailguard:member");
        var result = io.trailguard.config.ConfigLoader.fromPulumiConfig(
                k -> Optional.ofNullable(keys.get("trailguard:" + k)).or(() -> k.equals("member") ? Optional.of("{}") : Optional.empty()),
                misspelled, "Pulumi.dev.yaml", List.of());
        assertTrue(result.report().contains("trailguard:member: unknown key (did you mean `trailguard:members`?)"), result::report);
        assertEquals(null, result.config());
    }
}
