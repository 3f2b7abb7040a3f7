package io.trailguard.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.Context;
import io.trailguard.config.ConfigError;
import io.trailguard.config.ConfigLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.StackConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import io.trailguard.guardrails.GuardrailPlan;

/**
 * Loads and fully validates stack config, the core checks plus those of the detection rules and guardrails,
 * from a stack file (offline commands) or from Pulumi config (the program): the same checks either way.
 */
public final class StackLoader {

    private StackLoader() {}

    /** Every check beyond the config package's own: rule ids, guarded operations, filter limits, SCP sizes and counts. */
    static List<Function<StackConfig, List<ConfigError>>> checks() {
        return List.of(DetectionChecks::check, c -> GuardrailPlan.check(ComponentArgs.guardrails(c)));
    }

    public static LoadResult fromFile(Path stackFile) {
        return ConfigLoader.fromStackFile(stackFile, checks());
    }

    public static LoadResult fromYaml(String text, String source) {
        return ConfigLoader.fromStackYaml(text, source, checks());
    }

    /** Reads the stack's config as the running program sees it under {@code pulumi up} / {@code preview}. */
    public static LoadResult fromPulumi(Context ctx) {
        var cfg = ctx.config();
        return ConfigLoader.fromPulumiConfig(cfg::get, pulumiConfigKeys(), "Pulumi." + ctx.stackName() + ".yaml", checks());
    }

    /**
     * All config keys the engine passed to the program. The Java SDK offers no enumeration, but the engine hands
     * config to the language host as the {@code PULUMI_CONFIG} JSON object; reading its keys lets a misspelled
     * top-level key fail the run instead of being ignored.
     */
    static List<String> pulumiConfigKeys() {
        String raw = System.getenv("PULUMI_CONFIG");
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        try {
            JsonNode n = new ObjectMapper().readTree(raw);
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            return keys;
        } catch (Exception e) {
            return List.of();
        }
    }
}
