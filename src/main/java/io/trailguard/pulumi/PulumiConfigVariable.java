package io.trailguard.pulumi;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code PULUMI_CONFIG} environment variable the Java language host hands the program: one JSON object of
 * string values, a structured value JSON-encoded into its string (pulumi/pulumi-java
 * {@code pkg/cmd/pulumi-language-java/main.go}: {@code constructConfig} marshals {@code RunRequest.config}, a
 * {@code map<string,string>}; {@code constructEnv} appends {@code PULUMI_CONFIG=<json>} to the child's environment).
 * <p>
 * Linux refuses to start a process when one {@code NAME=value} string of its environment, with its terminating NUL,
 * is longer than {@code MAX_ARG_STRLEN} = 32 pages = 131,072 bytes ({@code include/uapi/linux/binfmts.h};
 * {@code execve} fails with E2BIG), so a large organization in one stack cannot start at all (pulumi/pulumi#8680,
 * #20402).
 */
public final class PulumiConfigVariable {

    public static final String NAME = "PULUMI_CONFIG";

    /** Linux's MAX_ARG_STRLEN: the longest single environment string execve accepts, NUL included. */
    public static final int MAX_ARG_STRLEN = 32 * 4096;

    /**
     * Where {@code check} stops: half the kernel's limit, so a stack that passes today keeps room for the accounts
     * onboarded before it is split, and for what the CLI may add (environments, provider keys) that check cannot see.
     */
    public static final int LIMIT = 64 * 1024;

    private PulumiConfigVariable() {}

    /**
     * The engine's view of a stack's config: every key of the merged config (project defaults included), a scalar as
     * its text, a list or map JSON-encoded as the CLI encodes an object value. A {@code secure:} value is counted by
     * its ciphertext, which is longer than the plaintext the engine actually passes.
     */
    public static Map<String, String> engineView(Map<String, Object> mergedConfig) {
        Map<String, String> out = new TreeMap<>();
        mergedConfig.forEach((k, v) -> out.put(k, text(v)));
        return out;
    }

    private static String text(Object v) {
        if (ProjectConfigRules.isSecure(v)) {
            return String.valueOf(((Map<?, ?>) v).get("secure"));
        }
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            return GoJson.marshal(v);
        }
        return v == null ? "" : String.valueOf(v);
    }

    /** The variable's value as the host writes it. */
    public static String encode(Map<String, String> engineView) {
        return GoJson.marshal(new LinkedHashMap<>(engineView));
    }

    /** Bytes of the {@code PULUMI_CONFIG=<json>} environment string including its NUL, the figure execve limits. */
    public static int environmentBytes(Map<String, String> engineView) {
        return NAME.length() + 1 + encode(engineView).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** One line for the plan: the variable's size against the kernel's limit and check's. */
    public static String describe(int bytes) {
        return String.format("PULUMI_CONFIG: %,d bytes (%.0f%% of Linux's %,d-byte limit for one environment string; check stops at %,d)",
                bytes, 100.0 * bytes / MAX_ARG_STRLEN, MAX_ARG_STRLEN, LIMIT);
    }
}
