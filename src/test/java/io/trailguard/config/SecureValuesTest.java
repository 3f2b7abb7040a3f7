package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.testing.Stacks;
import org.junit.jupiter.api.Test;

/**
 * A value written as a Pulumi secret ({@code pulumi config set --secret --path}: {@code {secure: <ciphertext>}}) is
 * decrypted by the CLI before the program runs; offline it is accepted where a string belongs and its content is
 * not judged. Shape errors around it are still reported.
 */
class SecureValuesTest {

    @Test
    void aSecretStringIsAcceptedOffline() {
        LoadResult r = Stacks.loadText(Stacks.text("dev").replace("endpoint: soc-dev@example.com",
                "endpoint:\n            secure: v1:Zm9vYmFyYmF6:cXV4"));
        assertTrue(r.ok(), r::report);
        var endpoints = r.config().alerting().routes().values().stream().flatMap(java.util.List::stream)
                .map(e -> e.endpoint()).toList();
        assertTrue(endpoints.contains(ConfigTree.SECRET), endpoints::toString);
        assertTrue(endpoints.stream().noneMatch(e -> e.contains("v1:")), "the ciphertext is never bound as a value: " + endpoints);
    }

    @Test
    void aSecretDoesNotHideOtherProblems() {
        LoadResult r = Stacks.loadText(Stacks.text("dev").replace("endpoint: soc-dev@example.com",
                "endpoint:\n            secure: v1:Zm9v\n          extra: 1"));
        assertFalse(r.ok());
        assertTrue(r.report().contains("trailguard:alerting.routes.critical[0].extra: unknown key"), r::report);
    }
}
