package io.trailguard.verify;

import io.trailguard.verify.DigestKey.ChainId;
import io.trailguard.verify.Finding.Kind;
import io.trailguard.verify.ObjectStore.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipException;

/**
 * AWS's custom validation of CloudTrail digests and log files (custom-validation guide, "Custom Validation
 * Implementation Steps" A-G), over every chain in a store at once:
 * <ol>
 *   <li>list the store; digests and log files are told apart by their documented names ({@link DigestKey}, {@link LogKey});</li>
 *   <li>fetch, inflate and hash every digest (in parallel);</li>
 *   <li>find each digest's signature: its S3 metadata, or, for a local copy, the {@code previousDigestSignature} of
 *       the digest after it ("G. Validate Additional Digest and Log Files"), or one given for it; the newest digest
 *       of a local copy without a given signature is unverifiable ("Handling the Most Recent Digest File");</li>
 *   <li>verify each signature with SHA256withRSA over the data signing string ("D. Recreate the Data Signing
 *       String") with the region's public key of the digest's fingerprint;</li>
 *   <li>check the chain: each digest's {@code previousDigestHashValue} against the SHA-256 of the uncompressed
 *       predecessor, deleted predecessors, restarts and time gaps;</li>
 *   <li>hash every log file the verified digests list, uncompressed ("F. Validate the Log Files"), in parallel, and
 *       report log files that no digest lists.</li>
 * </ol>
 */
public final class Verifier {

    /** A log file written this long before a chain's newest digest ended may still be in the next digest. */
    static final Duration DELIVERY_MARGIN = Duration.ofHours(1);
    static final String ALGORITHM = "SHA256withRSA";
    static final String HASH = "SHA-256";

    /**
     * @param signatures  digest key -> hex signature, for digests whose S3 metadata is not at hand (a local copy's newest)
     * @param since       only digests ending at or after this (null: all)
     * @param until       only digests ending at or before this (null: all)
     * @param freshWithin when set, a chain whose newest digest ended longer ago than this before {@code now} is a gap
     * @param now         the current time, for {@code freshWithin}
     * @param threads     parallel fetches and hashes
     */
    public record Options(Map<String, String> signatures, Instant since, Instant until, Duration freshWithin,
                          Instant now, int threads) {
        public Options {
            signatures = Map.copyOf(signatures);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }

        public static Options defaults() {
            return new Options(Map.of(), null, null, null, Instant.now(), Runtime.getRuntime().availableProcessors());
        }
    }

    /** A digest as read: its name, its parsed content (null when unreadable) and the SHA-256 of its JSON. */
    record Loaded(DigestKey name, DigestFile file, String sha256, Map<String, String> metadata, String problem) {}

    enum Status { VALID, UNSIGNED, INVALID }

    private final ObjectStore store;
    private final PublicKeys keys;
    private final Options options;
    private final VerifyProgress progress;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();

    private Verifier(ObjectStore store, PublicKeys keys, Options options, VerifyProgress progress) {
        this.store = store;
        this.keys = keys;
        this.options = options;
        this.progress = progress;
    }

    /** Verifies everything in {@code store}. IO and key errors that stop the run are thrown; all else is reported. */
    public static VerifyReport run(ObjectStore store, PublicKeys keys, Options options, VerifyProgress progress)
            throws IOException, PublicKeys.KeyException {
        return new Verifier(store, keys, options, progress).run();
    }

    private VerifyReport run() throws IOException, PublicKeys.KeyException {
        long started = System.nanoTime();
        double cpuStarted = cpuSeconds();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "verify");
            t.setDaemon(true);
            return t;
        });
        try {
            // Each digest is read as soon as it is listed, and each log file it names is hashed as soon as the digest
            // is read, while listing goes on and, later, the signatures and the chain are checked on this thread:
            // verifying then costs about what hashing the log files costs.
            List<Future<Loaded>> reading = new ArrayList<>();
            List<LogKey> logNames = new ArrayList<>();
            store.list(o -> {
                Optional<DigestKey> d = DigestKey.parse(o.key());
                if (d.isPresent()) {
                    if (inWindow(d.get().end())) {
                        reading.add(pool.submit(() -> load(d.get(), pool)));
                        progress.expectDigest();
                    }
                    return;
                }
                LogKey.parse(o.key()).filter(l -> inWindow(l.written())).ifPresent(l -> {
                    logNames.add(l);
                    progress.expectLog();
                });
            });
            List<Loaded> loaded = new ArrayList<>(reading.size());
            for (Future<Loaded> f : reading) {
                loaded.add(join(f));
            }
            Map<ChainId, List<Loaded>> chains = new TreeMap<>();
            for (Loaded l : loaded) {
                chains.computeIfAbsent(l.name().chain(), c -> new ArrayList<>()).add(l);
                tally(l.name().chain().account(), l.name().chain().region()).digests.increment();
            }
            Map<String, Status> statuses = new HashMap<>();
            for (List<Loaded> chain : chains.values()) {
                chain.sort(Comparator.comparing((Loaded l) -> l.name().end()).thenComparing(l -> l.name().key()));
                Map<String, String> claimed = signaturesClaimedBySuccessors(chain);
                Instant[] range = range(chain);
                for (Loaded l : chain) {
                    statuses.put(l.name().key(), verifySignature(l, claimed, range));
                }
            }
            for (List<Loaded> chain : chains.values()) {
                checkChain(chain, statuses);
            }
            long bytes = checkLogs(loaded, statuses, logNames, chains);
            return report(bytes, (System.nanoTime() - started) / 1e9, cpuSeconds() - cpuStarted);
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean inWindow(Instant t) {
        return (options.since() == null || !t.isBefore(options.since()))
                && (options.until() == null || !t.isAfter(options.until()));
    }

    // ---- 2. fetch, inflate, hash, parse --------------------------------------------------------------------

    /** The SHA-256 of a log file's uncompressed content, or why there is none. */
    record LogHash(byte[] hash, long bytes, Kind problem, String detail) {}

    private final Map<String, Future<LogHash>> hashes = new ConcurrentHashMap<>();

    private Loaded load(DigestKey name, ExecutorService pool) {
        try {
            ObjectStore.Fetched fetched = store.fetch(name.key());
            byte[] json;
            try (InputStream in = Gzip.open(new java.io.ByteArrayInputStream(fetched.bytes()))) {
                json = in.readAllBytes();
            } catch (ZipException | java.io.EOFException e) {
                return new Loaded(name, null, null, fetched.metadata(), "not gzip (" + e.getMessage() + ")");
            }
            // previousDigestHashValue: "hash value of the uncompressed contents of the previous digest file" and the
            // string to sign holds Hex(Sha256(current-digest-file-content)) of the same uncompressed bytes.
            String sha = Hex.of(Sha256.of(json));
            try {
                DigestFile file = DigestFile.parse(json);
                for (DigestFile.LogFileEntry e : file.logFiles()) {
                    if (readable(e)) {
                        hashes.computeIfAbsent(e.s3Object(), k -> pool.submit(() -> hash(k)));
                    }
                }
                return new Loaded(name, file, sha, fetched.metadata(), null);
            } catch (DigestFile.FormatException e) {
                return new Loaded(name, null, sha, fetched.metadata(), "not a digest file: " + e.getMessage());
            }
        } catch (NoSuchFileException e) {
            return new Loaded(name, null, null, Map.of(), "deleted while verifying");
        } catch (IOException e) {
            return new Loaded(name, null, null, Map.of(), "unreadable: " + e.getMessage());
        } finally {
            progress.digestDone();
        }
    }

    // ---- 3. where each signature comes from ----------------------------------------------------------------

    /** predecessor key -> the signature its successor records for it (digest structure guide, "Digest File Chaining"). */
    private static Map<String, String> signaturesClaimedBySuccessors(List<Loaded> chain) {
        Map<String, String> claimed = new HashMap<>();
        for (Loaded l : chain) {
            if (l.file() != null && !l.file().starting() && l.file().previousDigestSignature() != null) {
                claimed.put(l.file().previousDigestS3Object(), l.file().previousDigestSignature());
            }
        }
        return claimed;
    }

    private static Instant[] range(List<Loaded> chain) {
        Instant from = chain.get(0).name().end().minus(Duration.ofHours(2));
        Instant to = chain.get(chain.size() - 1).name().end().plus(Duration.ofHours(1));
        return new Instant[] {from, to};
    }

    // ---- 4. signatures ---------------------------------------------------------------------------------------

    private Status verifySignature(Loaded l, Map<String, String> claimed, Instant[] range) {
        ChainId c = l.name().chain();
        String key = l.name().key();
        Tally t = tally(c.account(), c.region());
        if (l.file() == null) {
            return invalid(t, c, key, Kind.MODIFIED, "digest " + l.problem());
        }
        DigestFile d = l.file();
        // "Check that the S3 bucket and S3 object used to retrieve the file match the S3 bucket S3 object locations
        // that are recorded in the digest file itself" (custom-validation guide, A.2).
        Optional<String> bucket = store.bucket();
        if (!d.digestS3Object().equals(key) || (bucket.isPresent() && !bucket.get().equals(d.digestS3Bucket()))) {
            return invalid(t, c, key, Kind.MODIFIED, "digest moved: it records s3://" + d.digestS3Bucket() + "/"
                    + d.digestS3Object());
        }
        String algorithm = l.metadata().getOrDefault("signature-algorithm", d.digestSignatureAlgorithm());
        if (!ALGORITHM.equals(d.digestSignatureAlgorithm()) || !ALGORITHM.equals(algorithm)) {
            return invalid(t, c, key, Kind.UNSUPPORTED, "signature algorithm " + algorithm + " (only " + ALGORITHM
                    + " is documented)");
        }
        String signature = l.metadata().get("signature");
        String source = "S3 metadata";
        if (signature == null && options.signatures().containsKey(key)) {
            signature = options.signatures().get(key);
            source = "given signature";
        }
        if (signature == null && claimed.containsKey(key)) {
            signature = claimed.get(key);
            source = "previousDigestSignature of the next digest";
        }
        if (signature == null) {
            t.digestsUnsigned.increment();
            findings.add(new Finding(Kind.UNVERIFIABLE, c.account(), c.region(), key, store.hasMetadata()
                    ? "digest has no signature metadata and no later digest records one"
                    : "newest digest: its signature is S3 metadata, absent from a local copy (pass it with --signature)"));
            return Status.UNSIGNED;
        }
        Optional<SigningKey> publicKey;
        try {
            publicKey = keys.find(c.region(), d.digestPublicKeyFingerprint(), range[0], range[1]);
        } catch (PublicKeys.KeyException e) {
            return invalid(t, c, key, Kind.NO_PUBLIC_KEY, e.getMessage());
        }
        if (publicKey.isEmpty()) {
            return invalid(t, c, key, Kind.NO_PUBLIC_KEY, "no public key of " + c.region() + " has fingerprint "
                    + d.digestPublicKeyFingerprint() + " (" + keys.describe() + ")");
        }
        Optional<byte[]> sig = Hex.parse(signature);
        if (sig.isEmpty() || !verifies(stringToSign(d, l.sha256()), sig.get(), publicKey.get())) {
            return invalid(t, c, key, Kind.MODIFIED, "digest signature does not verify (" + source
                    + "): the digest or its signature was changed after CloudTrail signed it");
        }
        t.digestsValid.increment();
        return Status.VALID;
    }

    /**
     * The data signing string (custom-validation guide, "D. Recreate the Data Signing String"):
     * {@code digestEndTime \n digestS3Bucket/digestS3Object \n hex(sha256(uncompressed digest)) \n previousDigestSignature},
     * where a starting digest's null signature is written {@code null} (AWS CLI validation.py,
     * {@code _create_string_to_sign}: "The value must be 'null' to match the Java implementation").
     */
    public static String stringToSign(DigestFile d, String digestSha256) {
        String previous = d.previousDigestSignature() == null ? "null" : d.previousDigestSignature();
        return d.digestEndTime() + "\n" + d.digestS3Bucket() + "/" + d.digestS3Object() + "\n" + digestSha256 + "\n" + previous;
    }

    /** "Pass the SHA-256 hash of the recreated data signing string, digital signature, and public key to the RSA signature verification algorithm" (E). */
    static boolean verifies(String toSign, byte[] signature, SigningKey key) {
        try {
            Signature rsa = Signature.getInstance(ALGORITHM);
            rsa.initVerify(key.key());
            rsa.update(toSign.getBytes(StandardCharsets.UTF_8));
            return rsa.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Status invalid(Tally t, ChainId c, String key, Kind kind, String detail) {
        t.digestsInvalid.increment();
        findings.add(new Finding(kind, c.account(), c.region(), key, detail));
        return Status.INVALID;
    }

    // ---- 5. the chain ----------------------------------------------------------------------------------------

    private void checkChain(List<Loaded> chain, Map<String, Status> statuses) {
        Map<String, Loaded> byKey = new HashMap<>();
        for (Loaded l : chain) {
            byKey.put(l.name().key(), l);
        }
        Set<String> referenced = new HashSet<>();
        ChainId c = chain.get(0).name().chain();
        for (int i = 0; i < chain.size(); i++) {
            Loaded l = chain.get(i);
            Loaded older = i == 0 ? null : chain.get(i - 1);
            DigestFile d = l.file();
            if (d == null || statuses.get(l.name().key()) == Status.INVALID) {
                continue; // its fields are not trusted; the finding is already there
            }
            if (d.starting()) {
                if (older != null) {
                    findings.add(new Finding(Kind.BROKEN_CHAIN, c.account(), c.region(), l.name().key(),
                            "chain restarted (starting digest): logging or log file validation was stopped or turned off before "
                                    + d.digestStartTime()));
                    gap(c, l, older.file() == null ? older.name().end() : older.file().digestEnd(), d.digestStartTime());
                }
                continue;
            }
            String previous = d.previousDigestS3Object();
            referenced.add(previous);
            Loaded p = byKey.get(previous);
            if (p == null) {
                Optional<DigestKey> pk = DigestKey.parse(previous);
                if (pk.isPresent() && options.since() != null && pk.get().end().isBefore(options.since())) {
                    continue; // before the window: not looked at
                }
                findings.add(new Finding(Kind.MISSING_DIGEST, c.account(), c.region(), previous,
                        "deleted: the next digest " + l.name().key() + " records it as its predecessor"));
                if (older != null && older.file() != null) {
                    gap(c, l, older.file().digestEnd(), d.digestStartTime());
                }
                continue;
            }
            if (p.sha256() != null && !(HASH.equals(d.previousDigestHashAlgorithm())
                    && p.sha256().equalsIgnoreCase(String.valueOf(d.previousDigestHashValue())))) {
                findings.add(new Finding(Kind.BROKEN_CHAIN, c.account(), c.region(), previous,
                        "its SHA-256 is " + p.sha256() + " but the next digest records " + d.previousDigestHashAlgorithm()
                                + " " + d.previousDigestHashValue()));
            }
            if (!store.bucket().map(b -> b.equals(d.previousDigestS3Bucket())).orElse(true)) {
                findings.add(new Finding(Kind.BROKEN_CHAIN, c.account(), c.region(), l.name().key(),
                        "previous digest recorded in bucket " + d.previousDigestS3Bucket()));
            }
            if (p.file() != null && d.digestStartTime().isAfter(p.file().digestEnd())) {
                gap(c, l, p.file().digestEnd(), d.digestStartTime());
            }
        }
        // A digest that no later digest names although the next one names another digest that is there: not part of
        // the chain CloudTrail wrote (a deleted predecessor or a restart is reported above instead).
        for (int i = 0; i < chain.size() - 1; i++) {
            Loaded l = chain.get(i);
            Loaded newer = chain.get(i + 1);
            DigestFile n = newer.file();
            boolean nextNamesAnother = n != null && !n.starting() && statuses.get(newer.name().key()) != Status.INVALID
                    && byKey.containsKey(n.previousDigestS3Object());
            if (!referenced.contains(l.name().key()) && nextNamesAnother && statuses.get(l.name().key()) != Status.INVALID) {
                findings.add(new Finding(Kind.BROKEN_CHAIN, c.account(), c.region(), l.name().key(),
                        "no later digest records this one as its predecessor"));
            }
        }
        Loaded newest = chain.get(chain.size() - 1);
        if (options.freshWithin() != null && newest.name().end().isBefore(options.now().minus(options.freshWithin()))) {
            findings.add(new Finding(Kind.TIME_GAP, c.account(), c.region(), newest.name().key(),
                    "no digest after " + newest.name().end() + " (expected one within " + options.freshWithin() + ")"));
        }
    }

    private void gap(ChainId c, Loaded l, Instant from, Instant to) {
        if (to.isAfter(from)) {
            findings.add(new Finding(Kind.TIME_GAP, c.account(), c.region(), l.name().key(),
                    "no digest covers " + from + " to " + to + " (" + Duration.between(from, to) + ")"));
        }
    }

    // ---- 6. log files ----------------------------------------------------------------------------------------

    record Expected(String account, String region, String hash, String algorithm, String bucket, String digest) {}

    private long checkLogs(List<Loaded> loaded, Map<String, Status> statuses, List<LogKey> listed,
                           Map<ChainId, List<Loaded>> chains) {
        Map<String, Expected> trusted = new HashMap<>();
        Set<String> anyDigest = new HashSet<>();
        for (Loaded l : loaded) {
            if (l.file() == null) {
                continue;
            }
            boolean trust = statuses.get(l.name().key()) != Status.INVALID;
            for (DigestFile.LogFileEntry e : l.file().logFiles()) {
                anyDigest.add(e.s3Object());
                if (trust) {
                    trusted.put(e.s3Object(), new Expected(l.name().chain().account(), l.name().chain().region(),
                            e.hashValue(), e.hashAlgorithm(), e.s3Bucket(), l.name().key()));
                }
            }
        }
        Map<String, Instant> newestDigest = new HashMap<>();
        for (Map.Entry<ChainId, List<Loaded>> e : chains.entrySet()) {
            if (!e.getKey().backfill()) {
                List<Loaded> ls = e.getValue();
                newestDigest.merge(area(e.getKey().prefix(), e.getKey().organization(), e.getKey().account(), e.getKey().region()),
                        ls.get(ls.size() - 1).name().end(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        for (LogKey log : listed) {
            if (anyDigest.contains(log.key())) {
                if (!trusted.containsKey(log.key())) {
                    tally(log.account(), log.region()).logsUnverified.increment();
                }
                continue;
            }
            Instant newest = newestDigest.get(area(log.prefix(), log.organization(), log.account(), log.region()));
            Tally t = tally(log.account(), log.region());
            if (newest != null && log.written().isAfter(newest.minus(DELIVERY_MARGIN))) {
                t.logsPending.increment();
            } else {
                t.logsUnlisted.increment();
                findings.add(new Finding(Kind.UNLISTED, log.account(), log.region(), log.key(), newest == null
                        ? "no digest of this account and region at all: was log file validation off?"
                        : "written before the newest digest (" + newest + ") but listed in none"));
            }
        }
        long bytes = 0;
        for (Map.Entry<String, Expected> e : new TreeMap<>(trusted).entrySet()) {
            bytes += compare(e.getKey(), e.getValue());
        }
        return bytes;
    }

    private static String area(String prefix, String org, String account, String region) {
        return prefix + "|" + org + "|" + account + "|" + region;
    }

    /** Whether a listed log file is hashed: SHA-256 (the only documented algorithm), in the bucket verified. */
    private boolean readable(DigestFile.LogFileEntry e) {
        return HASH.equals(e.hashAlgorithm()) && store.bucket().map(b -> b.equals(e.s3Bucket())).orElse(true);
    }

    private LogHash hash(String key) {
        long size = 0;
        try (InputStream in = Gzip.open(store.open(key))) {
            // "compute its SHA-256 hash value on its uncompressed content" (custom-validation guide, F).
            Sha256.Result r = Sha256.of(in);
            size = r.bytes();
            return new LogHash(r.hash(), size, null, null);
        } catch (ZipException | java.io.EOFException e) {
            return new LogHash(null, 0, Kind.MODIFIED, "no longer gzip: changed after delivery");
        } catch (NoSuchFileException e) {
            return new LogHash(null, 0, Kind.DELETED, null);
        } catch (IOException e) {
            return new LogHash(null, 0, Kind.NOT_CHECKED, "unreadable: " + e.getMessage());
        } finally {
            progress.logDone(size);
        }
    }

    private long compare(String key, Expected x) {
        Tally t = tally(x.account(), x.region());
        Future<LogHash> pending = hashes.get(key);
        if (pending == null) {
            t.logsUnverified.increment();
            findings.add(!HASH.equals(x.algorithm())
                    ? new Finding(Kind.UNSUPPORTED, x.account(), x.region(), key, "hash algorithm " + x.algorithm())
                    : new Finding(Kind.NOT_CHECKED, x.account(), x.region(), key, "in bucket " + x.bucket() + ", not in the one verified"));
            return 0;
        }
        LogHash h = join(pending);
        if (h.problem() == Kind.DELETED) {
            t.logsDeleted.increment();
            findings.add(new Finding(Kind.DELETED, x.account(), x.region(), key, "listed in " + x.digest()));
        } else if (h.problem() == Kind.NOT_CHECKED) {
            t.logsUnverified.increment();
            findings.add(new Finding(Kind.NOT_CHECKED, x.account(), x.region(), key, h.detail()));
        } else if (h.hash() != null && Hex.of(h.hash()).equalsIgnoreCase(x.hash())) {
            t.logsValid.increment();
        } else {
            t.logsModified.increment();
            findings.add(new Finding(Kind.MODIFIED, x.account(), x.region(), key, h.hash() == null
                    ? h.detail() + " (listed in " + x.digest() + ")"
                    : "SHA-256 " + Hex.of(h.hash()) + ", digest " + x.digest() + " records " + x.hash()));
        }
        return h.bytes();
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    private Tally tally(String account, String region) {
        return tallies.computeIfAbsent(VerifyReport.group(account, region), k -> new Tally());
    }

    /** CPU time of this process so far, in seconds (0 where the platform does not tell). */
    static double cpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
    }

    private VerifyReport report(long bytes, double seconds, double cpu) {
        Map<String, Tally.Counts> groups = new TreeMap<>();
        tallies.forEach((k, v) -> groups.put(k, v.counts()));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::account).thenComparing(Finding::region).thenComparing(Finding::key)
                .thenComparing(f -> f.kind().ordinal()));
        return new VerifyReport(store.describe(), keys.describe(), groups, List.copyOf(sorted), bytes, seconds, cpu);
    }

    private static <R> R join(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
    }
}
