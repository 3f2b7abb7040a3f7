package io.trailguard.replay;

/** How hits are written to standard output ({@code --format}). */
public enum HitFormat {
    /** Aligned columns for reading: time, account, region, rule, severity, principal, eventName, eventID. */
    TEXT,
    /** One JSON object per hit, for jq and SIEM import. */
    JSONL,
    /** RFC 4180, with a header row, for spreadsheets. */
    CSV
}
