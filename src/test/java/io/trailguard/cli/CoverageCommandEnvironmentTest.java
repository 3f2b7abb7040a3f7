package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.org.AwsTestEnvironment;
import io.trailguard.org.FakeOrganizationsEndpoint;
import io.trailguard.org.TestStacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as a user runs it, in its own JVM, pointed at a local endpoint by the standard environment variable
 * alone: proves SDK 2.40.2 honours {@code AWS_ENDPOINT_URL_ORGANIZATIONS} without any code of ours.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class CoverageCommandEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void awsEndpointUrlOrganizationsPointsTheCommandAtAnotherEndpoint() throws IOException, InterruptedException {
        Path stack = dir.resolve("Pulumi.covered.yaml");
        Files.writeString(stack, TestStacks.coveredText());
        try (FakeOrganizationsEndpoint endpoint = new FakeOrganizationsEndpoint()) {
            ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "coverage", "--config", stack.toString(), "--format", "json");
            Map<String, String> env = pb.environment();
            env.keySet().removeIf(k -> k.startsWith("AWS_"));
            env.put("AWS_ENDPOINT_URL_ORGANIZATIONS", endpoint.uri().toString());
            env.put("AWS_ACCESS_KEY_ID", AwsTestEnvironment.ACCESS_KEY);
            env.put("AWS_SECRET_ACCESS_KEY", AwsTestEnvironment.SECRET_KEY);
            env.put("AWS_CONFIG_FILE", dir.resolve("config").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString());
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");

            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("\"covered\" : true"), output);
            assertFalse(endpoint.requests("ListAccounts").isEmpty());
            assertEquals(List.of(AwsTestEnvironment.ACCESS_KEY), endpoint.requests().stream().map(FakeOrganizationsEndpoint.Request::accessKeyId).distinct().toList());
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
