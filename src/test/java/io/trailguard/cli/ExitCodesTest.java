package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors exit 1 in every command (2 is coverage's "gaps"), and every command's --help lists its exit codes. */
class ExitCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"check", "plan", "diff", "rules", "replay", "coverage"})
    void aUsageErrorExitsOneAndHelpListsTheExitCodes(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(1, Main.run(new PrintWriter(out), new PrintWriter(err), command, "--no-such-option"), err::toString);
        StringWriter help = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(help), new PrintWriter(new StringWriter()), command, "--help"));
        assertTrue(help.toString().contains("Exit codes:") && help.toString().contains("usage error"), help::toString);
    }

    @org.junit.jupiter.api.Test
    void aMissingDiffBaseSuggestsWhatWorks() {
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> BaseConfig.load("no-such-ref-for-this-test", java.nio.file.Path.of("Pulumi.dev.yaml")));
        assertTrue(e.getMessage().contains("./trailguard plan --stack"), e.getMessage());
        assertTrue(!e.getMessage().contains("empty stack file"), e.getMessage());
    }
}
