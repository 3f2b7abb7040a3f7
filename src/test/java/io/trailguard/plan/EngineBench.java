package io.trailguard.plan;

import io.trailguard.pulumi.PulumiConfigSizeTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The program under the SDK's own runner, as `pulumi preview` runs it: a child JVM started the way the Java language
 * host starts it, against {@link EngineStandIn} ({@link EngineConformanceTest#run}). Argument: a shipped stack (dev,
 * prod) or a number of generated member accounts added to dev. Prints one tab-separated line: stack, members,
 * registrations, seconds from start to exit, registrations per second.
 */
public final class EngineBench {

    private EngineBench() {}

    public static void main(String[] args) throws Exception {
        String which = args[0];
        boolean generated = which.chars().allMatch(Character::isDigit);
        String yaml = generated ? PulumiConfigSizeTest.stackWithAccounts(Integer.parseInt(which))
                : Files.readString(Path.of("Pulumi." + which + ".yaml"));
        Map<String, String> config = EngineConformanceTest.engineConfig(yaml);
        long start = System.nanoTime();
        // The JVM's own defaults but the heap: the language host runs the program in Maven's JVM (mvn exec:java), not with
        // the tests' C1-only flag.
        EngineConformanceTest.Run r = EngineConformanceTest.run(generated ? "dev" : which, io.trailguard.pulumi.PulumiConfigVariable.encode(config),
                "[]", true, EngineConformanceTest.HostEnv.WITH_ORGANIZATION_AND_ROOT, List.of("-Xmx768m"));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (r.exit() != 0) {
            throw new IllegalStateException(which + ": the program failed:\n" + r.out());
        }
        int registered = r.engine().registrations.size();
        System.out.printf("%s\t%s\t%d\t%.1f\t%.0f%n", generated ? "dev+" + which : which, generated ? which : "-", registered, seconds,
                registered / seconds);
    }
}
