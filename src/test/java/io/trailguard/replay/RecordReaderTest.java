package io.trailguard.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Each input shape, gzip or plain, and what a malformed part costs: only itself, reported with its position. */
class RecordReaderTest {

    private final List<String> ids = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final RecordSink sink = new RecordSink() {
        @Override
        public void record(JsonNode object, Span where) {
            JsonNode record = RecordShape.cloudTrailRecord(object);
            if (record == null) {
                problems.add(where + ": not a CloudTrail record");
            } else {
                ids.add(record.path("eventID").asText());
            }
        }

        @Override
        public void skipped(Span where, String reason) {
            problems.add(where + ": " + reason);
        }

        @Override
        public void refused(String reason) {
            problems.add(reason);
        }
    };

    private static final List<JsonNode> THREE = List.of(
            Records.describe("111111111111", "2024-05-01T10:00:00Z", "e1"),
            Records.stopLogging("111111111111", "2024-05-01T10:01:00Z", "e2"),
            Records.describe("222222222222", "2024-05-01T10:02:00Z", "e3"));

    private void read(byte[] bytes) {
        new RecordReader(sink, RecordReader.DEFAULT_MAX_RECORD_BYTES, null).read(new ByteArrayInputStream(bytes));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(plain);
        }
        return b.toByteArray();
    }

    @Test
    void deliveryDocumentYieldsEveryRecordInOrder() {
        read(utf8(Records.delivery(THREE)));
        assertEquals(List.of("e1", "e2", "e3"), ids);
        assertEquals(List.of(), problems);
    }

    @Test
    void gzipIsToldByItsMagicBytes() throws IOException {
        read(gzip(utf8(Records.delivery(THREE))));
        read(gzip(utf8(Records.lines(THREE))));
        assertEquals(List.of("e1", "e2", "e3", "e1", "e2", "e3"), ids);
        assertEquals(List.of(), problems);
    }

    @Test
    void prettyPrintedDeliveryDocumentIsStreamedToo() throws IOException {
        String pretty = Records.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Records.JSON.readTree(Records.delivery(THREE)));
        read(utf8(pretty));
        assertEquals(List.of("e1", "e2", "e3"), ids);
    }

    @Test
    void jsonLinesMayMixRecordsAndEventBridgeEnvelopes() {
        read(utf8(Records.lines(List.of(THREE.get(0), Records.envelope(THREE.get(1)), THREE.get(2)))));
        assertEquals(List.of("e1", "e2", "e3"), ids);
        assertEquals(List.of(), problems);
    }

    @Test
    void anEnvelopeYieldsTheRecordInItsDetailNotTheEnvelope() {
        read(utf8(Records.envelope(THREE.get(1)).toString()));
        assertEquals(List.of("e2"), ids);
    }

    @Test
    void aValueSpreadOverLinesIsReadWhenComplete() throws IOException {
        String pretty = Records.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(THREE.get(0));
        read(utf8(pretty + "\n" + THREE.get(1) + "\n"));
        assertEquals(List.of("e1", "e2"), ids);
        assertEquals(List.of(), problems);
    }

    @Test
    void badLineMidFileCostsOnlyThatLineAndIsReportedByLineNumber() {
        read(utf8(THREE.get(0) + "\n{\"eventName\": nope}\n" + THREE.get(2) + "\n"));
        assertEquals(List.of("e1", "e3"), ids);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("bytes \\d+-\\d+ \\(line 2\\): invalid JSON.*"), problems.get(0));
    }

    @Test
    void aLineCutShortDoesNotSwallowTheGoodLineAfterIt() {
        String cut = THREE.get(1).toString().substring(0, 40);
        read(utf8(THREE.get(0) + "\n" + cut + "\n" + THREE.get(2) + "\n"));
        assertEquals(List.of("e1", "e3"), ids);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("bytes \\d+-\\d+ \\(line 2\\): record cut short.*"), problems.get(0));
    }

    @Test
    void aLastLineCutShortIsReported() {
        read(utf8(THREE.get(0) + "\n" + THREE.get(1).toString().substring(0, 40)));
        assertEquals(List.of("e1"), ids);
        int start = THREE.get(0).toString().length() + 1;
        assertEquals(List.of("bytes " + start + "-" + (start + 39) + " (line 2): input ends inside this record"), problems);
    }

    @Test
    void badJsonMidDeliveryDocumentKeepsTheRecordsBeforeItAndNamesWhere() {
        String doc = Records.delivery(THREE);
        int cut = doc.indexOf("\"e3\"");
        read(utf8(doc.substring(0, cut) + "oops" + doc.substring(cut + 4)));
        assertEquals(List.of("e1", "e2"), ids);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("bytes \\d+-\\d+ \\(line 1\\): invalid JSON at byte \\d+.*"), problems.get(0));
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeTheCut() throws IOException {
        List<JsonNode> many = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            many.add(Records.describe("111111111111", "2024-05-01T10:00:00Z", "r" + i));
        }
        byte[] gz = gzip(utf8(Records.delivery(many)));
        read(Arrays.copyOf(gz, gz.length / 2));
        assertTrue(ids.size() > 100 && ids.size() < 2000, ids.size() + " records before the cut");
        assertEquals("r0", ids.get(0));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("cannot read further") && problems.get(0).contains("compressed byte " + gz.length / 2),
                problems.get(0));
    }

    @Test
    void objectsThatAreNotRecordsAreReportedWithTheirIndex() {
        read(utf8("{\"Records\": [" + THREE.get(0) + ", {\"hello\": 1}, 42, " + THREE.get(2) + "]}"));
        assertEquals(List.of("e1", "e3"), ids);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith(": not a CloudTrail record"), problems.get(0));
        assertTrue(problems.get(1).endsWith(": not a JSON object where a record may stand"), problems.get(1));
    }

    @Test
    void blankLinesAndCrLfAreFine() {
        read(utf8(THREE.get(0) + "\r\n\r\n   \n" + THREE.get(1) + "\r\n"));
        assertEquals(List.of("e1", "e2"), ids);
        assertEquals(List.of(), problems);
    }
}
