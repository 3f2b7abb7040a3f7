package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@link Main#run(PrintWriter, PrintWriter, String...)} writes to the writers it is given, whatever happens to
 * System.out and System.err meanwhile. picocli 4.7.7's execute() replaced them with writers on the streams its default
 * strategy saw when the CommandLine was made, whenever System.out/err had been replaced since; a test that captures
 * the System streams (RulesCommandTest) running beside a replay test sent the replay's hits and summary elsewhere:
 * exit 0 and nothing written (ReplayDamagedInputTest, once in a few suite runs).
 */
class GivenWritersTest {

    @Test
    void outputGoesToTheGivenWritersWhileAnotherThreadSwapsTheSystemStreams() throws InterruptedException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        AtomicBoolean stop = new AtomicBoolean();
        // Swaps the JVM's streams as a test that captures them does, around each Main.run of this thread.
        Thread swapper = new Thread(() -> {
            PrintStream elsewhere = new PrintStream(new ByteArrayOutputStream(), true);
            while (!stop.get()) {
                System.setOut(elsewhere);
                System.setErr(elsewhere);
                Thread.onSpinWait();
                System.setOut(out);
                System.setErr(err);
            }
        }, "system-stream-swapper");
        List<String> lost = new ArrayList<>();
        swapper.start();
        try {
            for (int i = 0; i < 40; i++) {
                StringWriter o = new StringWriter();
                StringWriter e = new StringWriter();
                int exit = Main.run(new PrintWriter(o), new PrintWriter(e), "rules", "--format", "json");
                if (exit != 0 || o.toString().isBlank()) {
                    lost.add("run " + i + ": exit " + exit + ", " + o.toString().length() + " chars out, " + e.toString().length() + " err");
                }
                StringWriter usage = new StringWriter();
                StringWriter usageErr = new StringWriter();
                exit = Main.run(new PrintWriter(usage), new PrintWriter(usageErr), "rules", "--no-such-option");
                if (exit != 1 || usageErr.toString().isBlank()) {
                    lost.add("usage error " + i + ": exit " + exit + ", nothing on the given err");
                }
            }
        } finally {
            stop.set(true);
            swapper.join();
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals(List.of(), lost, "runs whose output did not reach the writers given");
    }
}
