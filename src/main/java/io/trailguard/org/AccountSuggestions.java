package io.trailguard.org;

import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import java.util.HashSet;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Config entries for the accounts config lacks, indented to paste under {@code trailguard:accounts:} of the stack file. */
public final class AccountSuggestions {

    private static final int DEFAULT_ITEM_INDENT = 4;

    private AccountSuggestions() {}

    /**
     * @param stackFileText the stack file, read only to match its indentation
     * @return YAML list items, one per uncovered account; empty when there are none
     */
    public static String yaml(CoverageReport report, StackConfig config, String stackFileText) {
        if (report.uncovered().isEmpty()) {
            return "";
        }
        String dash = " ".repeat(itemIndent(stackFileText));
        String key = dash + "  ";
        Set<String> names = new HashSet<>();
        config.accounts().stream().map(Account::name).forEach(names::add);
        StringBuilder b = new StringBuilder(dash).append("# ").append(report.uncovered().size())
                .append(" account(s) of organization ").append(report.organization().organizationId())
                .append(" not in config; paste under trailguard:accounts:\n");
        for (OrgAccount a : report.uncovered()) {
            // Names must be unique in config; Organizations does not require that.
            String name = names.add(a.name()) ? a.name() : a.name() + "-" + a.id();
            names.add(name);
            b.append(dash).append("- id: \"").append(a.id()).append("\"\n");
            b.append(key).append("name: ").append(scalar(name)).append('\n');
            b.append(key).append("ou: ").append(a.parentId()).append("  # ").append(a.parentPath()).append('\n');
        }
        return b.toString();
    }

    /** The indentation of the first item under {@code trailguard:accounts:}, or the project's usual 4. */
    static int itemIndent(String text) {
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals("trailguard:accounts:")) {
                continue;
            }
            for (int j = i + 1; j < lines.length; j++) {
                String t = lines[j].strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                return t.startsWith("- ") ? leadingSpaces(lines[j]) : leadingSpaces(lines[i]) + 2;
            }
            return leadingSpaces(lines[i]) + 2;
        }
        return DEFAULT_ITEM_INDENT;
    }

    private static int leadingSpaces(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** Plain where YAML reads it back as the same string, quoted otherwise (e.g. {@code "yes"}, {@code "123"}). */
    private static String scalar(String value) {
        DumperOptions options = new DumperOptions();
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options).dump(value).strip();
    }
}
