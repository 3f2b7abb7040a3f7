package io.trailguard.testing;

import io.trailguard.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
public record Cli(int exit, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** True when nothing printed looks like a Java stack trace. */
    public boolean noStackTrace() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception in thread") && !all.matches("(?s).*\\bjava\\.lang\\.\\w+(Exception|Error)\\b.*");
    }
}
