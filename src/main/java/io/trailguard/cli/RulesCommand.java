package io.trailguard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Events;
import io.trailguard.detect.FilterPattern;
import io.trailguard.detect.InvalidPatternException;
import io.trailguard.detect.Rule;
import io.trailguard.detect.SigmaCoverage;
import io.trailguard.detect.SigmaRefs;
import io.trailguard.detect.AttackTactics;
import io.trailguard.replay.JsonObjectInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trailguard rules}: the detection catalogue, and {@code rules test} to try a pattern on events offline. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List the detection rules with their pattern for a feed.",
        subcommands = RulesCommand.TestCommand.class)
final class RulesCommand implements Callable<Integer> {

    enum Format { table, json, markdown }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", description = "table, json or markdown (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format;

    @Option(names = "--feed", description = "trail or eventbridge (default: ${DEFAULT-VALUE})", defaultValue = "trail")
    String feed;

    @Override
    public Integer call() {
        Feed f = feed(feed);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(json(f).toPrettyString());
            case markdown -> markdown(out, f);
            case table -> table(out, f);
        }
        out.flush();
        return 0;
    }

    static Feed feed(String name) {
        for (Feed f : Feed.values()) {
            if (f.id().equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feed '" + name + "' (trail or eventbridge)");
    }

    private static void table(PrintWriter out, Feed feed) {
        out.printf("%-42s %-8s %-9s %-9s %s%n", "ID", "SEVERITY", "SET", "ALARM", "PATTERN (" + feed.id() + ")");
        for (Rule r : Catalogue.all()) {
            out.printf("%-42s %-8s %-9s %-9s %s%n", r.id(), r.severity().id(), String.join(",", r.ruleSets()),
                    ">=" + r.threshold() + "/" + r.periodSeconds() + "s", r.render(feed));
        }
        out.printf("%d rules%n", Catalogue.all().size());
    }

    private static void markdown(PrintWriter out, Feed feed) {
        out.println("| id | severity | set | alarm | title | pattern (" + feed.id() + ") |");
        out.println("| --- | --- | --- | --- | --- | --- |");
        for (Rule r : Catalogue.all()) {
            out.printf("| `%s` | %s | %s | >= %d in %ds | %s | `%s` |%n", r.id(), r.severity().id(), String.join(", ", r.ruleSets()),
                    r.threshold(), r.periodSeconds(), r.title(), r.render(feed).replace("|", "\\|"));
        }
        out.println();
        coverageMatrix(out);
    }

    /** MITRE ATT&CK tactic × rule, with the Sigma rules each one ports and its CIS / Security Hub control. */
    static void coverageMatrix(PrintWriter out) {
        List<String> tactics = AttackTactics.ORDER.stream()
                .filter(t -> Catalogue.all().stream().anyMatch(r -> AttackTactics.of(r).contains(t))).toList();
        out.printf("## Coverage matrix%n%n%d of %d SigmaHQ CloudTrail rules ported (docs/sigma-coverage.md).%n%n",
                SigmaCoverage.covered(), SigmaRefs.all().size());
        out.println("| rule | " + String.join(" | ", tactics) + " | Sigma | CIS / Security Hub |");
        out.println("| --- |" + " :-: |".repeat(tactics.size()) + " --- | --- |");
        for (Rule r : Catalogue.all()) {
            var mine = AttackTactics.of(r);
            StringBuilder row = new StringBuilder("| `" + r.id() + "` |");
            tactics.forEach(t -> row.append(mine.contains(t) ? " x |" : "  |"));
            String sigma = r.references().sigma().stream().map(sg -> "[" + sg.id().substring(0, 8) + "](" + sg.url() + ")")
                    .collect(Collectors.joining(", "));
            String control = r.references().securityHub() == null ? "" : r.references().securityHub() + " (CIS " + r.references().cis() + ")";
            row.append(' ').append(sigma).append(" | ").append(control).append(" |");
            out.println(row);
        }
        out.print("| tactics covered |");
        tactics.forEach(t -> out.print(" " + Catalogue.all().stream().filter(r -> AttackTactics.of(r).contains(t)).count() + " |"));
        out.println(" " + Catalogue.all().stream().filter(r -> !r.references().sigma().isEmpty()).count() + " rules | "
                + Catalogue.all().stream().filter(r -> r.references().securityHub() != null).count() + " rules |");
    }

    private static ArrayNode json(Feed feed) {
        ArrayNode rules = Events.mapper().createArrayNode();
        for (Rule r : Catalogue.all()) {
            ObjectNode n = rules.addObject();
            n.put("id", r.id()).put("title", r.title()).put("severity", r.severity().id());
            r.ruleSets().stream().sorted().forEach(n.putArray("ruleSets")::add);
            n.put("feed", feed.id()).put("pattern", r.render(feed)).put("metricName", r.metricName())
                    .put("threshold", r.threshold()).put("periodSeconds", r.periodSeconds())
                    .put("evaluationPeriods", r.evaluationPeriods()).put("rationale", r.rationale())
                    .put("insightsQuery", r.insightsQuery(feed));
            ObjectNode refs = n.putObject("references");
            refs.put("securityHub", r.references().securityHub()).put("cis", r.references().cis());
            r.references().attack().forEach(refs.putArray("attack")::add);
            r.references().stratus().forEach(refs.putArray("stratus")::add);
            ArrayNode sigma = refs.putArray("sigma");
            r.references().sigma().forEach(sg -> sigma.addObject().put("id", sg.id()).put("title", sg.title())
                    .put("author", sg.author()).put("url", sg.url()).put("license", SigmaRefs.LICENSE));
            r.supersedes().forEach(n.putArray("supersedes")::add);
        }
        return rules;
    }

    /** {@code rules test --pattern P FILE|-}: match or no-match per event, in input order. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Match a filter pattern against JSON events, streamed: whatever replay reads (JSON lines, JSON arrays,"
                    + " CloudTrail files with Records, pretty-printed, gzip, UTF-8 or UTF-16), one line per event.",
                "Input that holds no event is reported on standard error with its byte range and reason."},
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {"0:every byte of the input was read", "1:invalid pattern or unreadable file",
                "3:some input was skipped (reported on standard error); the answers cover the rest"})
    static final class TestCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--pattern", required = true, description = "a JSON filter pattern, e.g. '{ $.eventName = \"StopLogging\" }'")
        String pattern;

        @Parameters(index = "0", paramLabel = "FILE|-", description = "events file, or - for standard input")
        String input;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            CompiledPattern compiled;
            try {
                compiled = FilterPattern.parse(pattern).compile();
            } catch (InvalidPatternException e) {
                err.println("trailguard: invalid pattern: " + e.getMessage());
                err.println(e.pointer());
                err.flush();
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            long[] skipped = {0};
            JsonObjectInput.Listener listener = new JsonObjectInput.Listener() {
                @Override
                public void object(JsonNode event) {
                    out.println(compiled.matches(event) ? "match" : "no-match");
                }

                @Override
                public void skipped(String where, String reason) {
                    skipped[0]++;
                    out.flush();
                    err.println("rules test: " + input + (where.isEmpty() ? "" : ": " + where) + ": " + reason);
                }
            };
            if (input.equals("-")) {
                JsonObjectInput.read(System.in, listener);
            } else {
                try (InputStream in = Files.newInputStream(Path.of(input))) {
                    JsonObjectInput.read(in, listener);
                } catch (IOException e) {
                    err.println("rules test: cannot read " + input + ": " + e.getMessage());
                    err.flush();
                    return 1;
                }
            }
            out.flush();
            err.flush();
            return skipped[0] > 0 ? 3 : 0;
        }
    }
}
