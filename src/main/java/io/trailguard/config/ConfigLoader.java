package io.trailguard.config;

import io.trailguard.config.YNode.YMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads stack config from a Pulumi stack file (offline commands) or from Pulumi config (the program under
 * {@code pulumi up}); both go through the same binder and validator and yield the same records.
 */
public final class ConfigLoader {

    private ConfigLoader() {}

    /** Config and every problem found; {@code config} is null whenever {@code errors} is not empty. */
    public record LoadResult(StackConfig config, List<ConfigError> errors, String source) {
        public boolean ok() {
            return errors.isEmpty();
        }

        /** All errors, one per line, compiler style. */
        public String report() {
            StringBuilder b = new StringBuilder();
            for (ConfigError e : errors) {
                b.append(e.format(source)).append('\n');
            }
            b.append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(" in ").append(source).append('\n');
            return b.toString();
        }
    }

    /** Checks of other concerns to run after the core validation (see {@link ConfigValidator#validate}). */
    public static final List<Function<StackConfig, List<ConfigError>>> NO_EXTRA_CHECKS = List.of();

    public static LoadResult fromStackFile(Path file) {
        return fromStackFile(file, NO_EXTRA_CHECKS);
    }

    public static LoadResult fromStackFile(Path file, List<Function<StackConfig, List<ConfigError>>> checks) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return failed(source, new ConfigError("(file)", "stack file not found", "pass --stack <name> for Pulumi.<name>.yaml, or --config <path>"));
        } catch (IOException e) {
            return failed(source, new ConfigError("(file)", "cannot read: " + e.getMessage(), null));
        }
        return fromStackYaml(text, source, checks);
    }

    /** Parses the text of a {@code Pulumi.<stack>.yaml}: a {@code config:} map holding {@code trailguard:*} keys. */
    public static LoadResult fromStackYaml(String text, String source) {
        return fromStackYaml(text, source, NO_EXTRA_CHECKS);
    }

    public static LoadResult fromStackYaml(String text, String source, List<Function<StackConfig, List<ConfigError>>> checks) {
        YNode root;
        try {
            root = YamlTrees.parse(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            return failed(source, new ConfigError("(yaml)", "invalid YAML: " + problem, "check indentation and quoting near this line", line));
        } catch (YAMLException e) {
            return failed(source, new ConfigError("(yaml)", "invalid YAML: " + e.getMessage(), null));
        }
        if (root == null) {
            return failed(source, new ConfigError("config", "the stack file is empty", "expected a `config:` map with trailguard:* keys (see Pulumi.dev.yaml)"));
        }
        if (!(root instanceof YMap top)) {
            return failed(source, new ConfigError("(root)", "expected a map with a `config:` key, found " + root.kind(), null, root.line()));
        }
        List<ConfigError> early = new ArrayList<>();
        for (String k : top.entries().keySet()) {
            if (!List.of("config", "secretsprovider", "encryptedkey", "encryptionsalt", "environment").contains(k)) {
                early.add(new ConfigError(k, "unknown key in a stack file", "trailguard settings live under `config:`", top.entries().get(k).line()));
            }
        }
        YNode config = top.entries().get("config");
        if (!(config instanceof YMap cm)) {
            early.add(new ConfigError("config", config == null ? "is missing" : "expected a map, found " + config.kind(),
                    "the stack file needs a `config:` map with trailguard:* keys", config == null ? top.line() : config.line()));
            return new LoadResult(null, early, source);
        }
        Map<String, YNode> values = new LinkedHashMap<>();
        cm.entries().forEach((k, v) -> {
            if (k.startsWith(ConfigBinder.NS)) {
                values.put(k.substring(ConfigBinder.NS.length()), v);
            } else if (!k.contains(":")) {
                early.add(new ConfigError(k, "config key without a namespace", "write it as trailguard:" + k, v.line()));
            }
        });
        return bind(values, source, early, checks);
    }

    /**
     * Reads Pulumi config as the program sees it under {@code pulumi up}: structured values arrive as JSON
     * text (which the YAML parser reads as well).
     *
     * @param get     value of a {@code trailguard:} key without its namespace
     * @param allKeys every config key of the stack with its namespace, so unknown keys are reported too
     */
    public static LoadResult fromPulumiConfig(Function<String, Optional<String>> get, Collection<String> allKeys, String source,
                                              List<Function<StackConfig, List<ConfigError>>> checks) {
        Map<String, YNode> values = new LinkedHashMap<>();
        List<ConfigError> early = new ArrayList<>();
        List<String> keys = new ArrayList<>(ConfigBinder.TOP_LEVEL_KEYS);
        for (String full : allKeys) {
            if (full.startsWith(ConfigBinder.NS) && !keys.contains(full.substring(ConfigBinder.NS.length()))) {
                keys.add(full.substring(ConfigBinder.NS.length()));
            }
        }
        for (String key : keys) {
            Optional<String> raw = get.apply(key);
            if (raw.isEmpty()) {
                continue;
            }
            try {
                YNode n = YamlTrees.parse(raw.get());
                values.put(key, n == null ? new YNode.YScalar("", "null", false, 0) : n);
            } catch (YAMLException e) {
                // A plain string such as `scope: accounts:1,2` is not valid YAML/JSON on its own; keep it as text.
                values.put(key, new YNode.YScalar(raw.get(), "str", true, 0));
            }
        }
        return bind(values, source, early, checks);
    }

    private static LoadResult bind(Map<String, YNode> values, String source, List<ConfigError> early,
                                   List<Function<StackConfig, List<ConfigError>>> checks) {
        ConfigReader reader = new ConfigReader();
        StackConfig config = new ConfigBinder(reader).bind(values);
        List<ConfigError> errors = new ArrayList<>(early);
        errors.addAll(reader.errors());
        List<ConfigError> semantic;
        try {
            semantic = ConfigValidator.validate(config, checks);
        } catch (RuntimeException e) {
            if (errors.isEmpty()) {
                throw e;
            }
            semantic = List.of(); // a consequence of a shape error already reported
        }
        for (ConfigError e : semantic) {
            if (reader.secretPaths().contains(e.path())) {
                continue; // an encrypted value cannot be checked offline; the program checks it under the engine
            }
            errors.add(e.line() > 0 ? e : e.atLine(nearestLine(reader.lines(), e.path())));
        }
        // Compiler order: by line, errors without a line last; discovery order among equals (stable sort).
        errors.sort(java.util.Comparator.comparingInt(e -> e.line() > 0 ? e.line() : Integer.MAX_VALUE));
        return errors.isEmpty() ? new LoadResult(config, List.of(), source) : new LoadResult(null, List.copyOf(errors), source);
    }

    private static int nearestLine(Map<String, Integer> lines, String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer l = lines.get(p);
            if (l != null && l > 0) {
                return l;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                break;
            }
            p = p.substring(0, cut);
        }
        return 0;
    }

    private static LoadResult failed(String source, ConfigError e) {
        return new LoadResult(null, List.of(e), source);
    }
}
