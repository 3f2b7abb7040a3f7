package io.trailguard;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.exceptions.RunException;
import io.trailguard.config.ConfigError;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.org.CoverageGate;
import io.trailguard.org.CoverageGateException;
import io.trailguard.pulumi.EngineConfig;
import io.trailguard.stack.StackLoader;
import io.trailguard.stack.Trailguard;

/** The Pulumi program: load config, validate all of it, and only then build the components. */
public final class App {

    private App() {}

    public static void main(String[] args) {
        keepAsyncTasksOnTheCommonPool();
        try {
            EngineConfig.fromEnvironment(System.getenv());
        } catch (EngineConfig.UnreadableException e) {
            // The SDK parses the same variables as Pulumi.run starts and dies with a stack trace before any engine
            // log exists; the language host shows a failed program's stderr (pulumi-java
            // pkg/cmd/pulumi-language-java/main.go, Run).
            System.err.println("error: " + e.getMessage() + "; nothing was registered.");
            System.exit(1);
        }
        Pulumi.run(App::stack);
    }

    static final String POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    /**
     * The SDK runs every task with {@code CompletableFuture.runAsync/supplyAsync} and no executor, and its runner's loop
     * re-queues itself that way (1.36.1 {@code DeploymentImpl.DefaultRunner}). Without an executor, CompletableFuture
     * uses the common pool only when the pool's parallelism is above 1, and otherwise starts a new thread per task (JDK 17
     * {@code java.util.concurrent.CompletableFuture}: {@code USE_COMMON_POOL}, {@code ThreadPerTaskExecutor}); the JVM
     * gives the pool one thread less than it has processors, so on two cores every task was a new thread. The setting
     * is read once, when the pool is first used: it takes effect where App is the first to use it (a {@code java}
     * run); under {@code mvn exec:java} Maven has used the pool already (measured with PoolProbe), and a value the
     * user set stays. README says what to set on two-core runners then.
     */
    static void keepAsyncTasksOnTheCommonPool() {
        if (System.getProperty(POOL_PARALLELISM) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(POOL_PARALLELISM, "2");
        }
    }

    static void stack(Context ctx) {
        LoadResult loaded;
        try {
            loaded = StackLoader.fromPulumi(ctx);
        } catch (EngineConfig.UnreadableException e) {
            ctx.log().error(e.getMessage());
            throw new RunException("the engine's config could not be read; nothing was registered.");
        }
        if (!loaded.ok()) {
            for (ConfigError e : loaded.errors()) {
                ctx.log().error(e.format(null));
            }
            // RunException ends the program with its message and no stack trace; nothing has been registered.
            throw new RunException(loaded.errors().size() + " config error(s) in " + loaded.source()
                    + "; nothing was registered. Run ./trailguard check --stack " + ctx.stackName() + " to see them offline.");
        }
        try {
            CoverageGate.run(loaded.config(), ctx.log()::warn);
        } catch (CoverageGateException e) {
            ctx.log().error(e.getMessage());
            // Gaps, or an organization that could not be read: with coverage `fail` either stops the run.
            throw new RunException("the coverage check failed (trailguard:coverage is fail), see above; nothing was registered."
                    + " Run ./trailguard coverage --stack " + ctx.stackName() + " --suggest for details and the entries to add.");
        }
        Trailguard.define(ctx, loaded.config());
    }
}
