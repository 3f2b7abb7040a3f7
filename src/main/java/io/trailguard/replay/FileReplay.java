package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Replays one input: reads its records, applies the filters, evaluates the rules its records' accounts deploy. */
final class FileReplay {

    static final int MAX_PROBLEMS_LISTED = 20;

    private final StackRules rules;
    private final Set<String> stackAccounts;
    private final ReplayFilter filter;
    private final ReplayCounters counters;
    private final InputStream stdin;
    private final int maxRecordBytes;

    FileReplay(StackRules rules, Set<String> stackAccounts, ReplayFilter filter, ReplayCounters counters, InputStream stdin,
            int maxRecordBytes) {
        this.rules = rules;
        this.stackAccounts = Set.copyOf(stackAccounts);
        this.filter = filter;
        this.counters = counters;
        this.stdin = stdin;
        this.maxRecordBytes = maxRecordBytes;
    }

    FileResult run(Input input) {
        Collector c = new Collector(input);
        try (InputStream in = new CountingInputStream(input.open(stdin), counters.storedBytes)) {
            new RecordReader(c, maxRecordBytes, counters.jsonBytes).read(in);
        } catch (IOException e) {
            c.refused("cannot read: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not cost the rest of an investigation: report it with the input and carry on.
            c.skipped(null, "internal error, rest of the input skipped: " + e);
        }
        counters.filesDone.increment();
        return new FileResult(input, c.records, c.filtered, c.unlisted, c.hits, c.problems, c.problemCount, c.skippedBytes,
                c.refused);
    }

    private final class Collector implements RecordSink {
        private final Input input;
        private final List<Hit> hits = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private long records;
        private long filtered;
        private long unlisted;
        private long problemCount;
        private long skippedBytes;
        private boolean refused;

        Collector(Input input) {
            this.input = input;
        }

        @Override
        public void record(JsonNode object, Span where) {
            JsonNode record = RecordShape.cloudTrailRecord(object);
            if (record == null) {
                skipped(where, "not a CloudTrail record or EventBridge envelope (no eventName or eventSource)");
                return;
            }
            records++;
            counters.records.increment();
            String account = RecordShape.account(record);
            if (!filter.accounts().isEmpty() && (account == null || !filter.accounts().contains(account))) {
                filtered++;
                return;
            }
            if (!filter.window().isOpen()) {
                Instant t = TimeWindow.eventTime(RecordShape.text(record.get("eventTime")));
                if (t == null || !filter.window().contains(t)) {
                    filtered++;
                    return;
                }
            }
            if (account == null || !stackAccounts.contains(account)) {
                unlisted++;
            }
            for (DeployedRule rule : rules.matching(account, record)) {
                hits.add(Hit.of(rule, record, account));
            }
        }

        @Override
        public void skipped(Span where, String reason) {
            problemCount++;
            if (where != null) {
                skippedBytes += where.end() - where.start();
            }
            if (problems.size() < MAX_PROBLEMS_LISTED) {
                problems.add(new Problem(input.name(), where, reason));
            }
        }

        @Override
        public void refused(String reason) {
            refused = true;
            skipped(null, reason);
        }
    }
}
