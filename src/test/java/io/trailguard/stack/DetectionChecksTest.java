package io.trailguard.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigError;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.RuleProblem;
import io.trailguard.detect.RuleValidation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DetectionChecksTest {

    @Test
    @DisplayName("the engine's problems become config errors at the key path of the entry checked, with a suggestion")
    void problemsAreMappedToKeyPathsWithHints() {
        List<ConfigError> errors = DetectionChecks.at("trailguard:members",
                RuleValidation.ruleChoice(List.of("cis", "insidr"), List.of("cis-root-usag"), List.of()));
        assertEquals("trailguard:members.ruleSets[1]: unknown rule set `insidr` (did you mean `insider`?)", errors.get(0).format(null));
        assertEquals("trailguard:members.enabledRules[0]", errors.get(1).path());
        assertTrue(errors.get(1).hint().contains("cis-root-usage"), errors.get(1).hint());
    }

    @Test
    @DisplayName("a name nothing resembles gets the list of valid ones; an invalid value keeps its own hint")
    void farNamesListTheValidOnesAndInvalidValuesKeepTheirHint() {
        ConfigError far = DetectionChecks.at("p", List.of(new RuleProblem.Unknown(".ruleSets[0]", "rule set", "zzzzzzzzzzzz", Catalogue.RULE_SETS))).get(0);
        assertEquals("p.ruleSets[0]", far.path());
        Catalogue.RULE_SETS.forEach(s -> assertTrue(far.hint().contains(s), far.hint()));
        ConfigError invalid = DetectionChecks.at("p", List.of(new RuleProblem.Invalid(" rule x", "too long", "shorten it"))).get(0);
        assertEquals(List.of("p rule x", "too long", "shorten it"), List.of(invalid.path(), invalid.message(), invalid.hint()));
    }
}
