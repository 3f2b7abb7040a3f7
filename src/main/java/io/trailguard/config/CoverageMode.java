package io.trailguard.config;

/** What the program does during preview/up when the organization has accounts config does not cover. */
public enum CoverageMode {
    OFF, WARN, FAIL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
