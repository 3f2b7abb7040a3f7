package io.trailguard.cli;

import io.trailguard.replay.HitFormat;
import io.trailguard.replay.Replay;
import io.trailguard.replay.RuleChoice;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs archived CloudTrail through the stack's rules: which rule would have fired on what, by whom, and when. */
@Command(name = "replay", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {
            "Replay CloudTrail records through every rule the stack deploys, each rule on the accounts it is deployed to.",
            "Inputs: S3 delivery files (.json/.json.gz with Records), JSON lines of records or EventBridge envelopes;"
                    + " folders are recursed; - reads standard input.",
            "Hits go to standard output, the summary to standard error (or --summary FILE).",
            "Malformed input is reported with its file, byte range and reason, never fatal (docs/replay.md: the reader contract)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
            "0:the replay ran and read every byte of every input (hits or not)",
            "1:usage or config error; nothing was replayed",
            "3:the replay ran, but some input was skipped (listed in the summary); findings cover the rest"})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    StackOptions stack;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "File, folder or - (standard input).")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Hit lines as text, jsonl or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--rules", paramLabel = "CHOICE", defaultValue = "deployed",
            description = "deployed (what the stack deploys, per account), all (every catalogue rule on every account)"
                    + " or none (read and count only) (default: ${DEFAULT-VALUE}).")
    String rules;

    @Option(names = "--rule", paramLabel = "ID", description = "Only this rule (repeatable).")
    List<String> onlyRules = List.of();

    @Option(names = "--account", paramLabel = "ID", description = "Only records of this account (repeatable).")
    List<String> accounts = List.of();

    @Option(names = "--since", paramLabel = "TIME", description = "Only records at or after this ISO-8601 time or date.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Only records before this time (a date alone: up to the end of that day).")
    String until;

    @Option(names = "--summary", paramLabel = "FILE", description = "Write the summary to FILE instead of standard error.")
    Path summary;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--alarms", description = "Instead of each hit, print when each rule's alarm would have gone to ALARM and"
            + " back, per account, with the records that caused it (CloudWatch's evaluation: period, evaluation periods,"
            + " threshold, Sum, missing data not breaching).")
    boolean alarms;

    @Option(names = "--max-record-bytes", paramLabel = "N", description = "Largest record read; a longer one is skipped and"
            + " reported. Memory per worker stays within about three times this, whatever the file size (default: ${DEFAULT-VALUE}).")
    int maxRecordBytes = 8 << 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        HitFormat hitFormat = choice(HitFormat.class, format, "--format", err);
        RuleChoice ruleChoice = choice(RuleChoice.class, rules, "--rules", err);
        if (hitFormat == null || ruleChoice == null) {
            return 1;
        }
        var config = stack.loadOrReport(err);
        if (config.isEmpty()) {
            return 1;
        }
        Replay.Request request = new Replay.Request(config.get(), ruleChoice, new LinkedHashSet<>(onlyRules),
                new LinkedHashSet<>(accounts), since, until, hitFormat, summary, threads, stderrIsTerminal(), alarms, maxRecordBytes);
        return Replay.execute(request, inputs, System.in, spec.commandLine().getOut(), err);
    }

    /**
     * Whether standard error is a terminal. {@code System.console()} answers for stdin and stdout together, so it is
     * null exactly when hits are redirected to a file, the usual case; on Linux, where standard error points to
     * tells directly. Elsewhere, fall back to the console.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option, PrintWriter err) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        err.println("replay: " + option + " " + value + ": expected one of "
                + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).toList()));
        return null;
    }
}
