package io.trailguard.org;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a coverage report is printed: a table for terminals, JSON for tools, Markdown for PR comments. */
public enum CoverageFormat {
    TABLE, JSON, MARKDOWN;

    public String render(CoverageReport report, String stack) {
        return switch (this) {
            case TABLE -> CoverageTable.render(report, stack);
            case JSON -> CoverageJson.render(report, stack);
            case MARKDOWN -> CoverageMarkdown.render(report, stack);
        };
    }

    public static Optional<CoverageFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.id().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(CoverageFormat::id).collect(Collectors.joining(", "));
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
