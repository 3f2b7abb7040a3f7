package io.trailguard.verify;

import java.util.List;
import java.util.Map;

/**
 * What a verification found: counts and findings per account and region, in key order.
 *
 * @param source    the store verified
 * @param keys      where the public keys came from
 * @param groups    per "account region", the counts
 * @param findings  every finding, ordered by account, region, key
 * @param bytes     uncompressed log bytes hashed
 * @param seconds   wall time
 * @param cpuSeconds CPU time of the process meanwhile (all threads, JIT and GC included)
 */
public record VerifyReport(String source, String keys, Map<String, Tally.Counts> groups, List<Finding> findings,
                           long bytes, double seconds, double cpuSeconds) {

    /** Whether any finding fails the run. */
    public boolean failed() {
        return findings.stream().anyMatch(f -> f.kind().fails());
    }

    public static String group(String account, String region) {
        return account + " " + region;
    }
}
