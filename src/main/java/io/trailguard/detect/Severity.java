package io.trailguard.detect;

import java.util.Locale;

/** Alert severities; each maps to one central topic per region. Ordered from most to least severe. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    /** The spelling used in config, names and ARNs. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
