package io.trailguard.config;

import io.trailguard.config.YNode.YList;
import io.trailguard.config.YNode.YMap;
import io.trailguard.config.YNode.YScalar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Reads a stack file as the Pulumi CLI does (go-yaml/yaml v3, {@code yaml.Unmarshal}): snakeyaml-engine parses
 * and composes, this class applies yaml.v3's decoding rules, each from its source:
 * <ul>
 *   <li>plain scalars resolve as {@code resolve.go} does ({@link Yaml3Scalars});</li>
 *   <li>a mapping key given twice is an error ({@code decode.go} {@code mapping}: "mapping key %#v already defined
 *       at line %d"; {@code yaml.Unmarshal} decodes with {@code uniqueKeys} on);</li>
 *   <li>{@code <<} merges a map or a sequence of maps; keys of the mapping itself win, then earlier maps
 *       ({@code decode.go} {@code merge}: "map merge requires map or sequence of maps as the value");</li>
 *   <li>an alias inside its own anchor is an error ("anchor '%s' value contains itself"), and so is
 *       excessive aliasing, with yaml.v3's own ratio ({@code allowedAliasRatio});</li>
 *   <li>only the first document counts.</li>
 * </ul>
 * Input is bounded before parsing: at most {@link #MAX_BYTES} of UTF-8.
 */
final class StackYaml {

    /**
     * The whole {@code config:} reaches the program as one environment variable, PULUMI_CONFIG, which Linux
     * refuses at 128 KiB (E2BIG; pulumi/pulumi#8680, #20402): 1 MiB of stack file leaves room for comments and
     * still bounds memory and time.
     */
    static final int MAX_BYTES = 1024 * 1024;

    /** A problem reading the file, at a 1-based line (0 when unknown). */
    static final class YamlProblem extends Exception {
        final int line;
        final String hint;

        YamlProblem(String message, int line, String hint) {
            super(message);
            this.line = line;
            this.hint = hint;
        }
    }

    private StackYaml() {}

    static YNode readFile(Path file) throws IOException, YamlProblem {
        if (Files.isDirectory(file)) {
            throw new YamlProblem("is a directory, not a stack file", 0, "pass the path of a Pulumi.<stack>.yaml file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new YamlProblem("the file is larger than " + MAX_BYTES / 1024 + " KiB", 0,
                    "a stack file is a few KiB; the Pulumi CLI passes all config in one environment variable of less than 128 KiB");
        }
        return parse(decodeUtf8(bytes));
    }

    /** Strict UTF-8, as YAML requires; the error names the first bad byte. */
    static String decodeUtf8(byte[] bytes) throws YamlProblem {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new YamlProblem(String.format("not UTF-8: byte 0x%02X at offset %d", bytes[offset] & 0xff, offset), line,
                    "save the file as UTF-8; YAML stack files are UTF-8 text");
        }
        d.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Parses YAML (or JSON) text; null for an empty document. */
    static YNode parse(String text) throws YamlProblem {
        if (text.length() > MAX_BYTES) {
            throw new YamlProblem("the text is larger than " + MAX_BYTES / 1024 + " KiB", 0, null);
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel("stack file")
                .setAllowDuplicateKeys(true) // checked below with yaml.v3's rule and message
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(10_000) // expansion is bounded below with yaml.v3's ratio
                .setCodePointLimit(MAX_BYTES)
                .setSchema(new UnresolvedSchema())
                .build();
        Node root;
        try {
            Iterator<Node> docs = new Compose(settings).composeAllFromString(text).iterator();
            root = docs.hasNext() ? docs.next() : null;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            throw new YamlProblem("invalid YAML: " + problem, line, "check indentation and quoting near this line");
        } catch (YamlEngineException e) {
            throw new YamlProblem("invalid YAML: " + e.getMessage(), 0, null);
        }
        if (root == null) {
            return null;
        }
        return new Decoder().decode(root);
    }

    /** Leaves plain scalars unresolved so {@link Yaml3Scalars} decides, as yaml.v3 does. */
    private static final class UnresolvedSchema implements Schema {
        static final Tag PLAIN = new Tag("tag:trailguard,2026:plain");

        @Override
        public org.snakeyaml.engine.v2.resolver.ScalarResolver getScalarResolver() {
            return (value, implicit) -> Boolean.TRUE.equals(implicit) ? PLAIN : Tag.STR;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return Map.of();
        }
    }

    /** yaml.v3's decoder over the composed nodes. */
    private static final class Decoder {
        private int decodeCount;
        private int aliasCount;
        private int aliasDepth;
        private final IdentityHashMap<Node, Boolean> active = new IdentityHashMap<>();
        private final IdentityHashMap<Node, Boolean> seen = new IdentityHashMap<>();

        YNode decode(Node n) throws YamlProblem {
            boolean alias = seen.containsKey(n);
            if (active.containsKey(n)) {
                String anchor = n.getAnchor().map(Object::toString).orElse("?");
                throw new YamlProblem("anchor '" + anchor + "' value contains itself", line(n), "an alias cannot refer to the map or list it is in");
            }
            count();
            if (alias) {
                aliasDepth++;
            }
            seen.put(n, Boolean.TRUE);
            active.put(n, Boolean.TRUE);
            try {
                return switch (n.getNodeType()) {
                    case MAPPING -> mapping((MappingNode) n);
                    case SEQUENCE -> sequence((SequenceNode) n);
                    default -> scalar((ScalarNode) n);
                };
            } finally {
                active.remove(n);
                if (alias) {
                    aliasDepth--;
                }
            }
        }

        /** decode.go {@code unmarshal}: "document contains excessive aliasing". */
        private void count() throws YamlProblem {
            decodeCount++;
            if (aliasDepth > 0) {
                aliasCount++;
            }
            if (aliasCount > 100 && decodeCount > 1000 && (double) aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
                throw new YamlProblem("document contains excessive aliasing", 0, "aliases expand to more than the stack file holds; write the values out");
            }
        }

        /** decode.go {@code allowedAliasRatio}, with its constants. */
        static double allowedAliasRatio(int decodeCount) {
            int low = 400_000;
            int high = 4_000_000;
            if (decodeCount <= low) {
                return 0.99;
            }
            if (decodeCount >= high) {
                return 0.10;
            }
            return 0.99 - 0.89 * ((double) (decodeCount - low) / (high - low));
        }

        private YScalar scalar(ScalarNode s) {
            int line = line(s);
            if (UnresolvedSchema.PLAIN.equals(s.getTag())) {
                Yaml3Scalars.Resolved r = Yaml3Scalars.resolve(s.getValue());
                return new YScalar(s.getValue(), r.type(), r.value(), false, line);
            }
            Tag tag = s.getTag();
            if (Tag.STR.equals(tag) || !s.isPlain()) {
                return new YScalar(s.getValue(), "str", s.getValue(), !s.isPlain(), line);
            }
            // An explicit tag on a plain scalar (!!int 12): resolve it and keep the resolution.
            Yaml3Scalars.Resolved r = Yaml3Scalars.resolve(s.getValue());
            return new YScalar(s.getValue(), r.type(), r.value(), false, line);
        }

        private YList sequence(SequenceNode s) throws YamlProblem {
            List<YNode> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(decode(item));
            }
            return new YList(items, line(s));
        }

        private YMap mapping(MappingNode m) throws YamlProblem {
            List<NodeTuple> tuples = m.getValue();
            Map<String, Integer> firstLine = new LinkedHashMap<>();
            for (NodeTuple t : tuples) {
                Node k = t.getKeyNode();
                if (k instanceof ScalarNode ks) {
                    Integer prev = firstLine.putIfAbsent(ks.getValue(), line(ks));
                    if (prev != null) {
                        throw new YamlProblem("mapping key \"" + ks.getValue() + "\" already defined at line " + prev, line(ks),
                                "remove one of them; the Pulumi CLI refuses duplicate keys");
                    }
                } else if (!(k instanceof ScalarNode)) {
                    throw new YamlProblem("a map key must be a scalar, found " + (k instanceof MappingNode ? "a map" : "a list"), line(k), null);
                }
            }
            LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
            List<Node> merges = new ArrayList<>();
            for (NodeTuple t : tuples) {
                ScalarNode k = (ScalarNode) t.getKeyNode();
                if (isMerge(k)) {
                    merges.add(t.getValueNode());
                    continue;
                }
                entries.put(k.getValue(), decode(t.getValueNode()));
            }
            for (Node merge : merges) {
                for (YMap source : mergeSources(merge)) {
                    source.entries().forEach(entries::putIfAbsent);
                }
            }
            return new YMap(entries, line(m));
        }

        private List<YMap> mergeSources(Node merge) throws YamlProblem {
            List<YMap> sources = new ArrayList<>();
            YNode v = decode(merge);
            if (v instanceof YMap map) {
                sources.add(map);
            } else if (v instanceof YList list && list.items().stream().allMatch(i -> i instanceof YMap)) {
                list.items().forEach(i -> sources.add((YMap) i));
            } else {
                throw new YamlProblem("map merge requires map or sequence of maps as the value", line(merge), "<<: *anchor or <<: [*a, *b]");
            }
            return sources;
        }

        private static boolean isMerge(ScalarNode k) {
            return UnresolvedSchema.PLAIN.equals(k.getTag()) && k.getValue().equals("<<");
        }

        private static int line(Node n) {
            Optional<Mark> m = n.getStartMark();
            return m.map(x -> x.getLine() + 1).orElse(0);
        }
    }
}
