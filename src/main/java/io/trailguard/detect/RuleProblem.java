package io.trailguard.detect;

import java.util.List;
import java.util.Set;

/**
 * What the detection engine finds wrong with the settings or resources it is given. It knows no config file: each
 * problem says where it is relative to the entry checked ({@link #at}), and the caller that does know the key path
 * turns it into a config error.
 */
public sealed interface RuleProblem {

    /**
     * Where, below the entry checked: map keys as Strings and list indexes as Integers ({@code ["ruleSets", 1]},
     * {@code ["allow", "Invoke"]}); empty for the entry itself.
     */
    List<Object> at();

    /** A value the engine cannot deploy, with what would be valid. */
    record Invalid(List<Object> at, String message, String hint) implements RuleProblem {
        public Invalid {
            at = List.copyOf(at);
        }
    }

    /** A name that is none of {@code known}: a misspelt rule set, rule id or operation. */
    record Unknown(List<Object> at, String what, String value, Set<String> known) implements RuleProblem {
        public Unknown {
            at = List.copyOf(at);
        }
    }
}
