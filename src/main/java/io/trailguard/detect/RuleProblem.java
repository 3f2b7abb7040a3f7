package io.trailguard.detect;

import java.util.Set;

/**
 * What the detection engine finds wrong with the settings or resources it is given. It knows no config file: each
 * problem says where it is relative to the entry checked ({@link #at}), and the caller that does know the key path
 * turns it into a config error.
 */
public sealed interface RuleProblem {

    /** Appended verbatim to the key path of the entry checked: {@code .ruleSets[1]}, {@code .arn}, or empty. */
    String at();

    /** A value the engine cannot deploy, with what would be valid. */
    record Invalid(String at, String message, String hint) implements RuleProblem {}

    /** A name that is none of {@code known}: a misspelt rule set, rule id or operation. */
    record Unknown(String at, String what, String value, Set<String> known) implements RuleProblem {}
}
