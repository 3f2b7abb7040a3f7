package io.trailguard.pulumi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PULUMI_CONFIG is one environment string (pulumi-java pkg/cmd/pulumi-language-java/main.go constructConfig and
 * constructEnv); execve refuses one over MAX_ARG_STRLEN (131,072 bytes, linux include/uapi/linux/binfmts.h).
 */
public class PulumiConfigSizeTest {

    @Test
    void encodesAsGosJsonMarshal() {
        // encoding/json: sorted keys, compact, HTML-safe escapes, non-ASCII as UTF-8.
        assertEquals("{\"a\":\"\\u003cb\\u003e \\u0026 \\\"q\\\"\",\"b\":\"é\\n\"}",
                GoJson.marshal(Map.of("b", "é\n", "a", "<b> & \"q\"")));
        // A structured value is JSON inside the outer object's string, so its quotes are escaped once more.
        Map<String, String> view = PulumiConfigVariable.engineView(Map.of("t:x", Map.of("k", List.of(1, "v")), "t:s", "all"));
        assertEquals("{\"t:s\":\"all\",\"t:x\":\"{\\\"k\\\":[1,\\\"v\\\"]}\"}", PulumiConfigVariable.encode(view));
        assertEquals("PULUMI_CONFIG=".length() + PulumiConfigVariable.encode(view).length() + 1, PulumiConfigVariable.environmentBytes(view));
    }

    public static String stackWithAccounts(int n) throws IOException {
        StringBuilder b = new StringBuilder(io.trailguard.testing.Stacks.text("dev"));
        for (int i = 0; i < n; i++) {
            b.append(String.format("    - id: \"%012d\"%n      name: workload-%d%n      ou: ou-dev1-workload1%n", 600000000000L + i, i));
        }
        return b.toString();
    }

    @Test
    void checkFailsWellBeforeTheKernelRefusesTheProgram(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("Pulumi.big.yaml");
        Files.writeString(big, stackWithAccounts(1000));
        Cli r = Cli.run("check", "--config", big.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("config: the program would receive its config as PULUMI_CONFIG of "), r.err());
        assertTrue(r.err().contains("Linux refuses a single environment string over 131,072 bytes"), r.err());
        assertTrue(r.err().contains("scope `foundation`") && r.err().contains("accounts:<id>"), r.err());
        var report = ProjectChecks.check(Path.of("Pulumi.yaml"), big, "big");
        assertTrue(report.pulumiConfigBytes() > PulumiConfigVariable.LIMIT && report.pulumiConfigBytes() < PulumiConfigVariable.MAX_ARG_STRLEN + 50_000,
                "1,000 minimal accounts are about 85 KB: " + report.pulumiConfigBytes());
    }

    @Test
    void aMidSizeOrganizationFitsAndThePlanSaysHowMuchRoomIsLeft(@TempDir Path dir) throws IOException {
        Path mid = dir.resolve("Pulumi.mid.yaml");
        Files.writeString(mid, stackWithAccounts(200));
        assertEquals(0, Cli.run("check", "--config", mid.toString()).exit());
        int bytes = ProjectChecks.check(Path.of("Pulumi.yaml"), mid, "mid").pulumiConfigBytes();
        assertTrue(bytes > 15_000 && bytes < PulumiConfigVariable.LIMIT, String.valueOf(bytes));
        assertTrue(PulumiConfigVariable.describe(bytes).startsWith(String.format("PULUMI_CONFIG: %,d bytes", bytes)));
    }
}
