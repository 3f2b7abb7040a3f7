package io.trailguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.PulumiTestInternal;
import io.trailguard.testing.Stacks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private static TestResult run(String yaml, CountingMocks mocks) {
        return PulumiTestInternal.builder()
                .options(TestOptions.builder().projectName("trailguard").stackName("dev").preview(true).build())
                .config(Stacks.asPulumiConfig(yaml))
                .mocks(mocks)
                .build()
                .runTest(App::stack);
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
        CountingMocks mocks = new CountingMocks();
        String broken = Stacks.text("dev")
                .replace("homeRegion: eu-west-1", "homeRegion: eu-wset-1")
                .replace("- id: \"444444444444\"", "- id: \"4444\"");
        TestResult r = run(broken, mocks);
        assertEquals(List.of(), mocks.registered, "no resource may be registered when config is invalid");
        assertTrue(r.exceptions().stream().anyMatch(e -> e instanceof com.pulumi.exceptions.RunException
                && e.getMessage().startsWith("2 config error(s)")), () -> r.exceptions().toString());
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
