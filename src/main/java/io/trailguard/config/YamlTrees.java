package io.trailguard.config;

import io.trailguard.config.YNode.YList;
import io.trailguard.config.YNode.YMap;
import io.trailguard.config.YNode.YScalar;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** YAML (and therefore JSON) text to {@link YNode} trees, keeping line numbers and quoting. */
final class YamlTrees {

    private YamlTrees() {}

    /** Composes a document; null for an empty one. Throws {@link org.yaml.snakeyaml.error.YAMLException} when malformed. */
    static YNode parse(String text) {
        LoaderOptions opts = new LoaderOptions();
        opts.setAllowDuplicateKeys(false);
        opts.setMaxAliasesForCollections(50);
        opts.setCodePointLimit(16 * 1024 * 1024);
        Yaml yaml = new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(opts),
                new org.yaml.snakeyaml.representer.Representer(new DumperOptions()), new DumperOptions(), opts,
                new PulumiYamlResolver());
        Node root = yaml.compose(new StringReader(text));
        return root == null ? null : convert(root);
    }

    /**
     * What an encrypted value ({@code secure: v1:...}, written by {@code pulumi config set --secret [--path]}) binds to
     * offline: the ciphertext cannot be read without the stack's secrets provider, so the value stays opaque and the
     * plan shows this text where it is used.
     */
    static final String SECRET = "[secret]";

    private static YNode convert(Node n) {
        int line = n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
        if (n instanceof MappingNode m && m.getValue().size() == 1
                && m.getValue().get(0).getKeyNode() instanceof ScalarNode k && k.getValue().equals("secure")
                && m.getValue().get(0).getValueNode() instanceof ScalarNode) {
            return new YScalar(SECRET, "str", true, line);
        }
        if (n instanceof MappingNode m) {
            LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
                entries.put(key, convert(t.getValueNode()));
            }
            return new YMap(entries, line);
        }
        if (n instanceof SequenceNode s) {
            List<YNode> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(convert(item));
            }
            return new YList(items, line);
        }
        ScalarNode s = (ScalarNode) n;
        boolean quoted = s.isPlain() ? false : true;
        return new YScalar(s.getValue(), typeOf(s.getTag()), quoted, line);
    }

    private static String typeOf(Tag tag) {
        if (Tag.INT.equals(tag)) {
            return "int";
        }
        if (Tag.FLOAT.equals(tag)) {
            return "float";
        }
        if (Tag.BOOL.equals(tag)) {
            return "bool";
        }
        if (Tag.NULL.equals(tag)) {
            return "null";
        }
        return "str";
    }
}
