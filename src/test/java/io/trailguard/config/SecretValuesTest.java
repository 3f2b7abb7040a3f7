package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.testing.Cli;
import io.trailguard.testing.Stacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An encrypted stack value, as `pulumi config set --secret --path 'trailguard:alerting.routes.critical[1].endpoint'`
 * writes it (`secure: v1:...`; pulumi/pulumi sdk/go/common/resource/config value.go), is accepted offline as an opaque
 * secret: the rest of the stack is still checked, and the plan shows `[secret]` where it is used.
 */
class SecretValuesTest {

    static String withSecretEndpoint() {
        return Stacks.text("dev").replaceFirst("(?m)^(        - protocol: email\\n          endpoint: soc-dev@example.com\\n)",
                "$1        - protocol: https\n          endpoint:\n            secure: v1:c2VjcmV0LXRva2Vu\n");
    }

    @Test
    void anEncryptedValueIsAcceptedAndTheRestIsStillChecked() {
        String yaml = withSecretEndpoint();
        assertTrue(yaml.contains("secure: v1:"), yaml);
        LoadResult ok = Stacks.loadText(yaml);
        assertTrue(ok.ok(), ok::report);
        LoadResult bad = Stacks.loadText(yaml.replace("homeRegion: eu-west-1", "homeRegion: eu-wset-1"));
        assertEquals(List.of("trailguard:organization.homeRegion"), bad.errors().stream().map(ConfigError::path).toList(), bad::report);
    }

    @Test
    void thePlanShowsSecretWhereTheValueIsUsed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("Pulumi.sec.yaml");
        Files.writeString(file, withSecretEndpoint());
        Cli r = Cli.run("plan", "--config", file.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        List<String> endpoints = new ArrayList<>();
        for (JsonNode res : Stacks.json(r.out()).path("resources")) {
            if (res.path("type").asText().equals("aws:sns/topicSubscription:TopicSubscription")) {
                endpoints.add(res.path("inputs").path("endpoint").asText());
            }
        }
        assertTrue(endpoints.contains("[secret]"), endpoints::toString);
        assertTrue(endpoints.stream().noneMatch(e -> e.contains("v1:")), "the ciphertext is never used as a value: " + endpoints);
    }

    @Test
    void aSecretIsRefusedWhereItWouldBecomeANameAnArnOrAPolicy() {
        String yaml = Stacks.text("dev").replaceFirst("homeRegion: eu-west-1", "homeRegion:\n      secure: v1:ZXUtd2VzdC0x")
                .replaceFirst("(?m)^(        - protocol: email\\n          endpoint: soc-dev@example.com\\n)",
                        "$1        - protocol: lambda\n          endpoint:\n            secure: v1:bGFtYmRh\n");
        LoadResult r = Stacks.loadText(yaml);
        assertEquals(List.of("trailguard:organization.homeRegion", "trailguard:alerting.routes.critical[1].endpoint"),
                r.errors().stream().map(ConfigError::path).toList(), r::report);
        assertTrue(r.errors().stream().allMatch(e -> e.message().equals("may not be a secret") && e.hint().contains("email or https")
                && e.line() > 0), r::report);
    }
}
