package io.trailguard.config;

import io.trailguard.config.YNode.YList;
import io.trailguard.config.YNode.YMap;
import io.trailguard.config.YNode.YScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Typed reads from a {@link YNode} tree that never throw: every problem becomes a {@link ConfigError} with
 * its key path and line, and the read returns a default so binding can go on and find the next problem.
 */
final class ConfigReader {

    private final List<ConfigError> errors = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();
    private final java.util.Set<String> secretPaths = new java.util.HashSet<>();

    /** Paths whose value is an encrypted stack value: opaque offline, so no check of its content applies. */
    java.util.Set<String> secretPaths() {
        return secretPaths;
    }

    List<ConfigError> errors() {
        return errors;
    }

    /** Line of the value at {@code path}, or 0. */
    int lineOf(String path) {
        return lines.getOrDefault(path, 0);
    }

    Map<String, Integer> lines() {
        return lines;
    }

    void error(String path, int line, String message, String hint) {
        errors.add(new ConfigError(path, message, hint, line));
    }

    void record(String path, YNode n) {
        if (n != null) {
            lines.putIfAbsent(path, n.line());
        }
    }

    /** The map at path, or null (with an error when present but not a map). */
    YMap map(String path, YNode n) {
        record(path, n);
        if (n == null || (n instanceof YScalar s && s.isNull())) {
            return null;
        }
        if (n instanceof YMap m) {
            return m;
        }
        error(path, n.line(), "expected a map, found " + n.kind(), null);
        return null;
    }

    /** Reports every key of {@code m} not in {@code allowed}, with the nearest allowed key as a hint. */
    void onlyKeys(String path, YMap m, Collection<String> allowed) {
        if (m == null) {
            return;
        }
        for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String near = DidYouMean.nearest(e.getKey(), allowed);
                error(join(path, e.getKey()), e.getValue().line(), "unknown key",
                        near != null ? "did you mean `" + near + "`?" : "valid keys: " + String.join(", ", allowed));
            }
        }
    }

    YNode child(YMap m, String key) {
        return m == null ? null : m.entries().get(key);
    }

    boolean present(YMap m, String key) {
        YNode n = child(m, key);
        return n != null && !(n instanceof YScalar s && s.isNull());
    }

    String string(YMap m, String path, String key, String dflt, boolean required) {
        String p = join(path, key);
        YNode n = child(m, key);
        record(p, n);
        if (n == null || (n instanceof YScalar s && s.isNull())) {
            if (required && m != null) {
                error(p, m.line(), "is required", null);
            } else if (required) {
                error(p, 0, "is required", null);
            }
            return dflt;
        }
        if (n instanceof YScalar s) {
            if (s.quoted() && s.value().equals(YamlTrees.SECRET)) {
                secretPaths.add(p);
            }
            return s.value();
        }
        error(p, n.line(), "expected a string, found " + n.kind(), null);
        return dflt;
    }

    /** An AWS account id: 12 digits written as a quoted string (a bare number loses leading zeros). */
    String accountId(YMap m, String path, String key, boolean required) {
        String p = join(path, key);
        YNode n = child(m, key);
        if (n instanceof YScalar s && (s.type().equals("int") || s.type().equals("float")) && !s.quoted()) {
            record(p, n);
            error(p, n.line(), "account id " + s.value() + " must be a quoted string",
                    "write it as \"" + s.value() + "\"; a bare number loses leading zeros");
            return s.value();
        }
        String v = string(m, path, key, null, required);
        if (v != null && !v.matches("\\d{12}")) {
            error(p, lineOf(p), "`" + v + "` is not an AWS account id", "exactly 12 digits, quoted");
        }
        return v;
    }

    int integer(YMap m, String path, String key, int dflt) {
        return wholeNumber(m, path, key, dflt, Integer::parseInt);
    }

    long longValue(YMap m, String path, String key, long dflt) {
        return wholeNumber(m, path, key, dflt, Long::parseLong);
    }

    private <N extends Number> N wholeNumber(YMap m, String path, String key, N dflt, java.util.function.Function<String, N> parse) {
        String p = join(path, key);
        YNode n = child(m, key);
        record(p, n);
        if (n == null || (n instanceof YScalar s0 && s0.isNull())) {
            return dflt;
        }
        if (n instanceof YScalar s) {
            try {
                return parse.apply(s.value().trim());
            } catch (NumberFormatException e) {
                error(p, n.line(), "expected a whole number, found `" + s.value() + "`", null);
                return dflt;
            }
        }
        error(p, n.line(), "expected a whole number, found " + n.kind(), null);
        return dflt;
    }

    /** Integer override: null when absent. */
    Integer optionalInteger(YMap m, String path, String key) {
        return present(m, key) ? integer(m, path, key, 0) : null;
    }

    boolean bool(YMap m, String path, String key, boolean dflt) {
        String p = join(path, key);
        YNode n = child(m, key);
        record(p, n);
        if (n == null || (n instanceof YScalar s0 && s0.isNull())) {
            return dflt;
        }
        if (n instanceof YScalar s && s.type().equals("bool")) {
            return Boolean.parseBoolean(s.value().toLowerCase(Locale.ROOT));
        }
        error(p, n.line(), "expected true or false, found " + describe(n), "yes/no/on/off are strings for Pulumi; write true or false");
        return dflt;
    }

    /** Optional boolean: null when absent. */
    Boolean optionalBool(YMap m, String path, String key) {
        return present(m, key) ? bool(m, path, key, false) : null;
    }

    <E extends Enum<E>> E enumValue(YMap m, String path, String key, Class<E> type, E dflt) {
        String v = string(m, path, key, null, false);
        if (v == null) {
            return dflt;
        }
        return parseEnum(join(path, key), lineOf(join(path, key)), v, type, dflt);
    }

    <E extends Enum<E>> E parseEnum(String path, int line, String v, Class<E> type, E dflt) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        List<String> valid = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        error(path, line, "`" + v + "` is not valid", "one of: " + String.join(", ", valid));
        return dflt;
    }

    List<String> strings(YMap m, String path, String key, List<String> dflt) {
        String p = join(path, key);
        YNode n = child(m, key);
        record(p, n);
        if (n == null || (n instanceof YScalar s0 && s0.isNull())) {
            return dflt;
        }
        if (!(n instanceof YList l)) {
            error(p, n.line(), "expected a list of strings, found " + n.kind(), "write it as [a, b] or one `- item` per line");
            return dflt;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            YNode item = l.items().get(i);
            record(p + "[" + i + "]", item);
            if (item instanceof YScalar s && !s.isNull()) {
                out.add(s.value());
            } else {
                error(p + "[" + i + "]", item.line(), "expected a string, found " + item.kind(), null);
            }
        }
        return List.copyOf(out);
    }

    /** Each list item bound by {@code bind(path[i], node)}; items that fail to bind are skipped (errors recorded). */
    <T> List<T> list(YMap m, String path, String key, BiFunction<String, YNode, T> bind) {
        String p = join(path, key);
        YNode n = child(m, key);
        record(p, n);
        if (n == null || (n instanceof YScalar s0 && s0.isNull())) {
            return List.of();
        }
        if (!(n instanceof YList l)) {
            error(p, n.line(), "expected a list, found " + n.kind(), null);
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            String ip = p + "[" + i + "]";
            YNode item = l.items().get(i);
            record(ip, item);
            T v = bind.apply(ip, item);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** A map of string keys to string lists, in config order. */
    Map<String, List<String>> stringListMap(YMap m, String path, String key) {
        String p = join(path, key);
        YMap inner = map(p, child(m, key));
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (inner == null) {
            return out;
        }
        for (String k : inner.entries().keySet()) {
            YNode v = inner.entries().get(k);
            if (v instanceof YScalar s && !s.isNull()) {
                record(join(p, k), v);
                out.put(k, List.of(s.value()));
            } else {
                out.put(k, strings(inner, p, k, List.of()));
            }
        }
        return out;
    }

    static String join(String path, String key) {
        if (path == null || path.isEmpty()) {
            return key;
        }
        return path.endsWith(":") ? path + key : path + "." + key;
    }

    private static String describe(YNode n) {
        return n instanceof YScalar s ? "`" + s.value() + "`" : n.kind();
    }
}
