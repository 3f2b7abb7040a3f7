package io.trailguard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The offline commands: everything here works without AWS credentials except {@code coverage} (and {@code verify} of an S3 source or without a key file). */
@Command(name = "trailguard",
        mixinStandardHelpOptions = true,
        version = "trailguard 0.1.0",
        description = "Plan, check, test and replay an organization's insider-attack detection offline.",
        subcommands = {
            CommandLine.HelpCommand.class,
            CheckCommand.class,
            PlanCommand.class,
            DiffCommand.class,
            RulesCommand.class,
            ReplayCommand.class,
            CoverageCommand.class,
            VerifyCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; never lets a stack trace reach the user. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs a command line with the given streams (tests capture them); returns the exit code. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        exitCodes(cli);
        cli.setOut(out);
        cli.setErr(err);
        // picocli's execute() swaps the writers set here for new ones on the streams its default strategy (a RunLast
        // made with the CommandLine) saw, whenever System.out or System.err has been replaced since, by anyone
        // (CommandLine.enrichForBackwardsCompatibility, picocli 4.7.7, javap: `instanceof AbstractHandler`, then
        // `handler.out() != System.out` -> setOut). A strategy that is not one of its handlers keeps the given writers.
        cli.setExecutionStrategy(parsed -> new CommandLine.RunLast().execute(parsed));
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("trailguard: " + (ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName()));
            if (System.getenv("TRAILGUARD_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        try {
            return cli.execute(args);
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }

    /**
     * Usage errors exit 1 in every command (picocli's default is 2, which {@code coverage} uses for gaps), and each
     * command's --help lists its exit codes.
     */
    private static void exitCodes(CommandLine cli) {
        java.util.Map<String, String> codes = java.util.Map.of(
                "check", "0:valid|1:invalid config (every error with its key path) or a usage error",
                "plan", "0:planned|1:invalid config or a usage error",
                "diff", "0:diffed|1:invalid config on either side, an unreadable base or a usage error",
                "rules", "0:listed, or every event matched as shown|1:invalid pattern or event, or a usage error",
                "replay", "0:replayed (hits are output, not failure)|1:invalid config, unreadable input or a usage error",
                "coverage", "0:every account covered|1:invalid config, AWS unreachable or a usage error|2:gaps: accounts not covered, unknown or suspended");
        java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(java.util.List.of(cli));
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            c.getCommandSpec().exitCodeOnInvalidInput(1);
            String list = codes.get(c.getCommandName());
            if (list != null) {
                java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
                for (String entry : list.split("\\|(?=\\d:)")) {
                    m.put(entry.substring(0, entry.indexOf(':')), entry.substring(entry.indexOf(':') + 1));
                }
                c.getCommandSpec().usageMessage().exitCodeListHeading("Exit codes:%n").exitCodeList(m);
            }
            todo.addAll(c.getSubcommands().values());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
