package io.trailguard.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.StackYaml.YamlProblem;
import io.trailguard.config.YNode.YMap;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads stack config from a Pulumi stack file (offline commands) or from Pulumi config (the program under
 * {@code pulumi up}). Either way: the schema checks the shape, its defaults are applied, the binder makes the
 * records, the section checks and the caller's checks judge the meaning; all problems are reported at once.
 */
public final class ConfigLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigLoader() {}

    /** Config and every problem found; {@code config} is null whenever {@code errors} is not empty. */
    public record LoadResult(StackConfig config, List<ConfigError> errors, String source, List<ConfigError> warnings) {

        public LoadResult(StackConfig config, List<ConfigError> errors, String source) {
            this(config, errors, source, List.of());
        }

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

        /** Warnings, one per line, compiler style ({@code warning:} before the message); empty when none. */
        public String warningReport() {
            StringBuilder b = new StringBuilder();
            for (ConfigError w : warnings) {
                b.append(w.format(source).replaceFirst(": ", ": warning: ")).append('\n');
            }
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
        try {
            return fromTree(StackYaml.readFile(file), source, checks);
        } catch (NoSuchFileException e) {
            return failed(source, new ConfigError("(file)", "stack file not found", "pass --stack <name> for Pulumi.<name>.yaml, or --config <path>"));
        } catch (IOException e) {
            return failed(source, new ConfigError("(file)", "cannot read: " + e.getMessage(), null));
        } catch (YamlProblem e) {
            return failed(source, new ConfigError("(file)", e.getMessage(), e.hint, e.line));
        }
    }

    /** Parses the text of a {@code Pulumi.<stack>.yaml}: a {@code config:} map holding {@code trailguard:*} keys. */
    public static LoadResult fromStackYaml(String text, String source) {
        return fromStackYaml(text, source, NO_EXTRA_CHECKS);
    }

    public static LoadResult fromStackYaml(String text, String source, List<Function<StackConfig, List<ConfigError>>> checks) {
        try {
            return fromTree(StackYaml.parse(text), source, checks);
        } catch (YamlProblem e) {
            return failed(source, new ConfigError("(file)", e.getMessage(), e.hint, e.line));
        }
    }

    private static LoadResult fromTree(YNode root, String source, List<Function<StackConfig, List<ConfigError>>> checks) {
        if (root == null || root instanceof YNode.YScalar s && s.type().equals("null")) {
            return failed(source, new ConfigError("config", "the stack file is empty",
                    "a stack file is a `config:` map with at least " + String.join(", ", StackSchema.get().requiredTopLevelKeys())
                            + " (see Pulumi.dev.yaml)"));
        }
        ConfigTree tree = ConfigTree.empty();
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        if (!(root instanceof YMap top)) {
            return failed(source, new ConfigError("(root)", "expected a map with a `config:` key, found " + root.kind(), null, root.line()));
        }
        top.entries().forEach((k, v) -> {
            if (k.equals("config") && v instanceof YMap cm) {
                tree.lines().put(ConfigTree.FILE_KEY_PREFIX + k, v.line());
                cm.entries().forEach(tree::put);
                doc.set(k, tree.config());
            } else {
                doc.set(k, tree.fileValue(k, v));
            }
        });
        return check(doc, tree, source, top.line(), checks, Set.of());
    }

    /**
     * Reads Pulumi config as the program sees it under {@code pulumi up}: strings, structured values as JSON text.
     *
     * @param get     value of a {@code trailguard:} key without its namespace
     * @param allKeys every config key of the stack with its namespace, so unknown keys are reported too
     */
    public static LoadResult fromPulumiConfig(Function<String, Optional<String>> get, Collection<String> allKeys, String source,
                                              List<Function<StackConfig, List<ConfigError>>> checks) {
        return fromPulumiConfig(get, allKeys, Set.of(), source, checks);
    }

    /** @param secretKeys the keys the engine marks secret ({@code PULUMI_CONFIG_SECRET_KEYS}), their values in plain text */
    public static LoadResult fromPulumiConfig(Function<String, Optional<String>> get, Collection<String> allKeys,
                                              Set<String> secretKeys, String source,
                                              List<Function<StackConfig, List<ConfigError>>> checks) {
        StackSchema schema = StackSchema.get();
        Set<String> keys = new LinkedHashSet<>(schema.topLevelKeys().keySet());
        allKeys.stream().filter(k -> k.startsWith(KeyPath.NAMESPACE)).forEach(keys::add);
        ConfigTree tree = ConfigTree.empty();
        for (String key : keys) {
            Optional<String> raw = get.apply(key.substring(KeyPath.NAMESPACE.length()));
            if (raw.isEmpty()) {
                continue;
            }
            JsonNode keySchema = schema.topLevelKeys().get(key);
            boolean isString = keySchema != null && schema.deref(keySchema).path("type").asText().equals("string");
            tree.put(key, isString ? JsonNodeFactory.instance.textNode(raw.get()) : parseJson(raw.get()));
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.set("config", tree.config());
        return check(doc, tree, source, 0, checks, secretKeys);
    }

    /** A stack file's {@code config:} map as the Pulumi CLI hands it to the program: strings as they are, structured values as JSON. */
    public static Map<String, String> asPulumiConfig(String stackYaml) {
        try {
            YNode root = StackYaml.parse(stackYaml);
            ConfigTree tree = ConfigTree.empty();
            ((YMap) ((YMap) root).entries().get("config")).entries().forEach(tree::put);
            Map<String, String> out = new java.util.LinkedHashMap<>();
            tree.config().fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
            return out;
        } catch (YamlProblem e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static JsonNode parseJson(String raw) {
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            return JsonNodeFactory.instance.textNode(raw); // reported by the schema as a string where a map or list belongs
        }
    }

    private static LoadResult check(ObjectNode doc, ConfigTree tree, String source, int fileLine,
                                    List<Function<StackConfig, List<ConfigError>>> checks, Set<String> engineSecretKeys) {
        List<ConfigError> misplaced = SecretPlacement.check(tree, engineSecretKeys);
        if (!misplaced.isEmpty()) {
            return failed(source, misplaced);
        }
        Set<String> secretSections = SecretPlacement.sections(tree, engineSecretKeys);
        StackSchema schema = StackSchema.get();
        List<com.networknt.schema.Error> found = schema.validate(doc);
        List<ConfigError> structural = new SchemaErrors(schema, tree).map(found, fileLine);
        if (!structural.isEmpty()) {
            // Report the meaning of everything else too, on a copy with each bad value replaced by a neutral one;
            // problems that touch a bad value's path are the structural error's, already said.
            if (!doc.path("config").isObject()) {
                return failed(source, structural);
            }
            ObjectNode repaired = SchemaRepair.repair((ObjectNode) doc.get("config").deepCopy(), found, schema);
            List<ConfigError> all = new ArrayList<>(structural);
            try {
                schema.applyDefaults(repaired, schema.configSchema());
                StackConfig config = ConfigBinder.bind(repaired, secretSections);
                for (ConfigError e : ConfigValidator.check(config, List.of()).errors()) {
                    if (!touches(e.path(), structural) && !isSecret(tree, e.path())) {
                        all.add(e.atLine(tree.lineOf(KeyPath.parse(e.path()).pointer())));
                    }
                }
            } catch (RuntimeException e) {
                // a consequence of a shape error already reported
            }
            return failed(source, all);
        }
        schema.applyDefaults(tree.config(), schema.configSchema());
        StackConfig config = ConfigBinder.bind(tree.config(), secretSections);
        ConfigValidator.Findings findings = ConfigValidator.check(config, checks);
        List<ConfigError> errors = new ArrayList<>();
        for (ConfigError e : findings.errors()) {
            if (!isSecret(tree, e.path())) {
                errors.add(e.line() > 0 ? e : e.atLine(tree.lineOf(KeyPath.parse(e.path()).pointer())));
            }
        }
        List<ConfigError> warnings = findings.warnings().stream()
                .map(w -> w.line() > 0 ? w : w.atLine(tree.lineOf(KeyPath.parse(w.path()).pointer()))).toList();
        return errors.isEmpty() ? new LoadResult(config, List.of(), source, warnings) : failed(source, errors);
    }

    /** Whether a path is a structural error's path, inside it, or encloses it. */
    private static boolean touches(String path, List<ConfigError> structural) {
        for (ConfigError s : structural) {
            String o = s.path();
            if (path.equals(o) || isUnder(path, o) || isUnder(o, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnder(String path, String ancestor) {
        return path.startsWith(ancestor) && path.length() > ancestor.length()
                && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
    }

    private static boolean isSecret(ConfigTree tree, String path) {
        String pointer = KeyPath.parse(path).pointer();
        return tree.secrets().stream().anyMatch(s -> pointer.equals(s) || pointer.startsWith(s + "/"));
    }

    private static LoadResult failed(String source, ConfigError e) {
        return new LoadResult(null, List.of(e), source);
    }

    /** Compiler order: by line, errors without a line last; discovery order among equals. */
    private static LoadResult failed(String source, List<ConfigError> errors) {
        List<ConfigError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(e -> e.line() > 0 ? e.line() : Integer.MAX_VALUE));
        return new LoadResult(null, List.copyOf(sorted), source);
    }
}
