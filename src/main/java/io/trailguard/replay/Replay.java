package io.trailguard.replay;

import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * A whole replay: inputs read in parallel on a bounded pool, each input's hits written together and the inputs in
 * command-line order, whatever order they finish in. At most eight inputs per thread are in flight, so memory holds
 * the hits of those, not of the archive.
 */
public final class Replay {

    /** Exit code: the replay ran and read every byte of every input (hits or not). */
    public static final int EXIT_CLEAN = 0;
    /** Exit code: usage or config error; nothing was replayed. */
    public static final int EXIT_USAGE = 1;
    /** Exit code: the replay ran, but some input was skipped (listed in the summary); findings cover the rest. */
    public static final int EXIT_SKIPPED_INPUT = 3;

    /**
     * A replay as the command line asks for it; {@link #execute} validates it.
     *
     * @param onlyRules   {@code --rule}: evaluate only these rule ids (empty: all chosen rules)
     * @param accounts    {@code --account}: only records of these accounts (empty: all)
     * @param since       {@code --since}, ISO-8601, inclusive; null for open
     * @param until       {@code --until}, ISO-8601, exclusive (a date alone: to the end of that day); null for open
     * @param summaryFile where the summary goes; null: standard error
     * @param threads     bound of the worker pool
     * @param progress    draw a progress line on standard error (the caller knows whether it is a terminal)
     * @param alarms      print when each rule's alarm would have gone to ALARM and back, instead of each hit
     * @param maxRecordBytes the largest record read; longer ones are skipped and reported (memory stays within it)
     */
    public record Request(StackConfig config, RuleChoice rules, Set<String> onlyRules, Set<String> accounts, String since,
            String until, HitFormat format, Path summaryFile, int threads, boolean progress, boolean alarms,
            int maxRecordBytes) {

        /** The default limits, no alarms. */
        public Request(StackConfig config, RuleChoice rules, Set<String> onlyRules, Set<String> accounts, String since,
                String until, HitFormat format, Path summaryFile, int threads, boolean progress) {
            this(config, rules, onlyRules, accounts, since, until, format, summaryFile, threads, progress, false,
                    RecordReader.DEFAULT_MAX_RECORD_BYTES);
        }
    }

    private Replay() {}

    /**
     * Validates and runs; hits (or, with {@code alarms}, alarm spells) go to {@code out}. Returns {@link #EXIT_CLEAN},
     * {@link #EXIT_SKIPPED_INPUT} or {@link #EXIT_USAGE}.
     */
    public static int execute(Request request, List<String> inputArgs, InputStream stdin, PrintWriter out, PrintWriter err) {
        List<String> errors = new ArrayList<>();
        TimeWindow window = window(request, errors);
        StackRules rules = rules(request, errors);
        request.accounts().stream().filter(a -> !a.matches("\\d{12}"))
                .forEach(a -> errors.add("--account " + a + ": not an account id (12 digits)"));
        Inputs.Expansion inputs = null;
        try {
            inputs = Inputs.expand(inputArgs);
        } catch (IllegalArgumentException e) {
            errors.add(e.getMessage());
        }
        if (request.threads() < 1) {
            errors.add("--threads " + request.threads() + ": must be at least 1");
        }
        if (request.maxRecordBytes() < 1024) {
            errors.add("--max-record-bytes " + request.maxRecordBytes() + ": must be at least 1024");
        }
        if (!errors.isEmpty()) {
            errors.forEach(e -> err.println("replay: " + e));
            err.flush();
            return EXIT_USAGE;
        }
        Summary summary = run(request, rules, new ReplayFilter(request.accounts(), window), inputs.files(), stdin, out, err);
        summary.skippedFiles = inputs.skipped();
        summary.digestFiles = inputs.digests();
        summary.addUnread(inputs.problems());
        writeSummary(summary, request.summaryFile(), err);
        return summary.problemCount > 0 ? EXIT_SKIPPED_INPUT : EXIT_CLEAN;
    }

    private static TimeWindow window(Request request, List<String> errors) {
        Instant since = null;
        Instant until = null;
        try {
            since = request.since() == null ? null : TimeWindow.parseBound(request.since(), false);
        } catch (IllegalArgumentException e) {
            errors.add("--since " + e.getMessage());
        }
        try {
            until = request.until() == null ? null : TimeWindow.parseBound(request.until(), true);
        } catch (IllegalArgumentException e) {
            errors.add("--until " + e.getMessage());
        }
        if (since != null && until != null && !since.isBefore(until)) {
            errors.add("--since " + request.since() + " is not before --until " + request.until());
        }
        return new TimeWindow(since, until);
    }

    private static StackRules rules(Request request, List<String> errors) {
        StackRules rules = StackRules.of(request.config(), request.rules());
        if (request.onlyRules().isEmpty()) {
            return rules;
        }
        Set<String> known = new TreeSet<>(StackRules.of(request.config(), RuleChoice.DEPLOYED).byId().keySet());
        known.addAll(Catalogue.ids());
        for (String id : request.onlyRules()) {
            if (!known.contains(id)) {
                errors.add("--rule " + id + ": no such rule in the catalogue or the stack (`trailguard rules` lists them)");
            } else if (request.rules() != RuleChoice.NONE && !rules.byId().containsKey(id)) {
                errors.add("--rule " + id + ": the stack deploys it to no account (use --rules all to replay it anyway)");
            }
        }
        return rules.only(r -> request.onlyRules().contains(r.id()));
    }

    static Summary run(Request request, StackRules rules, ReplayFilter filter, List<Input> inputs, InputStream stdin,
            PrintWriter out, PrintWriter err) {
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        Set<String> accounts = request.config().accounts().stream().map(Account::id).collect(Collectors.toSet());
        ReplayCounters counters = new ReplayCounters();
        FileReplay worker = new FileReplay(rules, accounts, filter, counters, stdin, request.maxRecordBytes());
        ReplayAlarms alarms = request.alarms() ? new ReplayAlarms(rules) : null;
        int width = rules.byId().keySet().stream().mapToInt(String::length).max().orElse(4);
        HitWriter writer = new HitWriter(out, request.format(), width);
        Summary summary = new Summary();
        long storedTotal = inputs.stream().mapToLong(Input::size).sum();

        ExecutorService pool = Executors.newFixedThreadPool(request.threads(), r -> {
            Thread t = new Thread(r, "replay-worker");
            t.setDaemon(true);
            return t;
        });
        if (alarms == null) {
            writer.header();
        }
        try (AutoCloseable progress = Progress.startIf(request.progress(), err, counters, inputs.size(), storedTotal)) {
            Deque<Future<FileResult>> inFlight = new ArrayDeque<>();
            Iterator<Input> next = inputs.iterator();
            // Files differ in size (CloudTrail writes 1-5 MB and less): with few files in flight, workers would idle
            // behind a big file at the head. Hits of finished files wait in memory meanwhile; they are few.
            int window = request.threads() * 8;
            while (next.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && next.hasNext()) {
                    Input input = next.next();
                    inFlight.add(pool.submit(() -> worker.run(input)));
                }
                FileResult result = inFlight.poll().get();
                result.hits().forEach(alarms == null ? writer::write : alarms::add);
                summary.add(result);
            }
            if (alarms != null) {
                summary.alarmSpells = alarms.print(out, request.format());
            }
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("replay failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        summary.jsonBytes = counters.jsonBytes.sum();
        summary.seconds = (System.nanoTime() - started) / 1e9;
        summary.cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
        summary.choice = request.rules();
        return summary;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static void writeSummary(Summary summary, Path file, PrintWriter err) {
        if (file == null) {
            summary.print(err);
            return;
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            summary.print(w);
        } catch (IOException e) {
            err.println("replay: cannot write the summary to " + file + ": " + e.getMessage());
            summary.print(err);
        }
    }
}
