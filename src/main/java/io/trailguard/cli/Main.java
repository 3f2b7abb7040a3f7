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
        cli.setOut(out);
        cli.setErr(err);
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

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
