package io.trailguard.detect;

/** A case-sensitive {@code *} glob over a whole string, without regular expressions. */
final class GlobMatcher {

    private final String[] parts;
    private final boolean anchoredStart;
    private final boolean anchoredEnd;

    GlobMatcher(String glob) {
        this.parts = glob.split("\\*", -1);
        this.anchoredStart = !glob.startsWith("*");
        this.anchoredEnd = !glob.endsWith("*");
    }

    boolean matches(String s) {
        int first = 0;
        int last = parts.length - 1;
        int from = 0;
        int until = s.length();
        if (anchoredStart) {
            if (!s.startsWith(parts[0])) {
                return false;
            }
            from = parts[0].length();
            first = 1;
        }
        if (anchoredEnd) {
            if (!s.endsWith(parts[last]) || s.length() - parts[last].length() < from) {
                return false;
            }
            until = s.length() - parts[last].length();
            last--;
        }
        for (int i = first; i <= last; i++) {
            if (parts[i].isEmpty()) {
                continue;
            }
            int at = s.indexOf(parts[i], from);
            if (at < 0 || at + parts[i].length() > until) {
                return false;
            }
            from = at + parts[i].length();
        }
        return true;
    }
}
