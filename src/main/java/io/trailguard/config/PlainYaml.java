package io.trailguard.config;

import io.trailguard.config.StackYaml.YamlProblem;
import io.trailguard.config.YNode.YList;
import io.trailguard.config.YNode.YMap;
import io.trailguard.config.YNode.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as plain values, read with the rules the Pulumi CLI reads Pulumi.yaml and stack files by (go-yaml
 * yaml.v3, as {@link StackYaml} applies them): maps with string keys, lists, and scalars as yaml.v3 resolves them
 * (String, BigInteger, Double, Boolean or null).
 */
public final class PlainYaml {

    private PlainYaml() {}

    /** The text is not YAML the CLI would read; the message carries the line and what to change. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** The document's root value; null for an empty document. */
    public static Object read(String text) {
        try {
            YNode root = StackYaml.parse(text);
            return root == null ? null : plain(root);
        } catch (YamlProblem e) {
            throw new Unreadable((e.line > 0 ? "line " + e.line + ": " : "") + e.getMessage() + (e.hint == null ? "" : " (" + e.hint + ")"));
        }
    }

    private static Object plain(YNode n) {
        if (n instanceof YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (n instanceof YList l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        return ((YScalar) n).value();
    }
}
