package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.detect.CanonicalPattern;
import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Precondition;

/**
 * One pattern's test of a record, shared by every deployed rule whose pattern has the same canonical form (the CIS,
 * seed and backstop root-activity rules differ only in layout): its precondition first, then the matcher.
 */
final class PatternCheck {

    private final CompiledPattern matcher;
    private final Precondition precondition;

    PatternCheck(CanonicalPattern canonical, CompiledPattern matcher) {
        this.matcher = matcher;
        this.precondition = Precondition.of(canonical);
    }

    boolean matches(JsonNode record) {
        return precondition.admits(record) && matcher.matches(record);
    }

    Precondition precondition() {
        return precondition;
    }
}
