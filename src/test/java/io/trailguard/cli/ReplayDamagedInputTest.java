package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.testing.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay and {@code rules test} on damaged and hostile inputs, through the command line only: each record counted
 * once, every complete record kept, every skipped part reported, the run never stopped. Each test here is one of
 * the defects issue 14 found (named in the test's comment).
 */
@Execution(ExecutionMode.CONCURRENT)
class ReplayDamagedInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOTALS = Pattern.compile("([\\d,]+) records, ([\\d,]+) hits");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\nstderr: [" + err + "]\nstdout (first 2,000 chars): [" + out.substring(0, Math.min(2000, out.length())) + "]";
        }

        long records() {
            return total(1);
        }

        long hits() {
            return total(2);
        }

        private long total(int group) {
            Matcher m = TOTALS.matcher(err);
            // The whole run, not stderr alone: a replay once exited 0 with nothing written (GivenWritersTest).
            assertTrue(m.find(), this::toString);
            return Long.parseLong(m.group(group).replace(",", ""));
        }

        List<String> eventIds() {
            List<String> ids = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        ids.add(JSON.readTree(line).path("eventID").asText());
                    } catch (IOException e) {
                        throw new AssertionError(line, e);
                    }
                }
            }
            return ids;
        }
    }

    static Run replay(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("replay", "--stack", "prod", "--rule", "backstop-cloudtrail-tampering", "--format", "jsonl"));
        all.addAll(List.of(args));
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    static Run rulesTest(String pattern, String input) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "rules", "test", "--pattern", pattern, input);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A StopLogging record as CloudTrail writes it (eventVersion first), which the tampering backstop rule matches. */
    static ObjectNode stopLogging(int i) {
        ObjectNode r = JSON.createObjectNode();
        r.put("eventVersion", "1.08");
        r.putObject("userIdentity").put("type", "IAMUser").put("arn", "arn:aws:iam::100000000007:user/mallory")
                .put("accountId", "100000000007");
        r.put("eventTime", String.format("2025-03-01T10:%02d:%02dZ", i / 60 % 60, i % 60)).put("eventSource", "cloudtrail.amazonaws.com")
                .put("eventName", "StopLogging").put("awsRegion", "eu-west-1").put("eventID", "id-" + i)
                .put("recipientAccountId", "100000000007");
        r.putObject("requestParameters").put("name", "arn:aws:cloudtrail:eu-west-1:100000000007:trail/main");
        return r;
    }

    static List<JsonNode> records(int n) {
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(stopLogging(i));
        }
        return out;
    }

    static List<String> ids(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add("id-" + i);
        }
        return out;
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        return Files.write(f, bytes);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String delivery(List<JsonNode> records) {
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode a = doc.putArray("Records");
        records.forEach(a::add);
        return doc.toString();
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(plain);
        }
        return b.toByteArray();
    }

    // Found: "A pretty-printed JSON array of 10 records is counted as 1,010 records (4,040 hits instead of 40);
    // 600 such records (371 KB) run out of memory and print nothing."
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void aPrettyPrintedJsonArrayCountsEachRecordOnce() throws IOException {
        for (int n : new int[] {10, 600}) {
            ArrayNode array = JSON.createArrayNode();
            records(n).forEach(array::add);
            Path f = write("pretty-" + n + ".json", utf8(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array)));
            Run run = replay(f.toString());
            assertEquals(0, run.exit(), run.err());
            assertEquals(n, run.records(), run.err());
            assertEquals(ids(0, n), run.eventIds());
        }
    }

    // Found: "A lone `[` line doubles the next record."
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void aLoneBracketLineDoublesNothingAndIsReported() throws IOException {
        Path f = write("bracket.jsonl", utf8("[\n" + stopLogging(0) + "\n" + stopLogging(1) + "\n"));
        Run run = replay(f.toString());
        assertEquals(2, run.records(), run.err());
        assertEquals(ids(0, 2), run.eventIds());
        assertEquals(3, run.exit(), "an array never closed is damage to report: " + run.err());
        assertTrue(run.err().contains(f + ": byte 0 (line 1): opens an array that never closes"), run.err());
    }

    // Found: "JSON lines: a line cut inside a value (`{"eventVersion":"1.08","userIdentity":`) swallows the next good line."
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void aJsonLineCutInsideAValueLeavesTheNextLineAlone() throws IOException {
        String cut = "{\"eventVersion\":\"1.08\",\"userIdentity\":";
        Path f = write("cut.jsonl", utf8(stopLogging(0) + "\n" + cut + "\n" + stopLogging(1) + "\n"));
        Run run = replay(f.toString());
        assertEquals(ids(0, 2), run.eventIds(), run.err());
        assertEquals(2, run.records(), run.err());
        assertEquals(3, run.exit(), run.err());
        int start = stopLogging(0).toString().length() + 1;
        assertTrue(run.err().contains(f + ": bytes " + start + "-" + (start + cut.length()) + " (line 2): record cut short"), run.err());
    }

    // Found: "Truncated .json.gz: a cut in the first ~64 KB of JSON yields 0 records, reported at byte 0; later cuts lose
    // the last 24-64 KB of complete records. Every complete record before the cut must be kept."
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void aTruncatedGzipKeepsEveryCompleteRecordBeforeTheCut() throws IOException, DataFormatException {
        List<JsonNode> all = records(3000);
        String doc = delivery(all);
        byte[] gz = gzip(utf8(doc));
        for (int cut : new int[] {gz.length / 20, gz.length / 3, gz.length - 20}) {
            Path f = write("cut-" + cut + ".json.gz", Arrays.copyOf(gz, cut));
            Run run = replay(f.toString());
            int complete = completeRecordsIn(doc, all, inflatablePrefix(gz, cut));
            assertTrue(complete > 0, "the cut leaves records to keep");
            assertEquals(ids(0, complete), run.eventIds(), "cut at compressed byte " + cut);
            assertEquals(3, run.exit());
            assertTrue(run.err().contains("compressed byte " + cut), run.err());
        }
    }

    /** How many bytes of JSON a raw inflater gets out of the first {@code cut} bytes (GZIPOutputStream's header: 10 bytes). */
    private static int inflatablePrefix(byte[] gz, int cut) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(gz, 10, cut - 10);
        byte[] out = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = inflater.inflate(out)) > 0) {
            total += n;
        }
        inflater.end();
        return (int) total;
    }

    /** Records whose text ends within the first {@code prefix} bytes of the document (ASCII, so chars are bytes). */
    private static int completeRecordsIn(String doc, List<JsonNode> records, int prefix) {
        int count = 0;
        int from = 0;
        for (JsonNode r : records) {
            int end = doc.indexOf(r.toString(), from) + r.toString().length();
            if (end > prefix) {
                break;
            }
            count++;
            from = end;
        }
        return count;
    }

    // Found: "A 200 KB .gz that inflates to one 200 MB line makes the run fail with OutOfMemoryError and lose every later
    // file." The bomb is generated here, streamed; the replay runs in a JVM with a 96 MB heap.
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void aGzipBombIsReportedAndTheFilesAfterItAreRead() throws Exception {
        Path bomb = dir.resolve("a-bomb.json.gz");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'A');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write(utf8("{\"eventVersion\":\"1.08\",\"eventName\":\"StopLogging\",\"blob\":\""));
            for (int i = 0; i < 200; i++) {
                out.write(chunk);
            }
            out.write(utf8("\"}"));
        }
        assertTrue(Files.size(bomb) < 1 << 20, "a small file: " + Files.size(bomb));
        write("b-good.jsonl", utf8(stopLogging(1) + "\n" + stopLogging(2) + "\n"));
        ChildJvm run = ChildJvm.run("96m", false, 300, "replay", "--stack", "prod", "--rule", "backstop-cloudtrail-tampering",
                "--format", "jsonl", "--threads", "1", dir.toString());
        assertEquals(3, run.exit(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        assertTrue(run.err().contains(bomb + ": decompressed bytes 0-"), run.err());
        assertTrue(run.err().contains("over the limit of 8388608 (--max-record-bytes)"), run.err());
    }

    // Found: "An unreadable folder aborts the run with a Java exception and 0 hits for the readable files. Report it and go
    // on; broken symlinks and FIFOs are counted and reported, not skipped silently."
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void anUnreadableFolderIsReportedAndTheReadableFilesAreReplayed() throws Exception {
        write("archive/good.json", utf8(delivery(records(3))));
        Path locked = Files.createDirectories(dir.resolve("archive/locked"));
        write("archive/locked/hidden.json", utf8(delivery(records(1))));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            ChildJvm run = ChildJvm.run("256m", true, 120, "replay", "--stack", "prod", "--rule", "backstop-cloudtrail-tampering",
                    "--format", "jsonl", dir.resolve("archive").toString());
            assertEquals(3, run.exit(), run.err());
            assertEquals(3, run.out().lines().count(), run.out());
            assertTrue(run.err().contains(locked + ": permission denied, not read"), run.err());
            assertTrue(new io.trailguard.testing.Cli(run.exit(), run.out(), run.err()).noStackTrace(), run.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void brokenSymlinksFifosAndLinkLoopsAreCountedAndReported() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        write("archive/good.json", utf8(delivery(records(2))));
        Files.createSymbolicLink(archive.resolve("gone.json"), dir.resolve("nowhere.json"));
        Files.createSymbolicLink(archive.resolve("loop"), archive);
        Path fifo = archive.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> replay(archive.toString()), "a FIFO must not be opened");
        assertEquals(ids(0, 2), run.eventIds());
        assertEquals(3, run.exit(), run.err());
        assertTrue(run.err().contains(archive.resolve("gone.json") + ": broken symbolic link, not read"), run.err());
        assertTrue(run.err().contains(fifo + ": not a regular file (FIFO, socket or device), not read"), run.err());
        assertTrue(run.err().contains(archive.resolve("loop") + ": symbolic link loop, not followed"), run.err());
        assertTrue(run.err().contains("3 not read"), run.err());
    }

    // Found: "A syntax error inside {"Records":[...]} drops the rest of the file; resynchronise at the next record where
    // the structure allows it, and report exactly what was skipped."
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void aSyntaxErrorInsideRecordsResynchronisesAtTheNextRecord() throws IOException {
        List<JsonNode> all = records(6);
        String r1 = all.get(1).toString();
        String broken = r1.replace("\"eventName\":\"StopLogging\"", "\"eventName\":nope");
        String r3 = all.get(3).toString();
        String cut = r3.substring(0, r3.indexOf("\"userIdentity\":") + "\"userIdentity\":".length());
        String doc = "{\"Records\":[" + all.get(0) + "," + broken + "," + all.get(2) + "," + cut + "," + all.get(4) + ","
                + all.get(5) + "]}";
        Path f = write("damaged.json", utf8(doc));
        Run run = replay(f.toString());
        assertEquals(List.of("id-0", "id-2", "id-4", "id-5"), run.eventIds());
        assertEquals(4, run.records());
        assertEquals(3, run.exit());
        int brokenAt = doc.indexOf(broken);
        assertTrue(run.err().contains("bytes " + brokenAt + "-" + (brokenAt + broken.length() - 1) + " (line 1): invalid JSON"), run.err());
        int cutAt = doc.indexOf("," + cut + ",") + 1;
        int nextAt = doc.indexOf(all.get(4).toString());
        assertTrue(run.err().contains("bytes " + cutAt + "-" + (nextAt - 1) + " (line 1): record cut short"), run.err());
    }

    // Found: "`{ $.eventName = %a*a*...a*c% }` (24 `a*`) on a 42-character value does not finish in 60 s."
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void aPathologicalRegexMatchesInLinearTime() throws IOException {
        String regex = "a*".repeat(24) + "c";
        Path f = write("one.jsonl", utf8("{\"eventName\":\"" + "a".repeat(42) + "\"}\n{\"eventName\":\"" + "a".repeat(41) + "c\"}\n"));
        Run run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> rulesTest("{ $.eventName = %" + regex + "% }", f.toString()));
        assertEquals(List.of("no-match", "match"), run.out().lines().toList());
        Run glob = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> rulesTest("{ $.eventName = \"" + "*a".repeat(24) + "*c\" }", f.toString()));
        assertEquals(List.of("no-match", "match"), glob.out().lines().toList());
    }

    // Found: "`rules test` reads its whole input into memory (OOM on 200 MB) and silently answers no-match for JSON arrays
    // and UTF-16 files: stream it, accept what replay accepts, refuse the rest clearly."
    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void rulesTestReadsJsonArraysAndUtf16AndRefusesTheRestClearly() throws IOException {
        String pattern = "{ $.eventName = \"StopLogging\" }";
        ArrayNode array = JSON.createArrayNode();
        records(2).forEach(array::add);
        Run arrays = rulesTest(pattern, write("array.json", utf8(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array))).toString());
        assertEquals(List.of("match", "match"), arrays.out().lines().toList());
        assertEquals(0, arrays.exit(), arrays.err());
        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] text = ("\uFEFF" + stopLogging(0) + "\n" + stopLogging(1) + "\n").getBytes(utf16);
            Run run = rulesTest(pattern, write("utf16-" + utf16 + ".jsonl", text).toString());
            assertEquals(List.of("match", "match"), run.out().lines().toList(), utf16.name());
        }
        Path utf32 = write("utf32.jsonl", (stopLogging(0) + "\n").getBytes(Charset.forName("UTF-32LE")));
        Run refused = rulesTest(pattern, utf32.toString());
        assertEquals(3, refused.exit());
        assertEquals("", refused.out());
        assertTrue(refused.err().contains(utf32 + ": UTF-32 text is not supported (UTF-8 and UTF-16 are)"), refused.err());
        Run garbage = rulesTest(pattern, write("mixed.jsonl", utf8("hello\n" + stopLogging(0) + "\n")).toString());
        assertEquals(List.of("match"), garbage.out().lines().toList());
        assertEquals(3, garbage.exit());
        assertTrue(garbage.err().contains("byte 0 (line 1): not a JSON object where a record may stand") || garbage.err().contains("bytes 0-4 (line 1)"),
                garbage.err());
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void rulesTestStreamsAnInputLargerThanItsHeap() throws Exception {
        Path big = dir.resolve("big.jsonl.gz");
        byte[] line = utf8(stopLogging(0) + "\n");
        long lines = 0;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(big), 1 << 16)) {
            for (long written = 0; written < 150L << 20; written += line.length) {
                out.write(line);
                lines++;
            }
        }
        ChildJvm run = ChildJvm.run("64m", false, 300, "rules", "test", "--pattern", "{ $.eventName = \"StopLogging\" }", big.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(lines, run.out().lines().filter("match"::equals).count());
        assertNotEquals(0, lines);
    }
}
