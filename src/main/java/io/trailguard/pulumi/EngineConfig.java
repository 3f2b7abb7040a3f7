package io.trailguard.pulumi;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The config the engine handed the running program, read from the two variables the Java language host sets
 * ({@code PULUMI_CONFIG}, a JSON object of strings, and {@code PULUMI_CONFIG_SECRET_KEYS}, a JSON list of keys;
 * pulumi/pulumi-java {@code pkg/cmd/pulumi-language-java/main.go} {@code constructEnv}). Parsed the way the SDK's
 * {@code DeploymentImpl.Config.parseConfig}/{@code parseConfigSecretKeys} parse them (com.pulumi:pulumi 1.36.1: Gson to
 * a {@code JsonElement}, {@code getAsJsonObject}, each value {@code getAsString}, keys {@code ns:config:k} read as
 * {@code ns:k}), so the program sees exactly the keys the SDK's {@code Config} serves.
 */
public record EngineConfig(Map<String, String> values, Set<String> secretKeys) {

    public static final String SECRET_KEYS = "PULUMI_CONFIG_SECRET_KEYS";

    /** The variables cannot be read; the message names the variable and what was expected. */
    public static final class UnreadableException extends RuntimeException {
        UnreadableException(String message) {
            super(message);
        }
    }

    public static final EngineConfig EMPTY = new EngineConfig(Map.of(), Set.of());

    /** From the process environment; absent variables mean no config (the host omits an empty one). */
    public static EngineConfig fromEnvironment(Map<String, String> env) {
        Map<String, String> values = Map.of();
        Set<String> secret = Set.of();
        String raw = env.get(PulumiConfigVariable.NAME);
        if (raw != null && !raw.isBlank()) {
            try {
                values = parseConfig(raw);
            } catch (RuntimeException e) {
                throw new UnreadableException(PulumiConfigVariable.NAME + " (" + raw.length() + " characters) is not a JSON object of strings: "
                        + rootMessage(e) + "; the engine writes it for the program, so run the program through `pulumi preview`/`pulumi up`");
            }
        }
        String rawSecret = env.get(SECRET_KEYS);
        if (rawSecret != null && !rawSecret.isBlank()) {
            try {
                secret = parseSecretKeys(rawSecret);
            } catch (RuntimeException e) {
                throw new UnreadableException(SECRET_KEYS + " is not a JSON list of config keys: " + rootMessage(e));
            }
        }
        return new EngineConfig(Map.copyOf(values), Set.copyOf(secret));
    }

    private static Map<String, String> parseConfig(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonElement root = new Gson().fromJson(raw, JsonElement.class);
        if (root == null) {
            throw new IllegalStateException("empty document");
        }
        root.getAsJsonObject().entrySet().forEach(e -> out.put(cleanKey(e.getKey()), e.getValue().getAsString()));
        return out;
    }

    private static Set<String> parseSecretKeys(String raw) {
        Set<String> out = new LinkedHashSet<>();
        JsonElement root = new Gson().fromJson(raw, JsonElement.class);
        if (root == null) {
            throw new IllegalStateException("empty document");
        }
        root.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }

    /** The SDK's {@code cleanKey}: {@code ns:config:name} is {@code ns:name}. */
    private static String cleanKey(String key) {
        int colon = key.indexOf(':');
        if (colon > 0 && key.substring(colon + 1).startsWith("config:")) {
            return key.substring(0, colon) + ":" + key.substring(colon + 1 + "config:".length());
        }
        return key;
    }

    public List<String> keys() {
        return values.keySet().stream().sorted().toList();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
