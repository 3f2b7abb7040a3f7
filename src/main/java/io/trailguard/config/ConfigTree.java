package io.trailguard.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.YNode.YList;
import io.trailguard.config.YNode.YMap;
import io.trailguard.config.YNode.YScalar;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A stack file's {@code config:} map as the JSON the program receives under {@code pulumi up} (PULUMI_CONFIG:
 * every structured value JSON-encoded), with the line and source text of every value so that errors can
 * point into the file.
 *
 * @param config  the {@code config:} object, keys with their namespace
 * @param lines   JSON pointer inside {@code config} to 1-based line
 * @param texts   JSON pointer of a scalar to the text as written (for messages about how it was read)
 * @param secrets pointers of {@code secure:} values: encrypted, so their content is not checked offline
 */
record ConfigTree(ObjectNode config, Map<String, Integer> lines, Map<String, String> texts, Set<String> secrets) {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Lines of the stack file's own keys (beside {@code config:}) are kept under this prefix. */
    static final String FILE_KEY_PREFIX = "file:";

    static ConfigTree empty() {
        return new ConfigTree(F.objectNode(), new HashMap<>(), new HashMap<>(), new HashSet<>());
    }

    int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer l = lines.get(p);
            if (l != null && l > 0) {
                return l;
            }
            int cut = p.lastIndexOf('/');
            if (cut <= 0) {
                return 0;
            }
            p = p.substring(0, cut);
        }
    }

    /** Adds a top-level key read from a stack file. */
    void put(String key, YNode value) {
        String pointer = "/" + escape(key);
        config.set(key, toJson(value, pointer));
    }

    /** Adds a top-level key read from Pulumi config (already JSON, no lines). */
    void put(String key, JsonNode value) {
        config.set(key, value);
    }

    /** A value outside {@code config:} (or a {@code config:} that is not a map), converted without lines. */
    JsonNode fileValue(String key, YNode value) {
        lines.put(FILE_KEY_PREFIX + key, value.line());
        return toJson(value, FILE_KEY_PREFIX + key);
    }

    private JsonNode toJson(YNode n, String pointer) {
        lines.put(pointer, n.line());
        if (n instanceof YMap m) {
            if (isSecure(m)) {
                secrets.add(pointer);
                return F.textNode(SECRET); // the ciphertext is never a value: offline the plan shows where the secret goes
            }
            ObjectNode o = F.objectNode();
            m.entries().forEach((k, v) -> o.set(k, toJson(v, pointer + "/" + escape(k))));
            return o;
        }
        if (n instanceof YList l) {
            ArrayNode a = F.arrayNode();
            for (int i = 0; i < l.items().size(); i++) {
                a.add(toJson(l.items().get(i), pointer + "/" + i));
            }
            return a;
        }
        YScalar s = (YScalar) n;
        texts.put(pointer, s.text());
        return switch (s.type()) {
            case "int" -> F.numberNode((BigInteger) s.value());
            case "float" -> Double.isFinite((Double) s.value()) ? F.numberNode((Double) s.value()) : F.textNode(s.text());
            case "bool" -> F.booleanNode((Boolean) s.value());
            case "null" -> F.nullNode();
            default -> F.textNode(s.text());
        };
    }

    /** What an encrypted stack value stands for offline. */
    public static final String SECRET = "[secret]";

    /**
     * A Pulumi secret in a stack file: {@code {secure: <ciphertext>}}. The CLI decrypts it before the program runs;
     * offline it stands for a string whose content is unknown.
     */
    private static boolean isSecure(YMap m) {
        return m.entries().size() == 1 && m.entries().get("secure") instanceof YScalar s && s.type().equals("str");
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
