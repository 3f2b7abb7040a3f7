package io.trailguard.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.verify.Finding.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tamper matrix: a bucket written and signed as CloudTrail documents it ({@link TrailArchive}), then changed in
 * every way the report names; each change must be found, at the object that was changed, and nothing else.
 */
@org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
class VerifierTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "100000000002";
    private static final String B = "100000000007";

    @TempDir
    Path dir;

    static VerifyReport verify(TrailArchive archive) throws Exception {
        return verify(archive.store(), archive.keys(), options(Map.of()));
    }

    static VerifyReport verify(ObjectStore store, PublicKeys keys, Verifier.Options options) throws Exception {
        return Verifier.run(store, keys, options, VerifyProgress.silent());
    }

    static Verifier.Options options(Map<String, String> signatures) {
        return new Verifier.Options(signatures, null, null, null, Instant.now(), 2);
    }

    static Set<String> kinds(VerifyReport r) {
        return r.findings().stream().map(f -> f.kind() + " " + f.key()).collect(Collectors.toSet());
    }

    static Tally.Counts counts(VerifyReport r, String account, String region) {
        return r.groups().get(VerifyReport.group(account, region));
    }

    @Test
    void anIntactOrganizationBucketVerifiesInEveryAccountAndRegion() throws Exception {
        TrailArchive archive = TrailArchive.small();
        VerifyReport r = verify(archive);
        assertEquals(List.of(), r.findings());
        assertFalse(r.failed());
        assertEquals(Set.of(A + " eu-west-1", A + " us-east-1", B + " eu-west-1", B + " us-east-1"), r.groups().keySet());
        for (String account : archive.accounts) {
            for (String region : archive.regions) {
                Tally.Counts c = counts(r, account, region);
                assertEquals(6, c.digests());
                assertEquals(6, c.digestsValid());
                assertEquals(archive.logs.get(account + " " + region).size(), c.logsValid());
                assertEquals(0, c.logsModified() + c.logsDeleted() + c.logsUnlisted() + c.logsUnverified());
            }
        }
        assertTrue(r.bytes() > 0);
    }

    @Test
    void aModifiedLogFileIsReportedAsModified() throws Exception {
        TrailArchive archive = TrailArchive.small();
        String log = archive.logs.get(A + " eu-west-1").get(1);
        String text = new String(archive.inflated(log), StandardCharsets.UTF_8).replace("GetObject", "GetObjekt");
        byte[] changed = text.contains("GetObjekt") ? text.getBytes(StandardCharsets.UTF_8)
                : (text + " ").getBytes(StandardCharsets.UTF_8);
        archive.rewrite(log, changed);
        VerifyReport r = verify(archive);
        assertEquals(Set.of("MODIFIED " + log), kinds(r));
        assertEquals(1, counts(r, A, "eu-west-1").logsModified());
        assertTrue(r.failed());
    }

    @Test
    void aLogFileRecompressedWithTheSameContentIsStillValid() throws Exception {
        // The hash is over the uncompressed content (custom-validation guide, F): recompressing changes nothing.
        TrailArchive archive = TrailArchive.small();
        String log = archive.logs.get(A + " eu-west-1").get(0);
        byte[] json = archive.inflated(log);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(out) {
            { def.setLevel(java.util.zip.Deflater.BEST_SPEED); }
        }) {
            z.write(json);
        }
        assertFalse(java.util.Arrays.equals(out.toByteArray(), archive.objects.get(log).bytes()));
        archive.objects.put(log, new TrailArchive.Object(out.toByteArray(), Map.of()));
        assertEquals(List.of(), verify(archive).findings());
    }

    @Test
    void aDeletedLogFileIsReportedAsDeleted() throws Exception {
        TrailArchive archive = TrailArchive.small();
        String log = archive.logs.get(B + " us-east-1").get(2);
        archive.objects.remove(log);
        VerifyReport r = verify(archive);
        assertEquals(Set.of("DELETED " + log), kinds(r));
        assertEquals(1, counts(r, B, "us-east-1").logsDeleted());
    }

    @Test
    void aDeletedDigestIsAMissingDigestAndATimeGapAndItsLogFilesAreInNoDigest() throws Exception {
        TrailArchive archive = TrailArchive.small();
        List<String> chain = archive.digests.get(A + " us-east-1");
        String deleted = chain.get(3);
        int listed = JSON.readTree(archive.inflated(deleted)).get("logFiles").size();
        archive.objects.remove(deleted);
        VerifyReport r = verify(archive);
        Set<String> k = kinds(r);
        assertTrue(k.contains("MISSING_DIGEST " + deleted), k.toString());
        assertTrue(k.contains("TIME_GAP " + chain.get(4)), k.toString());
        long unlisted = r.findings().stream().filter(f -> f.kind() == Kind.UNLISTED).count();
        assertEquals(listed, unlisted);
        assertEquals(2 + listed, r.findings().size(), r.findings().toString());
        assertEquals(5, counts(r, A, "us-east-1").digestsValid());
    }

    @Test
    void aModifiedDigestFailsItsSignatureAndBreaksTheChain() throws Exception {
        TrailArchive archive = TrailArchive.small();
        List<String> chain = archive.digests.get(B + " eu-west-1");
        String digest = chain.get(1);
        // The insider rewrites a log file and the digest's hash of it, to make the two agree.
        ObjectNode d = (ObjectNode) JSON.readTree(archive.inflated(digest));
        ObjectNode entry = (ObjectNode) d.get("logFiles").get(0);
        String log = entry.get("s3Object").asText();
        byte[] forged = "{\"Records\":[]}".getBytes(StandardCharsets.UTF_8);
        archive.rewrite(log, forged);
        entry.put("hashValue", TrailArchive.hex(TrailArchive.sha256(forged)));
        archive.rewrite(digest, TrailArchive.bytes(d));
        VerifyReport r = verify(archive);
        Set<String> k = kinds(r);
        assertTrue(k.contains("MODIFIED " + digest), k.toString());
        assertTrue(k.contains("BROKEN_CHAIN " + digest), k.toString());
        assertEquals(2, r.findings().size(), r.findings().toString());
        Tally.Counts c = counts(r, B, "eu-west-1");
        assertEquals(1, c.digestsInvalid());
        assertEquals(d.get("logFiles").size(), c.logsUnverified()); // listed only by a digest that does not verify
    }

    @Test
    void aForgedSignatureMetadataIsReportedAsModified() throws Exception {
        TrailArchive archive = TrailArchive.small();
        List<String> chain = archive.digests.get(A + " eu-west-1");
        String newest = chain.get(chain.size() - 1);
        TrailArchive.Object o = archive.objects.get(newest);
        String sig = o.metadata().get("signature");
        String flipped = (sig.charAt(0) == '0' ? "1" : "0") + sig.substring(1);
        archive.objects.put(newest, new TrailArchive.Object(o.bytes(), Map.of("signature", flipped, "signature-algorithm", "SHA256withRSA")));
        assertEquals(Set.of("MODIFIED " + newest), kinds(verify(archive)));
    }

    @Test
    void aLogFileInNoDigestIsUnlistedUnlessNoDigestCouldListItYet() throws Exception {
        TrailArchive archive = TrailArchive.small();
        Instant old = TrailArchive.START.plus(Duration.ofMinutes(100));
        Instant recent = TrailArchive.START.plus(Duration.ofHours(6)).plus(Duration.ofMinutes(10));
        String planted = archive.logKey(A, "eu-west-1", old);
        String fresh = archive.logKey(A, "eu-west-1", recent);
        byte[] json = "{\"Records\":[]}".getBytes(StandardCharsets.UTF_8);
        archive.objects.put(planted, new TrailArchive.Object(TrailArchive.gzip(json), Map.of()));
        archive.objects.put(fresh, new TrailArchive.Object(TrailArchive.gzip(json), Map.of()));
        VerifyReport r = verify(archive);
        assertEquals(Set.of("UNLISTED " + planted), kinds(r));
        assertEquals(1, counts(r, A, "eu-west-1").logsPending());
    }

    @Test
    void stoppedLoggingIsABrokenChainWithATimeGap() throws Exception {
        TrailArchive archive = new TrailArchive(List.of(A), List.of("eu-west-1"), 8, 1, Set.of(3, 4), 2);
        List<String> chain = archive.digests.get(A + " eu-west-1");
        String restart = chain.get(3); // the first digest after the two stopped hours: a starting digest
        VerifyReport r = verify(archive);
        assertEquals(Set.of("BROKEN_CHAIN " + restart, "TIME_GAP " + restart), kinds(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.kind() == Kind.TIME_GAP && f.detail().contains("PT2H")), r.findings().toString());
        assertEquals(6, counts(r, A, "eu-west-1").digestsValid());
    }

    @Test
    void aDigestCopiedToAnotherKeyIsMovedAndNotInTheChain() throws Exception {
        TrailArchive archive = TrailArchive.small();
        List<String> chain = archive.digests.get(A + " eu-west-1");
        String copy = TrailArchive.digestKey(A, "eu-west-1", TrailArchive.START.plus(Duration.ofMinutes(150)));
        archive.objects.put(copy, archive.objects.get(chain.get(1)));
        VerifyReport r = verify(archive);
        assertEquals(Set.of("MODIFIED " + copy), kinds(r));
        assertTrue(r.findings().get(0).detail().contains("moved"));
    }

    @Test
    void anInjectedDigestNoSuccessorNamesBreaksTheChain() throws Exception {
        TrailArchive archive = TrailArchive.small();
        List<String> chain = archive.digests.get(A + " eu-west-1");
        // A validly signed starting digest from the same account and region, placed between two of the chain: only
        // CloudTrail's key could sign it, so it stands for a digest of a second, unrelated chain.
        Instant end = TrailArchive.START.plus(Duration.ofMinutes(150));
        String key = TrailArchive.digestKey(A, "eu-west-1", end);
        ObjectNode d = (ObjectNode) JSON.readTree(archive.inflated(chain.get(0)));
        d.put("digestEndTime", end.toString());
        d.put("digestS3Object", key);
        byte[] json = TrailArchive.bytes(d);
        archive.objects.put(key, new TrailArchive.Object(TrailArchive.gzip(json),
                Map.of("signature", TrailArchive.sign("eu-west-1", d, json), "signature-algorithm", "SHA256withRSA")));
        VerifyReport r = verify(archive);
        assertEquals(Set.of("BROKEN_CHAIN " + key), kinds(r));
        assertTrue(r.findings().stream().anyMatch(f -> f.detail().contains("no later digest records this one")), r.findings().toString());
    }

    @Test
    void aDigestSignedByAnotherKeyHasNoPublicKey() throws Exception {
        TrailArchive archive = TrailArchive.small();
        PublicKeys none = new PublicKeys() {
            @Override
            public java.util.Optional<SigningKey> find(String region, String fingerprint, Instant from, Instant to) {
                return java.util.Optional.empty();
            }

            @Override
            public String describe() {
                return "no keys";
            }
        };
        VerifyReport r = verify(archive.store(), none, options(Map.of()));
        assertEquals(24, r.findings().stream().filter(f -> f.kind() == Kind.NO_PUBLIC_KEY).count());
        assertTrue(r.failed());
        // and nothing is reported valid on the strength of a digest that could not be checked
        assertEquals(0, r.groups().values().stream().mapToLong(Tally.Counts::logsValid).sum());
    }

    @Test
    void aLocalCopyRecoversSignaturesFromTheChainAndCannotCheckTheNewestUnlessGiven(@TempDir Path copy) throws Exception {
        TrailArchive archive = TrailArchive.small();
        archive.writeTo(copy);
        LocalObjectStore local = new LocalObjectStore(copy, TrailArchive.BUCKET);
        VerifyReport r = verify(local, archive.keys(), options(Map.of()));
        assertFalse(r.failed(), r.findings().toString());
        assertEquals(4, r.findings().size());
        assertTrue(r.findings().stream().allMatch(f -> f.kind() == Kind.UNVERIFIABLE));
        Tally.Counts c = counts(r, A, "eu-west-1");
        assertEquals(5, c.digestsValid());
        assertEquals(1, c.digestsUnsigned());

        String newest = archive.digests.get(A + " eu-west-1").get(5);
        VerifyReport given = verify(local, archive.keys(),
                options(Map.of(newest, archive.objects.get(newest).metadata().get("signature"))));
        assertEquals(6, counts(given, A, "eu-west-1").digestsValid());
        assertEquals(3, given.findings().size());
    }

    @Test
    void aLocalCopyStillFindsAModifiedLogFileAndAWrongBucket(@TempDir Path copy) throws Exception {
        TrailArchive archive = TrailArchive.small();
        String log = archive.logs.get(B + " eu-west-1").get(0);
        archive.rewrite(log, "{\"Records\":[]}".getBytes(StandardCharsets.UTF_8));
        archive.writeTo(copy);
        VerifyReport r = verify(new LocalObjectStore(copy, null), archive.keys(), options(Map.of()));
        assertTrue(kinds(r).contains("MODIFIED " + log), kinds(r).toString());
        VerifyReport other = verify(new LocalObjectStore(copy, "another-bucket"), archive.keys(), options(Map.of()));
        assertEquals(24, other.findings().stream().filter(f -> f.kind() == Kind.MODIFIED && f.detail().contains("moved")).count());
    }

    @Test
    void aWindowLooksOnlyAtItsDigestsAndDoesNotCallTheDigestBeforeItMissing() throws Exception {
        TrailArchive archive = TrailArchive.small();
        Instant since = TrailArchive.START.plus(Duration.ofHours(3));
        VerifyReport r = verify(archive.store(), archive.keys(), new Verifier.Options(Map.of(), since, null, null, Instant.now(), 2));
        assertEquals(List.of(), r.findings());
        assertEquals(4, counts(r, A, "eu-west-1").digests());
    }

    @Test
    void aChainThatStoppedDeliveringIsAGapWhenFreshnessIsAsked() throws Exception {
        TrailArchive archive = TrailArchive.small();
        Instant now = TrailArchive.START.plus(Duration.ofHours(10));
        VerifyReport r = verify(archive.store(), archive.keys(),
                new Verifier.Options(Map.of(), null, null, Duration.ofHours(2), now, 2));
        assertEquals(4, r.findings().stream().filter(f -> f.kind() == Kind.TIME_GAP).count());
        VerifyReport ok = verify(archive.store(), archive.keys(),
                new Verifier.Options(Map.of(), null, null, Duration.ofHours(6), now, 2));
        assertEquals(List.of(), ok.findings());
    }

    @Test
    void aDigestThatIsNotGzipOrNotADigestIsModified() throws Exception {
        TrailArchive archive = TrailArchive.small();
        List<String> chain = archive.digests.get(A + " eu-west-1");
        archive.objects.put(chain.get(2), new TrailArchive.Object("plain".getBytes(StandardCharsets.UTF_8), Map.of()));
        archive.rewrite(chain.get(4), "{\"awsAccountId\":\"100000000002\"}".getBytes(StandardCharsets.UTF_8));
        VerifyReport r = verify(archive);
        Set<String> k = kinds(r);
        assertTrue(k.contains("MODIFIED " + chain.get(2)), k.toString());
        assertTrue(k.contains("MODIFIED " + chain.get(4)), k.toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.detail().contains("not gzip")));
        assertTrue(r.findings().stream().anyMatch(f -> f.detail().contains("digestEndTime: missing")));
    }
}
