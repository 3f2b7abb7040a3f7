package io.trailguard.verify;

import io.trailguard.verify.DigestKey.ChainId;
import io.trailguard.verify.Finding.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chain of one trail's digests in one account and region, oldest first (digest structure guide, "Digest File
 * Chaining"; custom-validation guide, G): each digest names its predecessor and records the SHA-256 of the
 * predecessor's uncompressed content; a starting digest (null predecessor) in the middle of a chain means logging or
 * validation was stopped. Only digests whose signature verified (or could not be checked offline) are trusted here.
 */
final class ChainCheck {

    private final Ledger ledger;
    private final Optional<String> bucket;
    private final Instant since;
    private final Duration freshWithin;
    private final Instant now;

    ChainCheck(Ledger ledger, Optional<String> bucket, Instant since, Duration freshWithin, Instant now) {
        this.ledger = ledger;
        this.bucket = bucket;
        this.since = since;
        this.freshWithin = freshWithin;
        this.now = now;
    }

    void check(List<Verifier.Loaded> chain, Map<String, Verifier.Status> statuses) {
        Map<String, Verifier.Loaded> byKey = new HashMap<>();
        for (Verifier.Loaded l : chain) {
            byKey.put(l.name().key(), l);
        }
        Set<String> referenced = new HashSet<>();
        ChainId c = chain.get(0).name().chain();
        for (int i = 0; i < chain.size(); i++) {
            Verifier.Loaded l = chain.get(i);
            Verifier.Loaded older = i == 0 ? null : chain.get(i - 1);
            DigestFile d = l.file();
            if (d == null || statuses.get(l.name().key()) == Verifier.Status.INVALID) {
                continue; // its fields are not trusted; the finding is already there
            }
            if (d.starting()) {
                if (older != null) {
                    ledger.add(new Finding(Kind.BROKEN_CHAIN, c.account(), c.region(), l.name().key(),
                            "chain restarted (starting digest): logging or log file validation was stopped or turned off before "
                                    + d.digestStartTime()));
                    gap(c, l, older.file() == null ? older.name().end() : older.file().digestEnd(), d.digestStartTime());
                }
                continue;
            }
            String previous = d.previousDigestS3Object();
            referenced.add(previous);
            Verifier.Loaded p = byKey.get(previous);
            if (p == null) {
                Optional<DigestKey> pk = DigestKey.parse(previous);
                if (pk.isPresent() && since != null && pk.get().end().isBefore(since)) {
                    continue; // before the window: not looked at
                }
                ledger.add(new Finding(Kind.MISSING_DIGEST, c.account(), c.region(), previous,
                        "deleted: the next digest " + l.name().key() + " records it as its predecessor"));
                if (older != null && older.file() != null) {
                    gap(c, l, older.file().digestEnd(), d.digestStartTime());
                }
                continue;
            }
            if (p.sha256() != null && !(Verifier.HASH.equals(d.previousDigestHashAlgorithm())
                    && p.sha256().equalsIgnoreCase(String.valueOf(d.previousDigestHashValue())))) {
                ledger.add(new Finding(Kind.BROKEN_CHAIN, c.account(), c.region(), previous,
                        "its SHA-256 is " + p.sha256() + " but the next digest records " + d.previousDigestHashAlgorithm()
                                + " " + d.previousDigestHashValue()));
            }
            if (!bucket.map(b -> b.equals(d.previousDigestS3Bucket())).orElse(true)) {
                ledger.add(new Finding(Kind.BROKEN_CHAIN, c.account(), c.region(), l.name().key(),
                        "previous digest recorded in bucket " + d.previousDigestS3Bucket()));
            }
            if (p.file() != null && d.digestStartTime().isAfter(p.file().digestEnd())) {
                gap(c, l, p.file().digestEnd(), d.digestStartTime());
            }
        }
        // A digest that no later digest names although the next one names another digest that is there: not part of
        // the chain CloudTrail wrote (a deleted predecessor or a restart is reported above instead).
        for (int i = 0; i < chain.size() - 1; i++) {
            Verifier.Loaded l = chain.get(i);
            Verifier.Loaded newer = chain.get(i + 1);
            DigestFile n = newer.file();
            boolean nextNamesAnother = n != null && !n.starting() && statuses.get(newer.name().key()) != Verifier.Status.INVALID
                    && byKey.containsKey(n.previousDigestS3Object());
            if (!referenced.contains(l.name().key()) && nextNamesAnother && statuses.get(l.name().key()) != Verifier.Status.INVALID) {
                ledger.add(new Finding(Kind.BROKEN_CHAIN, c.account(), c.region(), l.name().key(),
                        "no later digest records this one as its predecessor"));
            }
        }
        Verifier.Loaded newest = chain.get(chain.size() - 1);
        if (freshWithin != null && newest.name().end().isBefore(now.minus(freshWithin))) {
            ledger.add(new Finding(Kind.TIME_GAP, c.account(), c.region(), newest.name().key(),
                    "no digest after " + newest.name().end() + " (expected one within " + freshWithin + ")"));
        }
    }

    private void gap(ChainId c, Verifier.Loaded l, Instant from, Instant to) {
        if (to.isAfter(from)) {
            ledger.add(new Finding(Kind.TIME_GAP, c.account(), c.region(), l.name().key(),
                    "no digest covers " + from + " to " + to + " (" + Duration.between(from, to) + ")"));
        }
    }
}
