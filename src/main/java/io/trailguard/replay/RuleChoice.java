package io.trailguard.replay;

/** Which rules a replay evaluates ({@code --rules}). */
public enum RuleChoice {
    /** What the stack deploys: each account's rule sets and guarded-resource rules, plus the organization-wide backstop. */
    DEPLOYED,
    /**
     * Every catalogue rule on every account's events, whatever the stack deploys ("what would any rule have seen"),
     * plus the guarded-resource rules of the accounts that have them.
     */
    ALL,
    /** No rule: read, parse and count only; the physical baseline of a run. */
    NONE
}
