package io.trailguard.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigError;
import io.trailguard.config.KeyPath;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Feed;
import io.trailguard.detect.GuardedResource;
import io.trailguard.detect.RuleProblem;
import io.trailguard.detect.RuleValidation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DetectionChecksTest {

    @Test
    @DisplayName("the engine's problems become config errors at the key path of the entry checked, with a suggestion")
    void problemsAreMappedToKeyPathsWithHints() {
        List<ConfigError> errors = DetectionChecks.at(KeyPath.of("members"),
                RuleValidation.ruleChoice(List.of("cis", "insidr"), List.of("cis-root-usag"), List.of()));
        assertEquals("trailguard:members.ruleSets[1]: unknown rule set `insidr` (did you mean `insider`?)", errors.get(0).format(null));
        assertEquals("trailguard:members.enabledRules[0]", errors.get(1).path());
        assertTrue(errors.get(1).hint().contains("cis-root-usage"), errors.get(1).hint());
    }

    @Test
    @DisplayName("a name nothing resembles gets the list of valid ones; an invalid value keeps its own hint")
    void farNamesListTheValidOnesAndInvalidValuesKeepTheirHint() {
        KeyPath p = KeyPath.of("accounts").index(3);
        ConfigError far = DetectionChecks.at(p, List.of(new RuleProblem.Unknown(List.of("ruleSets", 0), "rule set", "zzzzzzzzzzzz", Catalogue.RULE_SETS))).get(0);
        assertEquals("trailguard:accounts[3].ruleSets[0]", far.path());
        Catalogue.RULE_SETS.forEach(s -> assertTrue(far.hint().contains(s), far.hint()));
        ConfigError invalid = DetectionChecks.at(p, List.of(new RuleProblem.Invalid(List.of(), "too long", "shorten it"))).get(0);
        assertEquals(List.of("trailguard:accounts[3]", "too long", "shorten it"), List.of(invalid.path(), invalid.message(), invalid.hint()));
    }

    @Test
    @DisplayName("an unknown operation of a guarded resource is reported at its key under allow, not at a list index of the map")
    void unknownOperationsAreReportedAtTheirMapKey() {
        GuardedResource table = new GuardedResource("arn:aws:dynamodb:eu-west-1:555555555555:table/Orders",
                Map.of("Qeury", List.of("arn:aws:iam::555555555555:role/App")));
        KeyPath at = KeyPath.of("accounts").index(0).key("guardedResources").index(2);
        List<ConfigError> errors = DetectionChecks.at(at, RuleValidation.guardedResource(table, Feed.TRAIL));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("trailguard:accounts[0].guardedResources[2].allow.Qeury", errors.get(0).path());
        assertTrue(errors.get(0).hint().contains("Query"), errors.get(0).hint());
    }
}
