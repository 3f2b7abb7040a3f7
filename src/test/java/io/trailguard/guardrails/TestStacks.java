package io.trailguard.guardrails;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.StackConfig;
import io.trailguard.testing.Stacks;
import java.util.function.UnaryOperator;

/** The project's real stack files, and variants of them edited line by line. */
final class TestStacks {

    private TestStacks() {}

    static StackConfig dev() {
        return Stacks.load("dev");
    }

    static StackConfig prod() {
        return Stacks.load("prod");
    }

    /** Bound and core-validated only, so guardrail limits can be exercised on configs they would reject. */
    static StackConfig prodWith(UnaryOperator<String> edit) {
        return load(edit.apply(Stacks.text("prod")));
    }

    static LoadResult prodResultWith(UnaryOperator<String> edit) {
        return ConfigLoader.fromStackYaml(edit.apply(Stacks.text("prod")), "Pulumi.prod.yaml (edited)");
    }

    /** Replaces text that must be there, so a changed stack file fails loudly instead of testing nothing. */
    static UnaryOperator<String> replacing(String from, String to) {
        return text -> {
            if (!text.contains(from)) {
                throw new AssertionError("stack file no longer contains `" + from + "`");
            }
            return text.replace(from, to);
        };
    }

    private static StackConfig load(String yaml) {
        LoadResult r = ConfigLoader.fromStackYaml(yaml, "test stack");
        assertTrue(r.ok(), r::report);
        return r.config();
    }
}
