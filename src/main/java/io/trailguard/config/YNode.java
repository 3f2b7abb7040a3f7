package io.trailguard.config;

import java.util.LinkedHashMap;
import java.util.List;

/** A parsed config value with its stack-file line, independent of where it was read from. */
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
     * A scalar. {@code type} is what YAML resolved it to (str, int, float, bool, null); {@code quoted} tells a
     * quoted "123" from a bare 123, which matters for account ids.
     */
    record YScalar(String value, String type, boolean quoted, int line) implements YNode {
        public String kind() {
            return switch (type) {
                case "int", "float" -> "a number";
                case "bool" -> "a boolean";
                case "null" -> "empty";
                default -> "a string";
            };
        }

        boolean isNull() {
            return type.equals("null");
        }
    }
}
