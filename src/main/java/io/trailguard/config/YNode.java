package io.trailguard.config;

import java.util.LinkedHashMap;
import java.util.List;

/** A value read from a stack file, with its line, as the Pulumi CLI would read it (see {@link StackYaml}). */
sealed interface YNode {

    int line();

    String kind();

    record YMap(LinkedHashMap<String, YNode> entries, int line) implements YNode {
        public String kind() {
            return "a map";
        }
    }

    record YList(List<YNode> items, int line) implements YNode {
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar: {@code text} as written, {@code type} as yaml.v3 resolves it (str, int, float, bool, null,
     * timestamp), {@code value} the resolved value (String, BigInteger, Double, Boolean or null).
     */
    record YScalar(String text, String type, Object value, boolean quoted, int line) implements YNode {
        public String kind() {
            return switch (type) {
                case "int", "float" -> "a number";
                case "bool" -> "a boolean";
                case "null" -> "empty";
                default -> "a string";
            };
        }
    }
}
