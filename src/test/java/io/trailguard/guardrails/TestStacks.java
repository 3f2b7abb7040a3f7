package io.trailguard.guardrails;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** The project's real stack files, and variants of them edited line by line. */
final class TestStacks {

    private TestStacks() {}

    static StackConfig dev() {
        return load(text("Pulumi.dev.yaml"));
    }

    static StackConfig prod() {
        return load(text("Pulumi.prod.yaml"));
    }

    static StackConfig prodWith(UnaryOperator<String> edit) {
        return load(edit.apply(text("Pulumi.prod.yaml")));
    }

    static LoadResult prodResultWith(UnaryOperator<String> edit) {
        return ConfigLoader.fromStackYaml(edit.apply(text("Pulumi.prod.yaml")), "Pulumi.prod.yaml (edited)");
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

    private static String text(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
