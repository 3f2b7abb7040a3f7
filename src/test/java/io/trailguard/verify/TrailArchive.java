package io.trailguard.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * A trail bucket as CloudTrail writes it, made with test key pairs (one per region, as CloudTrail signs per region):
 * log files and hourly digests laid out, filled and signed exactly as the CloudTrail user guide documents them —
 * digest location and fields from cloudtrail-log-file-validation-digest-file-structure ("Digest File Location",
 * "Sample Digest File Contents", "Starting Digest File", "'Empty' Digest Files", "Signature of the Digest File"), the
 * signature from cloudtrail-log-file-custom-validation ("Understanding How CloudTrail Digest Files are Signed", "D.
 * Recreate the Data Signing String"), written by this class independently of {@link Verifier}'s own code.
 */
final class TrailArchive {

    static final String BUCKET = "trailguard-trail-100000000002-eu-west-1";
    static final String ORG = "o-a1b2c3d4e5";
    static final String TRAIL = "trailguard-organization";
    static final String HOME = "eu-west-1";
    static final Instant START = Instant.parse("2026-11-30T20:01:31Z");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DIGEST_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOG_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, KeyPair> KEYS = new HashMap<>();

    /** One S3 object: bytes and user metadata (without the x-amz-meta- prefix, as the SDK returns it). */
    record Object(byte[] bytes, Map<String, String> metadata) {}

    final Map<String, Object> objects = new TreeMap<>();
    final List<String> accounts;
    final List<String> regions;
    private final Random random = new Random(17);

    /** digest keys per chain ("account region"), oldest first */
    final Map<String, List<String>> digests = new LinkedHashMap<>();
    /** log keys per chain, in delivery order */
    final Map<String, List<String>> logs = new LinkedHashMap<>();

    /**
     * @param hours       hourly digests per account and region
     * @param logsPerHour log files delivered per hour (every third hour has none: an empty digest)
     * @param stopped     hours (by index) in which logging was stopped: no digest; the next digest is a starting one
     * @param recordsPerLog CloudTrail records per log file
     */
    TrailArchive(List<String> accounts, List<String> regions, int hours, int logsPerHour, Set<Integer> stopped, int recordsPerLog) {
        this.accounts = accounts;
        this.regions = regions;
        for (String account : accounts) {
            for (String region : regions) {
                chain(account, region, hours, logsPerHour, stopped, recordsPerLog);
            }
        }
    }

    static TrailArchive small() {
        return new TrailArchive(List.of("100000000002", "100000000007"), List.of("eu-west-1", "us-east-1"), 6, 2, Set.of(), 3);
    }

    static synchronized KeyPair keyPair(String region) {
        return KEYS.computeIfAbsent(region, r -> {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                return g.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** PKCS #1 DER, as ListPublicKeys returns Value. */
    static byte[] publicDer(String region) {
        return SigningKey.pkcs1((RSAPublicKey) keyPair(region).getPublic());
    }

    static String fingerprint(String region) {
        return SigningKey.fingerprintOf(publicDer(region));
    }

    private static String prefix(String account) {
        return "AWSLogs/" + ORG + "/" + account + "/";
    }

    static String digestKey(String account, String region, Instant end) {
        return prefix(account) + "CloudTrail-Digest/" + region + "/" + DAY.format(end) + "/" + account + "_CloudTrail-Digest_"
                + region + "_" + TRAIL + "_" + HOME + "_" + DIGEST_STAMP.format(end) + ".json.gz";
    }

    String logKey(String account, String region, Instant written) {
        StringBuilder unique = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 16; i++) {
            unique.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return prefix(account) + "CloudTrail/" + region + "/" + DAY.format(written) + "/" + account + "_CloudTrail_" + region
                + "_" + LOG_STAMP.format(written) + "_" + unique + ".json.gz";
    }

    private void chain(String account, String region, int hours, int logsPerHour, Set<Integer> stopped, int recordsPerLog) {
        String id = account + " " + region;
        List<String> digestKeys = digests.computeIfAbsent(id, k -> new ArrayList<>());
        List<String> logKeys = logs.computeIfAbsent(id, k -> new ArrayList<>());
        ObjectNode previous = null;
        String previousSignature = null;
        String previousHash = null;
        for (int h = 0; h < hours; h++) {
            Instant start = START.plus(Duration.ofHours(h));
            Instant end = start.plus(Duration.ofHours(1));
            if (stopped.contains(h)) {
                previous = null; // the chain is broken; the next digest starts a new one
                continue;
            }
            ArrayNode logFiles = JSON.createArrayNode();
            int files = h % 3 == 2 ? 0 : logsPerHour;
            Instant oldest = null;
            Instant newest = null;
            for (int f = 0; f < files; f++) {
                Instant written = start.plus(Duration.ofMinutes(5 + 50L * f / Math.max(1, files)));
                Instant first = written.minus(Duration.ofMinutes(4));
                byte[] json = logJson(account, region, first, written, recordsPerLog);
                String key = logKey(account, region, written);
                objects.put(key, new Object(gzip(json), Map.of()));
                logKeys.add(key);
                ObjectNode entry = logFiles.addObject();
                entry.put("s3Bucket", BUCKET);
                entry.put("s3Object", key);
                entry.put("hashValue", hex(sha256(json)));
                entry.put("hashAlgorithm", "SHA-256");
                entry.put("newestEventTime", written.toString());
                entry.put("oldestEventTime", first.toString());
                oldest = oldest == null ? first : oldest;
                newest = written;
            }
            String key = digestKey(account, region, end);
            ObjectNode d = JSON.createObjectNode();
            d.put("awsAccountId", account);
            d.put("digestStartTime", start.toString());
            d.put("digestEndTime", end.toString());
            d.put("digestS3Bucket", BUCKET);
            d.put("digestS3Object", key);
            d.put("digestPublicKeyFingerprint", fingerprint(region));
            d.put("digestSignatureAlgorithm", "SHA256withRSA");
            d.put("newestEventTime", newest == null ? null : newest.toString());
            d.put("oldestEventTime", oldest == null ? null : oldest.toString());
            boolean starting = previous == null;
            d.put("previousDigestS3Bucket", starting ? null : BUCKET);
            d.put("previousDigestS3Object", starting ? null : previous.get("digestS3Object").asText());
            d.put("previousDigestHashValue", starting ? null : previousHash);
            d.put("previousDigestHashAlgorithm", starting ? null : "SHA-256");
            d.put("previousDigestSignature", starting ? null : previousSignature);
            d.set("logFiles", logFiles);
            byte[] json = bytes(d);
            String signature = sign(region, d, json);
            objects.put(key, new Object(gzip(json), Map.of("signature", signature, "signature-algorithm", "SHA256withRSA")));
            digestKeys.add(key);
            previous = d;
            previousSignature = signature;
            previousHash = hex(sha256(json));
        }
    }

    /**
     * Data_To_Sign_String = digestEndTime + '\n' + bucket/object + '\n' + Hex(Sha256(uncompressed digest)) + '\n' +
     * previous signature (a starting digest: "null", as the AWS CLI's validation.py says CloudTrail's Java signer writes).
     */
    static String sign(String region, ObjectNode d, byte[] json) {
        String previous = d.get("previousDigestSignature").isNull() ? "null" : d.get("previousDigestSignature").asText();
        String toSign = d.get("digestEndTime").asText() + "\n" + d.get("digestS3Bucket").asText() + "/"
                + d.get("digestS3Object").asText() + "\n" + hex(sha256(json)) + "\n" + previous;
        return hex(signRaw(region, toSign.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] signRaw(String region, byte[] data) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keyPair(region).getPrivate());
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] logJson(String account, String region, Instant first, Instant last, int records) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("Records");
        String[] names = {"GetObject", "PutObject", "AssumeRole", "DescribeInstances", "GetSecretValue", "Decrypt"};
        for (int i = 0; i < records; i++) {
            ObjectNode r = list.addObject();
            r.put("eventVersion", "1.09");
            ObjectNode who = r.putObject("userIdentity");
            who.put("type", "AssumedRole");
            who.put("principalId", "AROA" + Long.toHexString(random.nextLong()).toUpperCase() + ":session-" + random.nextInt(1000));
            who.put("arn", "arn:aws:sts::" + account + ":assumed-role/Role" + random.nextInt(40) + "/session-" + random.nextInt(1000));
            who.put("accountId", account);
            r.put("eventTime", first.plusSeconds((long) i * Duration.between(first, last).getSeconds() / Math.max(1, records)).toString());
            r.put("eventSource", "s3.amazonaws.com");
            r.put("eventName", names[random.nextInt(names.length)]);
            r.put("awsRegion", region);
            r.put("sourceIPAddress", "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256));
            r.put("userAgent", "aws-sdk-java/2.40.2 Linux/6.1 OpenJDK_64-Bit_Server_VM/17");
            r.putObject("requestParameters").put("bucketName", "data-" + random.nextInt(30)).put("key", "k/" + Long.toHexString(random.nextLong()));
            r.putNull("responseElements");
            r.put("requestID", Long.toHexString(random.nextLong()).toUpperCase());
            r.put("eventID", new java.util.UUID(random.nextLong(), random.nextLong()).toString());
            r.put("readOnly", true);
            r.put("eventType", "AwsApiCall");
            r.put("managementEvent", false);
            r.put("recipientAccountId", account);
            r.put("eventCategory", "Data");
        }
        return bytes(root);
    }

    // ---- what the tests and the bench use ------------------------------------------------------------------

    /** The store as S3 serves it: with each digest's signature metadata. */
    ObjectStore store() {
        return new Memory(objects, true, BUCKET);
    }

    /** A local copy of the bucket under {@code dir} (no metadata, as `aws s3 sync` leaves it). */
    void writeTo(Path dir) {
        objects.forEach((k, o) -> {
            try {
                Path f = dir.resolve(k);
                Files.createDirectories(f.getParent());
                Files.write(f, o.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The key file format of {@link KeyFile}: region -> `aws cloudtrail list-public-keys` output. */
    String keyFileJson() {
        ObjectNode root = JSON.createObjectNode();
        for (String region : regions) {
            ObjectNode k = root.putObject(region).putArray("PublicKeyList").addObject();
            k.put("Value", Base64.getEncoder().encodeToString(publicDer(region)));
            k.put("ValidityStartTime", "2026-11-01T00:00:00+00:00");
            k.put("ValidityEndTime", "2026-12-31T00:00:00+00:00");
            k.put("Fingerprint", fingerprint(region));
        }
        return root.toPrettyString();
    }

    PublicKeys keys() {
        return new PublicKeys() {
            @Override
            public java.util.Optional<SigningKey> find(String region, String fp, Instant from, Instant to) {
                if (!regions.contains(region) || !fingerprint(region).equals(fp)) {
                    return java.util.Optional.empty();
                }
                try {
                    return java.util.Optional.of(SigningKey.of(publicDer(region), fp, null, null));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String describe() {
                return "test keys";
            }
        };
    }

    byte[] inflated(String key) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(objects.get(key).bytes()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the uncompressed content of an object, keeping its metadata (what an insider with PutObject can do). */
    void rewrite(String key, byte[] json) {
        objects.put(key, new Object(gzip(json), objects.get(key).metadata()));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }

    static byte[] bytes(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An in-memory bucket. */
    static final class Memory implements ObjectStore {
        private final Map<String, Object> objects;
        private final boolean metadata;
        private final String bucket;

        Memory(Map<String, Object> objects, boolean metadata, String bucket) {
            this.objects = objects;
            this.metadata = metadata;
            this.bucket = bucket;
        }

        @Override
        public String describe() {
            return "s3://" + bucket + "/";
        }

        @Override
        public java.util.Optional<String> bucket() {
            return java.util.Optional.ofNullable(bucket);
        }

        @Override
        public boolean hasMetadata() {
            return metadata;
        }

        @Override
        public void list(java.util.function.Consumer<StoredObject> each) {
            objects.forEach((k, o) -> each.accept(new StoredObject(k, o.bytes().length)));
        }

        @Override
        public Fetched fetch(String key) throws IOException {
            Object o = objects.get(key);
            if (o == null) {
                throw new java.nio.file.NoSuchFileException(key);
            }
            return new Fetched(o.bytes(), metadata ? o.metadata() : Map.of());
        }

        @Override
        public java.io.InputStream open(String key) throws IOException {
            return new java.io.ByteArrayInputStream(fetch(key).bytes());
        }
    }
}
