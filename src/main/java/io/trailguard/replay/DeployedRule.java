package io.trailguard.replay;

import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Rule;

/** A rule with its pattern compiled for CloudTrail records (the trail feed's rendering), compiled once per run. */
record DeployedRule(Rule rule, CompiledPattern matcher) {}
