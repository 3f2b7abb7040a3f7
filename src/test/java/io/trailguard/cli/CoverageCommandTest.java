package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.org.AwsTestEnvironment;
import io.trailguard.org.FakeOrganizationsEndpoint;
import io.trailguard.org.TestStacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code trailguard coverage} end to end: stack file in, the real SDK against a local Organizations endpoint. */
class CoverageCommandTest {

    private static final String PAYMENTS_ENTRY = """
                - id: "666666666666"
                  name: payments-dev
                  ou: ou-dev1-payments1
            """;

    private final FakeOrganizationsEndpoint endpoint = new FakeOrganizationsEndpoint();
    private AwsTestEnvironment env;

    @TempDir
    Path dir;

    private String out;
    private String err;

    @BeforeEach
    void pointSdkAtTheFakeEndpoint() {
        env = AwsTestEnvironment.allServicesAt(endpoint.uri(), dir);
    }

    @AfterEach
    void stop() {
        env.close();
        endpoint.close();
    }

    @Test
    void exitsZeroWhenConfigCoversTheOrganization() throws IOException {
        int code = run("coverage", "--config", stack(TestStacks.coveredText()).toString());

        assertEquals(0, code, err);
        assertTrue(out.contains("stack covered vs organization o-dev1a2b3c4d: 7 accounts (6 active), 6 in config"), out);
        assertTrue(out.strip().endsWith("covered: every active account is in config, and config matches the organization"), out);
    }

    @Test
    void exitsTwoAndNamesTheUncoveredAccount() throws IOException {
        int code = run("coverage", "--config", stack(withoutPayments()).toString());

        assertEquals(2, code, err);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("not-in-config") && l.contains("666666666666")
                && l.contains("payments-dev, in Root/Workloads/Payments")), out);
        assertTrue(out.strip().endsWith("1 gap: 1 not-in-config"), out);
    }

    @Test
    void jsonCarriesTheVerdictAndEveryGap() throws IOException {
        String stack = withoutPayments().replace("ou: ou-dev1-security\n    - id: \"333333333333\"", "ou: ou-dev1-workload1\n    - id: \"333333333333\"");

        int code = run("coverage", "--config", stack(stack).toString(), "--format", "json");

        assertEquals(2, code, err);
        JsonNode doc = new ObjectMapper().readTree(out);
        assertFalse(doc.get("covered").asBoolean());
        assertEquals(7, doc.get("organizationAccounts").asInt());
        assertEquals(List.of("ou-mismatch", "not-in-config"), doc.get("gaps").findValuesAsText("kind"));
        assertEquals("trailguard:accounts[1].ou", doc.get("gaps").get(0).get("key").asText());
        assertEquals("Root/Workloads/Payments", doc.get("uncovered").get(0).get("parentPath").asText());
    }

    @Test
    void markdownHasOneTableRowPerGap() throws IOException {
        int code = run("coverage", "--config", stack(withoutPayments()).toString(), "--format", "markdown");

        assertEquals(2, code, err);
        assertTrue(out.startsWith("### trailguard coverage: `covered`"), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("| not-in-config | `trailguard:accounts` | 666666666666 |")).count(), out);
    }

    @Test
    void suggestPrintsEntriesThatParseAndCloseTheGapWhenPasted() throws IOException {
        Path file = stack(withoutPayments());

        int code = run("coverage", "--config", file.toString(), "--suggest");

        assertEquals(2, code, err);
        List<Map<String, Object>> entries = new Yaml().load(out);
        assertEquals(List.of(Map.of("id", "666666666666", "name", "payments-dev", "ou", "ou-dev1-payments1")), entries);
        assertTrue(out.contains("\n    - id: \"666666666666\"\n      name: payments-dev\n      ou: ou-dev1-payments1"), out);

        Files.writeString(file, Files.readString(file) + out);
        assertEquals(0, run("coverage", "--config", file.toString()), out + err);
    }

    @Test
    void accessDeniedExitsOneWithTheNeededPermissionAndNoStackTrace() throws IOException {
        endpoint.deny("ListAccounts");

        int code = run("coverage", "--config", stack(TestStacks.coveredText()).toString(),
                "--role-arn", "arn:aws:iam::111111111111:role/TrailguardCoverageReadOnly");

        assertEquals(1, code);
        assertTrue(err.startsWith("trailguard coverage: organizations:ListAccounts was denied: the caller needs"), err);
        assertTrue(err.contains("acting as " + FakeOrganizationsEndpoint.ASSUMED_ROLE_ARN), err);
        assertFalse(err.contains("\tat "), err);
        assertEquals("", out);
    }

    @Test
    void invalidConfigExitsOneBeforeAnyAwsCall() throws IOException {
        int code = run("coverage", "--config", stack(TestStacks.coveredText().replace("ou: ou-dev1-payments1", "ou: payments")).toString());

        assertEquals(1, code);
        assertTrue(err.contains("trailguard:accounts[5].ou: `payments` is not an OU or root id"), err);
        assertTrue(endpoint.requests().isEmpty());
    }

    @Test
    void anUnknownFormatIsAnError() throws IOException {
        int code = run("coverage", "--config", stack(TestStacks.coveredText()).toString(), "--format", "yaml");

        assertEquals(1, code);
        assertEquals("trailguard coverage: --format yaml is not a format (table, json, markdown)", err.strip());
    }

    private static String withoutPayments() {
        String text = TestStacks.coveredText();
        assertTrue(text.endsWith(PAYMENTS_ENTRY), "covered.yaml ends with the payments-dev entry");
        return text.substring(0, text.length() - PAYMENTS_ENTRY.length());
    }

    private Path stack(String text) throws IOException {
        Path file = dir.resolve("covered.yaml");
        Files.writeString(file, text);
        return file;
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        out = o.toString();
        err = e.toString();
        return code;
    }
}
