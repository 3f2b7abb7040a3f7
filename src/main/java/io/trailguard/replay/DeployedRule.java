package io.trailguard.replay;

import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Rule;

/**
 * A rule with its pattern compiled for CloudTrail records (the trail feed's rendering), compiled once per run, and the
 * check a replay evaluates, which rules with the same canonical pattern share. Identity equality on purpose: a
 * {@link Rule} record hashes its fixtures and rationale, far too slow for the rule-by-name tables built at start.
 */
final class DeployedRule {

    private final Rule rule;
    private final CompiledPattern matcher;
    private final PatternCheck check;

    DeployedRule(Rule rule, CompiledPattern matcher, PatternCheck check) {
        this.rule = rule;
        this.matcher = matcher;
        this.check = check;
    }

    Rule rule() {
        return rule;
    }

    /** This rule's own matcher. */
    CompiledPattern matcher() {
        return matcher;
    }

    PatternCheck check() {
        return check;
    }
}
