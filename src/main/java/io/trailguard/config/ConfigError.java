package io.trailguard.config;

/**
 * One problem in stack config, reported as {@code path: message (hint)}.
 *
 * @param path    key path from the config root, e.g. {@code accounts[2].id}
 * @param message what is wrong
 * @param hint    what would be valid, or null
 * @param line    1-based line in the stack file, or 0 when unknown (Pulumi config at {@code pulumi up})
 */
public record ConfigError(String path, String message, String hint, int line) {

    public ConfigError(String path, String message, String hint) {
        this(path, message, hint, 0);
    }

    public ConfigError atLine(int l) {
        return new ConfigError(path, message, hint, l);
    }

    /** {@code [file:line: ]path: message (hint)} */
    public String format(String file) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file).append(':');
            if (line > 0) {
                b.append(line).append(':');
            }
            b.append(' ');
        }
        b.append(path).append(": ").append(message);
        if (hint != null && !hint.isBlank()) {
            b.append(" (").append(hint).append(')');
        }
        return b.toString();
    }
}
