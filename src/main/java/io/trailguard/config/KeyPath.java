package io.trailguard.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The path of a value in stack config, as errors name it: {@code trailguard:accounts[2].guardedResources[0].arn}.
 * The only place key paths are spelled; every error of every package is built from one.
 */
public final class KeyPath {

    static final String NAMESPACE = "trailguard:";

    /** Elements after the namespaced top-level key: a String is a map key, an Integer a list index. */
    private final List<Object> elements;

    private KeyPath(List<Object> elements) {
        this.elements = List.copyOf(elements);
    }

    /** A top-level key, e.g. {@code KeyPath.of("organization")} for {@code trailguard:organization}. */
    public static KeyPath of(String topLevelKey) {
        return new KeyPath(List.of(topLevelKey));
    }

    /** The config root itself (the stack file's {@code config:} map). */
    public static KeyPath root() {
        return new KeyPath(List.of());
    }

    public KeyPath key(String key) {
        List<Object> e = new ArrayList<>(elements);
        e.add(key);
        return new KeyPath(e);
    }

    public KeyPath index(int i) {
        List<Object> e = new ArrayList<>(elements);
        e.add(i);
        return new KeyPath(e);
    }

    /** This path followed by {@code relative}: Strings are map keys, Integers list indexes. */
    public KeyPath append(List<Object> relative) {
        KeyPath p = this;
        for (Object o : relative) {
            if (o instanceof String k) {
                p = p.key(k);
            } else if (o instanceof Integer i) {
                p = p.index(i);
            } else {
                throw new IllegalArgumentException("a key path element is a String or an Integer, not " + o);
            }
        }
        return p;
    }

    /** The enclosing path, or this one at the root. */
    public KeyPath parent() {
        return elements.isEmpty() ? this : new KeyPath(elements.subList(0, elements.size() - 1));
    }

    public boolean isRoot() {
        return elements.isEmpty();
    }

    /** The last map key of the path, or null at the root or after an index. */
    public String lastKey() {
        return elements.isEmpty() || !(elements.get(elements.size() - 1) instanceof String s) ? null : s;
    }

    List<Object> elements() {
        return elements;
    }

    /** The JSON pointer of this value inside the stack file's {@code config:} map ({@code /trailguard:accounts/2/id}). */
    String pointer() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            Object e = elements.get(i);
            String token = i == 0 ? NAMESPACE + e : String.valueOf(e);
            b.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    /** From a JSON pointer inside {@code config:}; tokens of digits inside lists are indexes. */
    static KeyPath fromConfigElements(List<Object> configElements) {
        List<Object> e = new ArrayList<>();
        for (int i = 0; i < configElements.size(); i++) {
            Object o = configElements.get(i);
            if (i == 0) {
                String top = String.valueOf(o);
                e.add(top.startsWith(NAMESPACE) ? top.substring(NAMESPACE.length()) : top);
            } else {
                e.add(o);
            }
        }
        return new KeyPath(e);
    }

    /**
     * Reads back what {@link #toString} writes ({@code trailguard:a.b[2]["x.y"]}); a path outside the namespace
     * (a stack-file key) is one element.
     */
    public static KeyPath parse(String path) {
        if (!path.startsWith(NAMESPACE)) {
            return new KeyPath(List.of(path));
        }
        String s = path.substring(NAMESPACE.length());
        List<Object> e = new ArrayList<>();
        int i = 0;
        StringBuilder cur = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.') {
                flush(cur, e);
                i++;
            } else if (c == '[' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                flush(cur, e);
                StringBuilder q = new StringBuilder();
                i += 2;
                while (i < s.length() && s.charAt(i) != '"') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        i++;
                    }
                    q.append(s.charAt(i++));
                }
                e.add(q.toString());
                i += 2; // closing quote and bracket
            } else if (c == '[') {
                flush(cur, e);
                int end = s.indexOf(']', i);
                if (end < 0) {
                    cur.append(s.substring(i));
                    break;
                }
                String n = s.substring(i + 1, end);
                e.add(n.matches("\\d+") ? (Object) Integer.parseInt(n) : n);
                i = end + 1;
            } else {
                cur.append(c);
                i++;
            }
        }
        flush(cur, e);
        return new KeyPath(e);
    }

    private static void flush(StringBuilder cur, List<Object> e) {
        if (cur.length() > 0) {
            e.add(cur.toString());
            cur.setLength(0);
        }
    }

    @Override
    public String toString() {
        if (elements.isEmpty()) {
            return "config";
        }
        StringBuilder b = new StringBuilder(NAMESPACE).append(elements.get(0));
        for (int i = 1; i < elements.size(); i++) {
            Object e = elements.get(i);
            if (e instanceof Integer n) {
                b.append('[').append(n).append(']');
            } else {
                String k = (String) e;
                // A key that would read as path syntax is quoted so the path stays unambiguous.
                if (k.matches("[A-Za-z0-9_:*@+=,-]+")) {
                    b.append('.').append(k);
                } else {
                    b.append("[\"").append(k.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
                }
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyPath k && k.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(elements);
    }
}
