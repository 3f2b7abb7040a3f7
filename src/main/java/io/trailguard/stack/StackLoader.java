package io.trailguard.stack;

import com.pulumi.Context;
import io.trailguard.config.ConfigError;
import io.trailguard.config.ConfigLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.StackConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import io.trailguard.guardrails.GuardrailPlan;
import io.trailguard.pulumi.EngineConfig;

/**
 * Loads and fully validates stack config, the core checks plus those of the detection rules and guardrails,
 * from a stack file (offline commands) or from Pulumi config (the program): the same checks either way.
 */
public final class StackLoader {

    private StackLoader() {}

    /** Every check beyond the config package's own: rule ids, guarded operations, filter limits, SCP sizes and counts. */
    static List<Function<StackConfig, List<ConfigError>>> checks() {
        return List.of(DetectionChecks::check, SelectorChecks::check, ResponseChecks::check,
                c -> GuardrailPlan.check(ComponentArgs.guardrails(c)), StackSetLimits::check);
    }

    public static LoadResult fromFile(Path stackFile) {
        return ConfigLoader.fromStackFile(stackFile, checks());
    }

    public static LoadResult fromYaml(String text, String source) {
        return ConfigLoader.fromStackYaml(text, source, checks());
    }

    /** Reads the stack's config as the running program sees it under {@code pulumi up} / {@code preview}. */
    public static LoadResult fromPulumi(Context ctx) {
        return fromPulumi(ctx, EngineConfig.fromEnvironment(System.getenv()));
    }

    /**
     * With the config the engine passed: the Java SDK offers no enumeration of keys, so they come from the
     * {@code PULUMI_CONFIG} object, letting a misspelled top-level key fail the run instead of being ignored.
     *
     * @throws EngineConfig.UnreadableException when the engine's variables cannot be read
     */
    public static LoadResult fromPulumi(Context ctx, EngineConfig engine) {
        var cfg = ctx.config();
        return ConfigLoader.fromPulumiConfig(cfg::get, engine.keys(), engine.secretKeys(), "Pulumi." + ctx.stackName() + ".yaml", checks());
    }
}
