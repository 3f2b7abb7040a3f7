package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigError;
import io.trailguard.config.GuardedResource;
import io.trailguard.config.MemberSettings;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleValidationTest {

    @Test
    @DisplayName("unknown rule sets and ids are reported with their key path and a suggestion")
    void unknownNamesAreReportedWithHints() {
        MemberSettings m = new MemberSettings(Feed.TRAIL, 365, List.of("cis", "insidr"), List.of("cis-root-usag"), List.of("nope"));
        List<ConfigError> errors = RuleValidation.memberSettings("members", m);
        assertEquals(3, errors.size());
        assertEquals("members.ruleSets[1]: unknown rule set `insidr` (did you mean `insider`?)", errors.get(0).format(null));
        assertEquals("members.enabledRules[0]", errors.get(1).path());
        assertTrue(errors.get(1).hint().contains("cis-root-usage"));
    }

    @Test
    @DisplayName("a guarded resource with an operation unknown for its type is rejected; a known one passes")
    void guardedOperationsAreChecked() {
        GuardedResource typo = new GuardedResource("arn:aws:dynamodb:eu-west-1:111122223333:table/T",
                Map.of("Querry", List.of("arn:aws:iam::111122223333:role/R")));
        List<ConfigError> errors = RuleValidation.guardedResource("accounts[0].guardedResources[0]", typo, io.trailguard.detect.Feed.TRAIL);
        assertEquals(1, errors.size());
        assertEquals("did you mean `Query`?", errors.get(0).hint());
        GuardedResource ok = new GuardedResource("arn:aws:dynamodb:eu-west-1:111122223333:table/T",
                Map.of("Query", List.of("arn:aws:iam::111122223333:role/R")));
        assertEquals(List.of(), RuleValidation.guardedResource("g", ok, io.trailguard.detect.Feed.EVENTBRIDGE));
        assertEquals(1, RuleValidation.guardedResource("g", new GuardedResource("arn:aws:sqs:eu-west-1:1:q", Map.of()), io.trailguard.detect.Feed.TRAIL).size());
    }

    @Test
    @DisplayName("a generated pattern longer than 1,024 characters is reported")
    void patternLengthIsLimited() {
        List<String> many = Collections.nCopies(30, "arn:aws:iam::111122223333:role/SomeLongRoleNameForTesting");
        GuardedResource big = new GuardedResource("arn:aws:dynamodb:eu-west-1:111122223333:table/T", Map.of("Query", many));
        List<ConfigError> errors = RuleValidation.guardedResource("g", big, io.trailguard.detect.Feed.TRAIL);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("characters"), errors.get(0).message());
    }

    @Test
    @DisplayName("more than 100 filters or 5 regular expressions on one log group, and shared metric names, are reported")
    void logGroupLimits() {
        Rule r = Catalogue.byId("cis-root-usage").orElseThrow();
        List<Rule> tooMany = Collections.nCopies(101, r);
        List<ConfigError> errors = RuleValidation.logGroup("lg", tooMany, Feed.TRAIL);
        assertTrue(errors.get(0).message().startsWith("101 metric filters"));
        assertEquals(100, errors.stream().filter(e -> e.message().contains("share metric name")).count());
        Rule regex = new Rule("x", "x", r.severity(), FilterPattern.parse("{ $.a = %a% || $.b = %b% }"), "X", 1, 300, 1, "r",
                r.references(), r.ruleSets(), List.of());
        List<Rule> regexRules = List.of(regex, withMetric(regex, "Y"), withMetric(regex, "Z"));
        assertTrue(RuleValidation.logGroup("lg", regexRules, Feed.TRAIL).stream().anyMatch(e -> e.message().startsWith("6 regular expressions")));
    }

    private static Rule withMetric(Rule r, String metric) {
        return new Rule(r.id() + metric, r.title(), r.severity(), r.pattern(), metric, 1, 300, 1, r.rationale(), r.references(),
                r.ruleSets(), r.fixtures());
    }
}
