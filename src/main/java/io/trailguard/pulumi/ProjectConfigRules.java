package io.trailguard.pulumi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Pulumi CLI's rules for the {@code config:} block of {@code Pulumi.yaml} and for a stack's config against it,
 * applied before the program ever starts. Followed from pulumi/pulumi {@code sdk/go/common/workspace}:
 * <ul>
 *   <li>{@code project.go} {@code RewriteShorthandConfigValues}: a scalar or list in place of a declaration is a
 *       {@code default} for a key of the project's namespace, a {@code value} for any other namespace;</li>
 *   <li>{@code project.go} {@code Project.Validate}: not both {@code default} and {@code value}; a typed array needs
 *       {@code items}; a typed default must have its type; a key of another namespace has no {@code type}, no
 *       {@code default}, and must give a {@code value};</li>
 *   <li>{@code config.go} {@code mergeConfig}: a key of the project's namespace with neither {@code default} nor
 *       {@code value} is required in every stack ("Stack 'dev' is missing configuration value ...");
 *       defaults and values fill what a stack leaves out;</li>
 *   <li>{@code config.go} {@code validateStackConfigValues}/{@code validateStackConfigValue} and {@code project.go}
 *       {@code ValidateConfigValue}: for a typed key, {@code secret: true} requires a {@code secure:} value, and the
 *       value must have the declared type (integers may be whole floats or digit strings, booleans the strings
 *       "true"/"false").</li>
 * </ul>
 * The CLI stops at the first project or type error; these rules report every one, in the CLI's words.
 */
public final class ProjectConfigRules {

    /** One broken rule: the config key as written in Pulumi.yaml or the stack file, and the CLI's message. */
    public record Violation(String key, String message) {}

    /** A {@code type}/{@code items} pair as Pulumi.yaml declares it; items is null unless type is array. */
    record TypeRef(String type, TypeRef items) {
        String fullName() {
            return items == null ? type : "array<" + items.fullName() + ">";
        }
    }

    /** One entry of Pulumi.yaml's {@code config:} after the CLI's shorthand rewrite. */
    record Declaration(String key, TypeRef type, Object dflt, Object value, boolean secret) {}

    private final String projectName;
    private final Map<String, Declaration> declarations;
    private final List<Violation> shapeErrors;

    private ProjectConfigRules(String projectName, Map<String, Declaration> declarations, List<Violation> shapeErrors) {
        this.projectName = projectName;
        this.declarations = declarations;
        this.shapeErrors = shapeErrors;
    }

    /** @param project Pulumi.yaml as read by a YAML parser (maps, lists, strings, numbers, booleans) */
    public static ProjectConfigRules of(Map<String, Object> project) {
        String name = project.get("name") instanceof String s ? s : "";
        Map<String, Declaration> out = new TreeMap<>();
        List<Violation> shape = new ArrayList<>();
        if (project.get("config") instanceof Map<?, ?> config) {
            config.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (v instanceof Map<?, ?> m) {
                    out.put(key, declaration(key, m, shape));
                } else if (isNamespacedBy(name, key)) {
                    out.put(key, new Declaration(key, null, v, null, false));
                } else {
                    out.put(key, new Declaration(key, null, null, v, false));
                }
            });
        }
        return new ProjectConfigRules(name, out, shape);
    }

    private static Declaration declaration(String key, Map<?, ?> m, List<Violation> shape) {
        TypeRef type = null;
        if (m.get("type") != null) {
            type = new TypeRef(String.valueOf(m.get("type")), items(key, m.get("items"), shape));
        }
        return new Declaration(key, type, m.get("default"), m.get("value"), Boolean.TRUE.equals(m.get("secret")));
    }

    private static TypeRef items(String key, Object items, List<Violation> shape) {
        if (!(items instanceof Map<?, ?> m)) {
            return null;
        }
        if (m.get("type") == null) {
            shape.add(new Violation(key, "items of configuration key '" + key + "' need a 'type'"));
            return null;
        }
        return new TypeRef(String.valueOf(m.get("type")), items(key, m.get("items"), shape));
    }

    public String projectName() {
        return projectName;
    }

    /** Keys of the project's namespace that every stack must set (no default, no value), namespaced. */
    public List<String> requiredKeys() {
        List<String> out = new ArrayList<>();
        declarations.values().forEach(d -> {
            if (d.dflt() == null && d.value() == null && isNamespacedBy(projectName, d.key())) {
                out.add(fullKey(d.key()));
            }
        });
        return out;
    }

    /** {@code Project.Validate}: what the CLI refuses in Pulumi.yaml itself. */
    public List<Violation> validateProject() {
        List<Violation> out = new ArrayList<>(shapeErrors);
        for (Declaration d : declarations.values()) {
            String k = d.key();
            if (d.dflt() != null && d.value() != null) {
                out.add(new Violation(k, "project config '" + k + "' cannot have both a 'default' and 'value' attribute"));
            }
            if (isNamespacedBy(projectName, k)) {
                if (d.type() != null && d.type().type().equals("array") && d.type().items() == null) {
                    out.add(new Violation(k, "The configuration key '" + k + "' declares an array but does not specify the underlying type via the 'items' attribute"));
                }
                if (d.type() != null && d.dflt() != null && !hasType(d.type(), d.dflt())) {
                    out.add(new Violation(k, "The default value specified for configuration key '" + k + "' is not of the expected type '" + d.type().fullName() + "'"));
                }
            } else {
                if (d.type() != null) {
                    out.add(new Violation(k, "Configuration key '" + k + "' is not namespaced by the project and should not define a type"));
                }
                if (d.dflt() != null) {
                    out.add(new Violation(k, "Configuration key '" + k + "' is not namespaced by the project and should not define a default value. Did you mean to use the 'value' attribute instead of 'default'?"));
                }
                if (d.value() == null) {
                    out.add(new Violation(k, "Configuration key '" + k + "' is namespaced and must provide an attribute 'value'"));
                }
            }
        }
        return out;
    }

    /**
     * {@code mergeConfig} with validation: the stack's config (keys as written in the stack file, values as parsed,
     * a secret as a map with the single key {@code secure}) against the declarations.
     */
    public List<Violation> validateStack(String stackName, Map<String, Object> stackConfig) {
        List<Violation> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, Object> merged = merged(stackConfig);
        for (Declaration d : declarations.values()) {
            String full = fullKey(d.key());
            if (!stackConfig.containsKey(full) && d.value() == null && d.dflt() == null && isNamespacedBy(projectName, d.key())) {
                missing.add(d.key());
            }
        }
        // The CLI names all missing keys in one error; one violation per key lets each carry its own key path.
        for (String k : missing) {
            out.add(new Violation(fullKey(k), "Stack '" + stackName + "' is missing configuration value " + formatKeys(List.of(k))));
        }
        for (Declaration d : declarations.values()) {
            String full = fullKey(d.key());
            if (d.type() == null || !merged.containsKey(full)) {
                continue;
            }
            Object v = merged.get(full);
            boolean secure = isSecure(v);
            if (d.secret() && !secure) {
                out.add(new Violation(full, "Stack '" + stackName + "' with configuration key '" + d.key() + "' must be encrypted as it's secret"));
                continue;
            }
            // An encrypted value's type is checked only after decryption, which needs the stack's secrets provider.
            if (!secure && !hasType(d.type(), asEngineContent(v))) {
                out.add(new Violation(full, "Stack '" + stackName + "' with configuration key '" + d.key() + "' must be of type '" + d.type().fullName() + "'"));
            }
        }
        return out;
    }

    /** The stack's config after the CLI has filled in the project's values and defaults (namespaced keys). */
    public Map<String, Object> merged(Map<String, Object> stackConfig) {
        Map<String, Object> out = new LinkedHashMap<>(stackConfig);
        for (Declaration d : declarations.values()) {
            String full = fullKey(d.key());
            if (!out.containsKey(full)) {
                Object v = d.dflt() != null ? d.dflt() : d.value();
                if (v != null) {
                    out.put(full, v);
                }
            }
        }
        return out;
    }

    /** {@code secure: <ciphertext>}, the form the CLI writes for a secret. */
    public static boolean isSecure(Object v) {
        return v instanceof Map<?, ?> m && m.size() == 1 && m.get("secure") instanceof String;
    }

    /** A scalar reaches the type check as its text; lists and maps as their JSON-decoded value. */
    private static Object asEngineContent(Object v) {
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            return v;
        }
        return v == null ? "" : String.valueOf(v);
    }

    /** {@code ValidateConfigValue}. */
    static boolean hasType(TypeRef t, Object v) {
        switch (t.type()) {
            case "string":
                return v instanceof String;
            case "integer":
                if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
                    return true;
                }
                if (v instanceof Double dv) {
                    return dv == Math.rint(dv) && !dv.isInfinite();
                }
                if (v instanceof String s) {
                    return s.matches("[+-]?\\d+") && fitsGoInt(s);
                }
                return false;
            case "boolean":
                return v instanceof Boolean || "true".equals(v) || "false".equals(v);
            default:
                if (!(v instanceof List<?> items) || t.items() == null) {
                    return false;
                }
                for (Object item : items) {
                    if (!hasType(t.items(), item)) {
                        return false;
                    }
                }
                return true;
        }
    }

    /** Go's {@code strconv.Atoi} on a 64-bit platform. */
    private static boolean fitsGoInt(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The CLI's message when several keys are missing at once ({@code missingStackConfigurationKeysError}). */
    public static String missingKeysMessage(String stackName, List<String> keys) {
        return "Stack '" + stackName + "' is missing configuration " + (keys.size() == 1 ? "value " : "values ") + formatKeys(keys);
    }

    /** {@code formatMissingKeys}: 'a', 'b' and 'c', sorted. */
    static String formatKeys(List<String> keys) {
        List<String> sorted = keys.stream().sorted().toList();
        if (sorted.size() == 1) {
            return "'" + sorted.get(0) + "'";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            if (i == sorted.size() - 1) {
                b.append("and '").append(sorted.get(i)).append("'");
            } else if (i == sorted.size() - 2) {
                b.append("'").append(sorted.get(i)).append("' ");
            } else {
                b.append("'").append(sorted.get(i)).append("', ");
            }
        }
        return b.toString();
    }

    /** {@code configKeyIsNamespacedByProject}. */
    static boolean isNamespacedBy(String project, String key) {
        return !key.contains(":") || key.startsWith(project + ":");
    }

    /** {@code parseConfigKey}: a key without a namespace belongs to the project. */
    String fullKey(String key) {
        return key.contains(":") ? key : projectName + ":" + key;
    }
}
