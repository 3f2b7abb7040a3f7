package io.trailguard.replay;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Catalogue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Builds a benchmark archive laid out as CloudTrail delivers to S3 ({@code AWSLogs/<org>/<account>/CloudTrail/<region>/
 * <yyyy>/<MM>/<dd>/<account>_CloudTrail_<region>_<time>_<id>.json.gz}, 1-5 MB of JSON per file) from the Panther
 * corpus records, with accounts of the prod stack (and two it does not list), principals, regions, times and event
 * ids varied. Real archives are overwhelmingly benign, so 99% of records come from the corpus events no catalogue rule
 * matches and 1% from those some rule matches. Deterministic. Not a test: run by {@code bench/replay.sh}.
 *
 * <p>Usage: {@code BenchArchiveGenerator OUT_DIR [MIN_JSON_BYTES]} (default 1.1e9).
 */
final class BenchArchiveGenerator {

    private static final String ORG = "o-p7q8r9s0t1";
    private static final List<String> REGIONS = List.of("eu-west-1", "eu-central-1", "us-east-1");
    private static final DateTimeFormatter EVENT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<JsonNode> benign = new ArrayList<>();
    private final List<JsonNode> alerting = new ArrayList<>();
    private final List<String> accounts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    BenchArchiveGenerator() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BenchArchiveGenerator.class.getResourceAsStream("/corpus/cloudtrail/panther-tests.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = MAPPER.readTree(line);
                ObjectNode event = (ObjectNode) n.get("event");
                List<String> pantherFields = new ArrayList<>();
                event.fieldNames().forEachRemaining(f -> {
                    if (f.startsWith("p_")) {
                        pantherFields.add(f);
                    }
                });
                event.remove(pantherFields);
                (anyRuleMatches(event) ? alerting : benign).add(event);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 1; i <= 13; i++) {
            accounts.add(String.format("1000000000%02d", i));
        }
        accounts.add("200000000001");
        accounts.add("200000000002");
        for (int i = 0; i < 60; i++) {
            names.add("person-" + i);
        }
    }

    private static boolean anyRuleMatches(JsonNode event) {
        return Catalogue.all().stream().anyMatch(r -> r.compile(Feed.TRAIL).matches(event));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-archive");
        long target = args.length > 1 ? (long) Double.parseDouble(args[1]) : 1_100_000_000L;
        new BenchArchiveGenerator().generate(out, target, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    void generate(Path out, long targetJsonBytes, int threads) throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong records = new AtomicLong();
        AtomicLong fileIndex = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (written.get() < targetJsonBytes) {
                    long i = fileIndex.getAndIncrement();
                    long[] counts = writeFile(out, i);
                    written.addAndGet(counts[0]);
                    records.addAndGet(counts[1]);
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        System.out.printf("generated %,d files, %,d records, %,d bytes of JSON under %s%n", fileIndex.get(), records.get(), written.get(), out);
    }

    /** One delivery file: five minutes of one account and region. Returns {JSON bytes, records}. */
    private long[] writeFile(Path root, long index) {
        Random random = new Random(index * 7919 + 17);
        String account = accounts.get((int) (index % accounts.size()));
        String region = REGIONS.get((int) (index / accounts.size() % REGIONS.size()));
        Instant from = START.plusSeconds(300 * (index / (accounts.size() * REGIONS.size())));
        long targetBytes = 1_000_000 + random.nextInt(4_000_000);
        Path file = root.resolve("AWSLogs/" + ORG + "/" + account + "/CloudTrail/" + region + "/" + DAY_PATH.format(from) + "/"
                + account + "_CloudTrail_" + region + "_" + FILE_TIME.format(from) + "_" + Long.toString(index, 36) + ".json.gz");
        try {
            Files.createDirectories(file.getParent());
            CountingOutput json;
            long count = 0;
            try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
                json = new CountingOutput(gz);
                try (JsonGenerator g = MAPPER.getFactory().createGenerator(json, JsonEncoding.UTF8)) {
                    g.writeStartObject();
                    g.writeArrayFieldStart("Records");
                    while (json.count < targetBytes) {
                        MAPPER.writeTree(g, variant(random, account, region, from.plusSeconds(random.nextInt(300))));
                        g.flush();
                        count++;
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
            return new long[] {json.count, count};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode variant(Random random, String account, String region, Instant time) {
        List<JsonNode> pool = random.nextInt(100) < 1 ? alerting : benign;
        ObjectNode e = pool.get(random.nextInt(pool.size())).deepCopy();
        String name = names.get(random.nextInt(names.size()));
        e.put("eventTime", EVENT_TIME.format(time));
        e.put("awsRegion", region);
        e.put("recipientAccountId", account);
        e.put("eventID", new UUID(random.nextLong(), random.nextLong()).toString());
        JsonNode id = e.get("userIdentity");
        if (id instanceof ObjectNode identity) {
            identity.put("accountId", account);
            JsonNode arn = identity.get("arn");
            if (arn != null && arn.isTextual()) {
                String a = arn.asText().replaceFirst("::\\d*:", "::" + account + ":");
                int slash = a.lastIndexOf('/');
                identity.put("arn", slash > 0 && !a.endsWith(":root") ? a.substring(0, slash + 1) + name : a);
            }
        }
        return e;
    }

    private static final class CountingOutput extends java.io.FilterOutputStream {
        long count;

        CountingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }
    }
}
