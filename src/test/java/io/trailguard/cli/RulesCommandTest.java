package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Events;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    private record Result(int exit, String out, String err) {}

    @TempDir
    Path dir;

    @Test
    @DisplayName("rules --format json lists every catalogue rule with its EventBridge pattern")
    void listsCatalogueAsJson() throws IOException {
        Result r = run("rules", "--format", "json", "--feed", "eventbridge");
        assertEquals(0, r.exit());
        var rules = Events.mapper().readTree(r.out());
        assertEquals(Catalogue.all().size(), rules.size());
        var root = rules.findParents("id").stream().filter(n -> n.get("id").asText().equals("cis-root-usage")).findFirst().orElseThrow();
        assertEquals("{$.detail.userIdentity.type=\"Root\" && $.detail.userIdentity.invokedBy NOT EXISTS && $.detail.eventType !=\"AwsServiceEvent\"}",
                root.get("pattern").asText());
    }

    @Test
    @DisplayName("rules prints a table and a markdown table with one row per rule")
    void listsCatalogueAsTables() {
        Result table = run("rules");
        assertEquals(Catalogue.all().size() + 2, table.out().lines().count());
        assertTrue(table.out().contains("cis-cloudtrail-changes"));
        Result md = run("rules", "--format", "markdown");
        String catalogue = md.out().substring(0, md.out().indexOf("## Coverage matrix"));
        assertEquals(Catalogue.all().size() + 3, catalogue.lines().count());
        assertTrue(catalogue.contains("\\|\\|"), "pipes are escaped inside markdown cells");
    }

    @Test
    @DisplayName("rules --format markdown ends with a coverage matrix: ATT&CK tactic x rule, Sigma rule, CIS / Security Hub control")
    void markdownCarriesTheCoverageMatrix() {
        String md = run("rules", "--format", "markdown").out();
        List<String> matrix = md.substring(md.indexOf("## Coverage matrix")).lines().filter(l -> l.startsWith("| ")).toList();
        List<String> header = List.of(matrix.get(0).split(" \\| "));
        assertEquals(Catalogue.all().size() + 3, matrix.size(), "header, separator, one row per rule, totals");
        int evasion = header.indexOf("Defense Evasion");
        int impact = header.indexOf("Impact");
        String bedrock = row(matrix, "insider-bedrock-controls-changed");
        assertEquals("x", cell(bedrock, evasion), "T1562.001 is Defense Evasion");
        assertEquals("x", cell(bedrock, impact), "T1496 is Impact");
        assertTrue(bedrock.contains("[59b70e4d](https://github.com/SigmaHQ/sigma/blob/"), bedrock);
        assertTrue(row(matrix, "cis-root-usage").contains("CloudWatch.1 (CIS"), "Security Hub control");
        assertEquals("", cell(row(matrix, "insider-secrets-get-value-bulk"), impact), "credential access is not impact");
    }

    private static String row(List<String> matrix, String id) {
        return matrix.stream().filter(l -> l.startsWith("| `" + id + "` |")).findFirst().orElseThrow();
    }

    private static String cell(String row, int column) {
        return row.split("\\|", -1)[column + 1].trim();
    }

    @Test
    @DisplayName("rules test prints match/no-match per JSON object, in order; a non-JSON line is reported, exit 3")
    void testsJsonLines() throws IOException {
        Path events = dir.resolve("events.jsonl");
        Files.writeString(events, "{\"eventName\":\"StopLogging\"}\n{\"eventName\":\"StartLogging\"}\nnot json\n\n{\"eventName\":\"StopLogging\"}\n");
        Result r = run("rules", "test", "--pattern", "{ $.eventName = \"StopLogging\" }", events.toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals(List.of("match", "no-match", "match"), r.out().lines().toList());
        assertTrue(r.err().contains("events.jsonl: bytes 57-64 (line 3): not a JSON object where a record may stand"), r.err());
    }

    @Test
    @DisplayName("rules test reads the Records of a CloudTrail file")
    void testsCloudTrailFile() throws IOException {
        Path file = dir.resolve("trail.json");
        Files.writeString(file, "{\"Records\":[{\"eventName\":\"DeleteTrail\"},{\"eventName\":\"DescribeTrails\"}]}");
        Result r = run("rules", "test", "--pattern", "{ $.eventName = Delete* }", file.toString());
        assertEquals(List.of("match", "no-match"), r.out().lines().toList());
    }

    @Test
    @DisplayName("an invalid pattern exits 1 with the parser's position and reason, and no stack trace")
    void invalidPatternExitsOne() throws IOException {
        Path events = dir.resolve("e.jsonl");
        Files.writeString(events, "{}\n");
        Result r = run("rules", "test", "--pattern", "{ $.a == 1 }", events.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("trailguard: invalid pattern: column 7: '==' is not an operator; use '='"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Result(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
