package io.trailguard.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trailguard verify} on a local copy with an exported key file: formats, exit codes, bad input. */
class VerifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path copy;
    Path keys;
    TrailArchive archive;

    record Run(int exit, String out, String err) {}

    @BeforeEach
    void bucketCopyAndKeys() throws Exception {
        archive = TrailArchive.small();
        copy = dir.resolve("copy");
        archive.writeTo(copy);
        keys = dir.resolve("keys.json");
        Files.writeString(keys, archive.keyFileJson());
    }

    static Run verify(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void anIntactCopyExitsZeroAndSaysTheNewestDigestsCannotBeCheckedOffline() {
        Run r = verify(copy.toString(), "--keys", keys.toString(), "--bucket", TrailArchive.BUCKET, "--no-progress");
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains("WARN unverifiable offline"), r.out());
        assertTrue(r.out().contains("VALID (4 warning(s))"), r.out());
        assertTrue(r.out().contains("100000000007  us-east-1"), r.out());
    }

    @Test
    void givenSignaturesMakeEveryDigestVerifiable() throws Exception {
        Path sigs = dir.resolve("signatures.txt");
        StringBuilder lines = new StringBuilder("# newest digest of each chain\n");
        archive.digests.values().forEach(chain -> {
            String newest = chain.get(chain.size() - 1);
            lines.append(newest).append(' ').append(archive.objects.get(newest).metadata().get("signature")).append('\n');
        });
        Files.writeString(sigs, lines);
        Run r = verify(copy.toString(), "--keys", keys.toString(), "--signatures", sigs.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode report = JSON.readTree(r.out());
        assertTrue(report.get("valid").asBoolean());
        assertEquals(0, report.get("findings").size());
        assertEquals(4, report.get("accounts").size());
        for (JsonNode a : report.get("accounts")) {
            assertEquals(6, a.get("digests").get("valid").asInt());
        }
    }

    @Test
    void aTamperedLogFileExitsTwoAndIsNamedInEveryFormat() throws Exception {
        String log = archive.logs.get("100000000002 eu-west-1").get(0);
        Path file = copy.resolve(log);
        Files.write(file, TrailArchive.gzip("{\"Records\":[]}".getBytes(StandardCharsets.UTF_8)));
        Run text = verify(copy.toString(), "--keys", keys.toString());
        assertEquals(2, text.exit());
        assertTrue(text.out().contains("FAIL modified  100000000002 eu-west-1  " + log), text.out());
        Run md = verify(copy.toString(), "--keys", keys.toString(), "--format", "markdown");
        assertEquals(2, md.exit());
        assertTrue(md.out().startsWith("### CloudTrail log file integrity: INTEGRITY FINDINGS: 1"), md.out());
        assertTrue(md.out().contains("| modified | 100000000002 | eu-west-1 | `" + log + "`"), md.out());
        JsonNode json = JSON.readTree(verify(copy.toString(), "--keys", keys.toString(), "--format", "json").out());
        assertFalse(json.get("valid").asBoolean());
        assertTrue(json.get("findings").findValuesAsText("kind").contains("modified"));
    }

    @Test
    void badInputIsOneClearLineAndExitOne() throws Exception {
        assertBad(verify(dir.resolve("nowhere").toString(), "--keys", keys.toString()), "not a folder");
        assertBad(verify(copy.toString(), "--keys", keys.toString(), "--format", "yaml"), "--format yaml is not a format (text, json, markdown)");
        assertBad(verify(copy.toString(), "--keys", keys.toString(), "--since", "yesterday"), "--since yesterday: expected a UTC time");
        assertBad(verify(copy.toString(), "--keys", keys.toString(), "--fresh-within", "soon"), "--fresh-within soon");
        assertBad(verify(copy.toString(), "--keys", keys.toString(), "--signature", "nohex"), "--signature nohex: expected KEY=HEX");
        assertBad(verify("s3://Not_A_Bucket/x", "--keys", keys.toString()), "expected s3://bucket[/prefix]");
        assertBad(verify("--keys", keys.toString()), "give SOURCE (s3://bucket[/prefix] or a folder) or --stack NAME");
        assertBad(verify("--stack", "no-such-stack", "--keys", keys.toString()), "Pulumi.no-such-stack.yaml");
        assertBad(verify(copy.toString(), "--bucket", "b", "--stack", "dev", "--keys", keys.toString(), "--format", "xml"), "--format xml");
        Files.writeString(keys, "[]");
        assertBad(verify(copy.toString(), "--keys", keys.toString()), keys + ": expected a JSON object");
    }

    private static void assertBad(Run r, String message) {
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains(message), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }
}
