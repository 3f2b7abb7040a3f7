package io.trailguard.pulumi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text exactly as Go's {@code encoding/json.Marshal} writes it, which is how the Pulumi CLI encodes structured
 * config values and how the Java language host encodes {@code PULUMI_CONFIG} (pulumi/pulumi-java
 * {@code pkg/cmd/pulumi-language-java/main.go} {@code constructConfig}: {@code json.Marshal(req.GetConfig())}):
 * compact, map keys sorted, and {@code <}, {@code >}, {@code &}, U+2028 and U+2029 written as six-character escapes.
 *
 * <p>The CLI's own step is in pulumi/pulumi {@code sdk/go/common/resource/config/value.go}: {@code unmarshalValue}
 * decodes a stack file's structured value with yaml.v3 into {@code interface{}}, rewrites map keys with
 * {@code fmt.Sprintf("%v", key)} and stores {@code json.Marshal(obj)}; {@code hasSecureValue} marks the whole
 * top-level value secure when any nested value is a {@code secure:} map, and {@code Value} decrypts the nested
 * secrets and marshals the object again. So an object reaches the program as Go's JSON of the decoded YAML.
 */
final class GoJson {

    private GoJson() {}

    static String marshal(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
            b.append(v);
        } else if (v instanceof Number n) {
            double d = n.doubleValue();
            b.append(d == Math.rint(d) && Math.abs(d) < 1e21 ? String.valueOf((long) d) : String.valueOf(d));
        } else if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            m.forEach((k, x) -> sorted.put(String.valueOf(k), x));
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : sorted.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(b, e.getKey());
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(b, l.get(i));
            }
            b.append(']');
        } else {
            string(b, String.valueOf(v));
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
