package io.trailguard.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader contract (docs/replay.md) on the malformed-input corpus, each file as written, gzipped, and decoded from
 * UTF-16: every intact record delivered exactly once and in order, equal to the clean record; every damaged range
 * inside a reported skipped range; no reported range touching an intact record. Truncated gzip keeps every record
 * whose bytes a raw inflater recovers from the cut file.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class ReaderContractTest {

    private static final Path FOLDER = Path.of(MalformedCorpus.FOLDER);

    record Read(List<JsonNode> objects, List<Span> skipped, List<String> reasons, List<String> refusals) {}

    static Read read(byte[] bytes) {
        List<JsonNode> objects = new ArrayList<>();
        List<Span> skipped = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        new RecordReader(new RecordSink() {
            @Override
            public void record(JsonNode object, Span where) {
                objects.add(object);
            }

            @Override
            public void skipped(Span where, String reason) {
                skipped.add(where);
                reasons.add(where + ": " + reason);
            }

            @Override
            public void refused(String reason) {
                refusals.add(reason);
            }
        }, MalformedCorpus.MAX_RECORD_BYTES, null).read(new ByteArrayInputStream(bytes));
        return new Read(objects, skipped, reasons, refusals);
    }

    static Stream<MalformedCorpus.Case> cases() {
        return MalformedCorpus.cases().stream();
    }

    @Test
    void theCommittedCorpusIsWhatTheGeneratorWrites() throws IOException {
        List<MalformedCorpus.Case> cases = MalformedCorpus.cases();
        for (MalformedCorpus.Case c : cases) {
            assertEquals(c.text(), Files.readString(FOLDER.resolve(c.file()), StandardCharsets.UTF_8), c.file() + ": run MalformedCorpus.main");
        }
        assertEquals(MalformedCorpus.manifest(cases), Files.readString(FOLDER.resolve("manifest.json")));
        try (Stream<Path> files = Files.list(FOLDER)) {
            assertEquals(cases.size() + 1, files.count(), "no stray files in the corpus folder");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachShapeAndDamageKeepsTheContract(MalformedCorpus.Case c) throws IOException {
        byte[] plain = Files.readAllBytes(FOLDER.resolve(c.file()));
        assertContract(c, read(plain), "plain");
        assertContract(c, read(gzip(plain)), "gzip");
        byte[] utf16 = ("\uFEFF" + new String(plain, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16LE);
        assertContract(c, read(utf16), "UTF-16LE");
    }

    private static void assertContract(MalformedCorpus.Case c, Read r, String variant) {
        String what = c.file() + " (" + variant + "): " + r.reasons();
        assertEquals(List.of(), r.refusals(), what);
        List<String> ids = r.objects().stream().map(o -> RecordShape.cloudTrailRecord(o).path("eventID").asText()).toList();
        assertEquals(c.intact(), ids, what);
        List<JsonNode> clean = MalformedCorpus.records().stream().map(JsonNode.class::cast)
                .filter(rec -> c.intact().contains(rec.get("eventID").asText())).toList();
        assertEquals(clean, r.objects().stream().map(RecordShape::cloudTrailRecord).toList(), "records equal the clean ones: " + what);
        for (long[] d : c.damagedRanges()) {
            assertTrue(r.skipped().stream().anyMatch(s -> s.start() <= d[0] && d[1] <= Math.max(s.end(), s.start() + 1)),
                    "damaged bytes " + d[0] + "-" + d[1] + " reported: " + what);
        }
        for (Span s : r.skipped()) {
            for (long[] good : c.intactRanges()) {
                assertTrue(s.end() <= good[0] || s.start() >= good[1], "skipped " + s + " touches an intact record: " + what);
            }
        }
        assertEquals(c.damage() == MalformedCorpus.Damage.CLEAN, r.skipped().isEmpty(), what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aTruncatedGzipKeepsEveryRecordItsBytesStillHold(MalformedCorpus.Case c) throws IOException, DataFormatException {
        if (c.damage() != MalformedCorpus.Damage.CLEAN) {
            return;
        }
        byte[] gz = gzip(Files.readAllBytes(FOLDER.resolve(c.file())));
        for (int cut = 20; cut < gz.length; cut += Math.max(1, gz.length / 7)) {
            long recovered = inflatable(gz, cut);
            Read r = read(Arrays.copyOf(gz, cut));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < c.intact().size(); i++) {
                if (c.intactRanges().get(i)[1] <= recovered) {
                    expected.add(c.intact().get(i));
                }
            }
            List<String> ids = r.objects().stream().map(o -> RecordShape.cloudTrailRecord(o).path("eventID").asText()).toList();
            assertEquals(expected, ids, c.file() + " cut at compressed byte " + cut + ": " + r.reasons());
            String at = "compressed byte " + cut;
            assertTrue(r.reasons().stream().anyMatch(s -> s.contains(at)), r.reasons().toString());
        }
    }

    /** JSON bytes a raw inflater recovers from the first {@code cut} bytes (GZIPOutputStream's header is 10 bytes). */
    private static long inflatable(byte[] gz, int cut) throws DataFormatException {
        Inflater inflater = new Inflater(true);
        inflater.setInput(gz, 10, Math.max(0, cut - 10));
        byte[] out = new byte[1 << 16];
        long total = 0;
        for (int n; (n = inflater.inflate(out)) > 0;) {
            total += n;
        }
        inflater.end();
        return total;
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(plain);
        }
        return b.toByteArray();
    }
}
