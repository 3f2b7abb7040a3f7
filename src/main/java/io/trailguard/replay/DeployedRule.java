package io.trailguard.replay;

import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Rule;

/**
 * A rule with its pattern compiled for CloudTrail records (the trail feed's rendering), compiled once per run.
 * Identity equality on purpose: a {@link Rule} record hashes its fixtures and rationale, far too slow for the
 * rule-by-name tables built at start.
 */
final class DeployedRule {

    private final Rule rule;
    private final CompiledPattern matcher;

    DeployedRule(Rule rule, CompiledPattern matcher) {
        this.rule = rule;
        this.matcher = matcher;
    }

    Rule rule() {
        return rule;
    }

    CompiledPattern matcher() {
        return matcher;
    }
}
