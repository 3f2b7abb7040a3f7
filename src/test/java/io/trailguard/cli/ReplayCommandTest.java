package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay command end to end: inputs, output formats, filters, summary and exit codes. */
class ReplayCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "backstop-cloudtrail-tampering";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    static Run replay(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("replay", "--stack", "prod"));
        all.addAll(List.of(args));
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static ObjectNode stopLogging(String account, String time, String id) {
        ObjectNode r = JSON.createObjectNode();
        r.putObject("userIdentity").put("type", "IAMUser").put("arn", "arn:aws:iam::" + account + ":user/mallory").put("accountId", account);
        r.put("eventTime", time).put("eventSource", "cloudtrail.amazonaws.com").put("eventName", "StopLogging")
                .put("awsRegion", "eu-west-1").put("eventID", id).put("recipientAccountId", account);
        return r;
    }

    static ObjectNode harmless(String account, String time, String id) {
        ObjectNode r = stopLogging(account, time, id);
        r.put("eventSource", "ec2.amazonaws.com").put("eventName", "DescribeInstances");
        return r;
    }

    static String delivery(JsonNode... records) {
        ObjectNode doc = JSON.createObjectNode();
        Arrays.stream(records).forEach(doc.putArray("Records")::add);
        return doc.toString();
    }

    Path write(String name, String text, boolean gzip) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        try (OutputStream o = gzip ? new GZIPOutputStream(Files.newOutputStream(f)) : Files.newOutputStream(f)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    private static List<String> ids(Run run) {
        return run.lines().stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }

    @Test
    void foldersAreRecursedAndHitsFollowInputOrder() throws IOException {
        // Names sort b/ before c.json; many files so that the pool finishes them out of order.
        for (int i = 0; i < 12; i++) {
            write(String.format("archive/b/%02d.json.gz", i), delivery(stopLogging("100000000004", "2024-05-01T10:00:00Z", "b" + i + "-1"),
                    harmless("100000000004", "2024-05-01T10:00:01Z", "x"), stopLogging("100000000004", "2024-05-01T10:00:02Z", "b" + i + "-2")), true);
        }
        write("archive/c.jsonl", stopLogging("100000000005", "2024-05-01T11:00:00Z", "c-1") + "\n", false);
        write("archive/README.txt", "not CloudTrail", false);
        Run run = replay("--rule", RULE, "--threads", "2", dir.resolve("archive").toString());
        assertEquals(0, run.exit(), run.err());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add("b" + i + "-1");
            expected.add("b" + i + "-2");
        }
        expected.add("c-1");
        assertEquals(expected, ids(run));
        assertTrue(run.err().contains("13 files") && run.err().contains("1 skipped in folders"), run.err());
    }

    @Test
    void standardInputIsReadForDash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream((stopLogging("100000000004", "2024-05-01T10:00:00Z", "stdin-1") + "\n").getBytes(StandardCharsets.UTF_8)));
            Run run = replay("--rule", RULE, "-");
            assertEquals(0, run.exit(), run.err());
            assertEquals(List.of("stdin-1"), ids(run));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void jsonlHitsCarryEveryColumn() throws IOException {
        Path f = write("a.json", delivery(stopLogging("100000000004", "2024-05-01T10:00:00Z", "e1")), false);
        Run run = replay("--rule", RULE, "--format", "jsonl", f.toString());
        assertEquals(1, run.lines().size(), run.out());
        JsonNode hit = JSON.readTree(run.lines().get(0));
        assertEquals("2024-05-01T10:00:00Z", hit.get("time").asText());
        assertEquals("100000000004", hit.get("account").asText());
        assertEquals("eu-west-1", hit.get("region").asText());
        assertEquals(RULE, hit.get("rule").asText());
        assertEquals("critical", hit.get("severity").asText());
        assertEquals("arn:aws:iam::100000000004:user/mallory", hit.get("principal").asText());
        assertEquals("StopLogging", hit.get("eventName").asText());
        assertEquals("e1", hit.get("eventID").asText());
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() throws IOException {
        ObjectNode r = stopLogging("100000000004", "2024-05-01T10:00:00Z", "e1");
        ((ObjectNode) r.get("userIdentity")).put("arn", "arn:aws:iam::100000000004:user/o\"brien,jr");
        Path f = write("a.json", delivery(r), false);
        Run run = replay("--rule", RULE, "--format", "csv", f.toString());
        assertEquals(List.of("time,account,region,rule,severity,principal,eventName,eventID",
                "2024-05-01T10:00:00Z,100000000004,eu-west-1," + RULE + ",critical,\"arn:aws:iam::100000000004:user/o\"\"brien,jr\",StopLogging,e1"),
                run.lines());
    }

    @Test
    void timeAndAccountFiltersLeaveRecordsOut() throws IOException {
        Path f = write("a.json", delivery(
                stopLogging("100000000004", "2024-04-30T23:59:59Z", "before"),
                stopLogging("100000000004", "2024-05-01T00:00:00Z", "first-day"),
                stopLogging("100000000005", "2024-05-02T12:00:00Z", "other-account"),
                stopLogging("100000000004", "2024-05-02T23:59:59Z", "last-day"),
                stopLogging("100000000004", "2024-05-03T00:00:00Z", "after")), false);
        assertEquals(List.of("first-day", "other-account", "last-day"),
                ids(replay("--rule", RULE, "--since", "2024-05-01", "--until", "2024-05-02", f.toString())));
        assertEquals(List.of("first-day"),
                ids(replay("--rule", RULE, "--since", "2024-05-01T00:00:00Z", "--until", "2024-05-01T00:00:01Z", f.toString())));
        Run byAccount = replay("--rule", RULE, "--account", "100000000005", f.toString());
        assertEquals(List.of("other-account"), ids(byAccount));
        assertTrue(byAccount.err().contains("4 records left out"), byAccount.err());
    }

    @Test
    void summaryCountsPerRuleAndPerPrincipalWithFirstAndLastSeen() throws IOException {
        Path f = write("a.json", delivery(
                stopLogging("100000000004", "2024-05-01T10:00:00Z", "e1"),
                stopLogging("100000000004", "2024-05-03T10:00:00Z", "e2")), false);
        Path summary = dir.resolve("summary.txt");
        Run run = replay("--rule", RULE, "--summary", summary.toString(), f.toString());
        assertEquals(0, run.exit());
        assertEquals("", run.err());
        String text = Files.readString(summary);
        assertTrue(text.matches("(?s).*\\n  " + RULE + " +critical +2  2024-05-01T10:00:00Z  2024-05-03T10:00:00Z\\s*\\n.*"), text);
        assertTrue(text.matches("(?s).*\\n  arn:aws:iam::100000000004:user/mallory +2  2024-05-01T10:00:00Z  2024-05-03T10:00:00Z  " + RULE + "\\n.*"), text);
    }

    @Test
    void malformedInputIsReportedWithPathAndPositionAndTheRunGoesOn() throws IOException {
        Path bad = write("a.jsonl", stopLogging("100000000004", "2024-05-01T10:00:00Z", "e1") + "\n{broken\n"
                + stopLogging("100000000004", "2024-05-01T10:00:01Z", "e2") + "\n", false);
        Path good = write("b.json", delivery(stopLogging("100000000004", "2024-05-01T10:00:02Z", "e3")), false);
        Run run = replay("--rule", RULE, bad.toString(), good.toString());
        assertEquals(3, run.exit(), "skipped input: " + run.err());
        assertEquals(List.of("e1", "e2", "e3"), ids(run));
        assertTrue(run.err().matches("(?s).*" + java.util.regex.Pattern.quote(bad.toString()) + ": bytes \\d+-\\d+ \\(line 2\\): record cut short.*"),
                run.err());
    }

    @Test
    void rulesNoneReadsAndCountsWithoutHits() throws IOException {
        Path f = write("a.json.gz", delivery(stopLogging("100000000004", "2024-05-01T10:00:00Z", "e1"),
                harmless("100000000004", "2024-05-01T10:00:00Z", "e2")), true);
        Run run = replay("--rules", "none", f.toString());
        assertEquals(0, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("2 records, 0 hits"), run.err());
    }

    @Test
    void usageErrorsExitOneWithAMessage() throws IOException {
        Path f = write("a.json", delivery(harmless("100000000004", "2024-05-01T10:00:00Z", "e1")), false);
        assertUsageError(replay("--rule", "no-such-rule", f.toString()), "--rule no-such-rule");
        assertUsageError(replay("--since", "yesterday", f.toString()), "--since");
        assertUsageError(replay("--since", "2024-05-02", "--until", "2024-05-01", f.toString()), "is not before");
        assertUsageError(replay("--account", "12345", f.toString()), "--account 12345");
        assertUsageError(replay("--format", "xml", f.toString()), "--format xml");
        assertUsageError(replay(dir.resolve("missing.json").toString()), "no such file");
        assertUsageError(replay(), "INPUT");
        StringWriter err = new StringWriter();
        assertEquals(1, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "replay", "--stack", "no-such-stack", f.toString()));
        assertTrue(err.toString().contains("stack file not found"), err.toString());
    }

    private static void assertUsageError(Run run, String mentions) {
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(mentions), run.err());
    }
}
