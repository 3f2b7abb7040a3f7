package io.trailguard.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** The findings and counts of one verification, written to by every worker. */
final class Ledger {

    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();

    void add(Finding f) {
        findings.add(f);
    }

    Tally tally(String account, String region) {
        return tallies.computeIfAbsent(VerifyReport.group(account, region), k -> new Tally());
    }

    Map<String, Tally.Counts> counts() {
        Map<String, Tally.Counts> groups = new TreeMap<>();
        tallies.forEach((k, v) -> groups.put(k, v.counts()));
        return groups;
    }

    /** Ordered by account, region, key, kind: the same report for the same bucket, whatever the threads did. */
    List<Finding> sorted() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::account).thenComparing(Finding::region).thenComparing(Finding::key)
                .thenComparing(f -> f.kind().ordinal()));
        return List.copyOf(sorted);
    }
}
