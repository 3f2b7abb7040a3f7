package io.trailguard.replay;

import io.trailguard.detect.Severity;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Totals of a run, and per rule and per principal: hits, first and last seen. Fed in input order by one thread. */
final class Summary {

    /** Hits of one rule or one principal. */
    static final class Tally {
        long hits;
        Instant first;
        Instant last;
        final TreeSet<String> rules = new TreeSet<>();

        void add(Hit h, Instant t) {
            hits++;
            rules.add(h.ruleId());
            if (t != null) {
                first = first == null || t.isBefore(first) ? t : first;
                last = last == null || t.isAfter(last) ? t : last;
            }
        }
    }

    final Map<String, Tally> byRule = new LinkedHashMap<>();
    final Map<String, Severity> severities = new LinkedHashMap<>();
    final Map<String, Tally> byPrincipal = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();
    long files;
    long malformedFiles;
    long problemCount;
    long records;
    long filtered;
    long unlisted;
    long hits;
    long skippedFiles;
    long digestFiles;
    /** Inputs not read at all: unreadable, not a regular file, or a format not supported. */
    long unreadFiles;
    long skippedBytes;
    /** With {@code --alarms}: spells in ALARM printed; -1 without. */
    long alarmSpells = -1;
    long jsonBytes;
    double seconds;
    /** CPU time of the whole process during the run, less sensitive than wall time to a machine shared with others. */
    double cpuSeconds;
    RuleChoice choice = RuleChoice.DEPLOYED;

    void add(FileResult r) {
        files++;
        records += r.records();
        filtered += r.filtered();
        unlisted += r.unlisted();
        problemCount += r.problemCount();
        skippedBytes += r.skippedBytes();
        unreadFiles += r.refused() ? 1 : 0;
        malformedFiles += r.problemCount() > 0 && !r.refused() ? 1 : 0;
        problems.addAll(r.problems());
        for (Hit h : r.hits()) {
            hits++;
            Instant t = TimeWindow.eventTime(h.time());
            byRule.computeIfAbsent(h.ruleId(), k -> new Tally()).add(h, t);
            severities.putIfAbsent(h.ruleId(), h.severity());
            byPrincipal.computeIfAbsent(h.principal() == null ? "-" : h.principal(), k -> new Tally()).add(h, t);
        }
    }

    /** Paths inside folders that could not be read as files. */
    void addUnread(java.util.List<Problem> unread) {
        unreadFiles += unread.size();
        problemCount += unread.size();
        problems.addAll(unread);
    }

    /** Human-readable, most severe and most frequent first. */
    void print(PrintWriter out) {
        out.printf("replay: %,d files (%,d with skipped parts, %,d not read, %,d skipped in folders), %,d records, %,d hits%n",
                files, malformedFiles, unreadFiles, skippedFiles, records, hits);
        if (problemCount > 0) {
            out.printf("  INCOMPLETE: %,d skipped ranges or unread inputs (%,d bytes skipped), listed below; exit code 3%n",
                    problemCount, skippedBytes);
        }
        if (digestFiles > 0) {
            out.printf("  %,d CloudTrail digest files in folders (no records, not read)%n", digestFiles);
        }
        if (alarmSpells >= 0) {
            out.printf("  %,d alarm spells in ALARM%n", alarmSpells);
        }
        if (filtered > 0) {
            out.printf("  %,d records left out by --since/--until/--account%n", filtered);
        }
        if (unlisted > 0) {
            out.printf("  %,d records of accounts the stack does not list (only organization-wide rules saw them)%n", unlisted);
        }
        double mb = jsonBytes / 1e6;
        out.printf("  rules: %s; %.1f MB of JSON in %.1f s (%.1f s CPU): %,.0f records/s, %.1f MB/s%n",
                choice.name().toLowerCase(java.util.Locale.ROOT), mb, seconds, cpuSeconds,
                seconds > 0 ? records / seconds : 0.0, seconds > 0 ? mb / seconds : 0.0);
        if (!byRule.isEmpty()) {
            out.println("by rule:");
            out.printf("  %-44s %-8s %10s  %-20s  %-20s%n", "rule", "severity", "hits", "first seen", "last seen");
            byRule.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Tally>, Severity>comparing(e -> severities.get(e.getKey()))
                            .thenComparing(e -> -e.getValue().hits).thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.printf("  %-44s %-8s %,10d  %-20s  %-20s%n", e.getKey(), severities.get(e.getKey()).id(),
                            e.getValue().hits, time(e.getValue().first), time(e.getValue().last)));
        }
        if (!byPrincipal.isEmpty()) {
            out.println("by principal:");
            out.printf("  %-64s %10s  %-20s  %-20s  %s%n", "principal", "hits", "first seen", "last seen", "rules");
            byPrincipal.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Tally>>comparingLong(e -> -e.getValue().hits).thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.printf("  %-64s %,10d  %-20s  %-20s  %s%n", e.getKey(), e.getValue().hits,
                            time(e.getValue().first), time(e.getValue().last), String.join(",", e.getValue().rules)));
        }
        if (problemCount > 0) {
            out.printf("skipped: %,d (listed: the first %d per input)%n", problemCount, FileReplay.MAX_PROBLEMS_LISTED);
            problems.forEach(p -> out.println("  " + p));
        }
        out.flush();
    }

    private static String time(Instant t) {
        return t == null ? "-" : t.toString();
    }
}
