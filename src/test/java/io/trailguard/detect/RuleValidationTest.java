package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleValidationTest {

    @Test
    @DisplayName("unknown rule sets and ids are reported where they stand, with the names that would be valid")
    void unknownNamesAreReportedWithTheKnownOnes() {
        List<RuleProblem> errors = RuleValidation.ruleChoice(List.of("cis", "insidr"), List.of("cis-root-usag"), List.of("nope"));
        assertEquals(3, errors.size());
        RuleProblem.Unknown set = (RuleProblem.Unknown) errors.get(0);
        assertEquals(List.of("ruleSets", 1), set.at());
        assertEquals("insidr", set.value());
        assertTrue(set.known().contains("insider"));
        assertEquals(List.of("enabledRules", 0), errors.get(1).at());
        assertTrue(((RuleProblem.Unknown) errors.get(1)).known().contains("cis-root-usage"));
        assertEquals(List.of("disabledRules", 0), errors.get(2).at());
    }

    @Test
    @DisplayName("a guarded resource with an operation unknown for its type is rejected; a known one passes")
    void guardedOperationsAreChecked() {
        GuardedResource typo = new GuardedResource("arn:aws:dynamodb:eu-west-1:111122223333:table/T",
                Map.of("Querry", List.of("arn:aws:iam::111122223333:role/R")));
        List<RuleProblem> errors = RuleValidation.guardedResource(typo, Feed.TRAIL);
        assertEquals(1, errors.size());
        RuleProblem.Unknown unknown = (RuleProblem.Unknown) errors.get(0);
        assertEquals(List.of("allow", "Querry"), unknown.at(), "at the operation's key in the allow map");
        assertEquals("Querry", unknown.value());
        assertTrue(unknown.known().contains("Query"));
        GuardedResource ok = new GuardedResource("arn:aws:dynamodb:eu-west-1:111122223333:table/T",
                Map.of("Query", List.of("arn:aws:iam::111122223333:role/R")));
        assertEquals(List.of(), RuleValidation.guardedResource(ok, Feed.EVENTBRIDGE));
        assertEquals(1, RuleValidation.guardedResource(new GuardedResource("arn:aws:sqs:eu-west-1:1:q", Map.of()), Feed.TRAIL).size());
    }

    @Test
    @DisplayName("a generated pattern longer than 1,024 characters is reported")
    void patternLengthIsLimited() {
        List<String> many = Collections.nCopies(30, "arn:aws:iam::111122223333:role/SomeLongRoleNameForTesting");
        GuardedResource big = new GuardedResource("arn:aws:dynamodb:eu-west-1:111122223333:table/T", Map.of("Query", many));
        List<RuleProblem> errors = RuleValidation.guardedResource(big, Feed.TRAIL);
        assertEquals(1, errors.size());
        String message = ((RuleProblem.Invalid) errors.get(0)).message();
        assertTrue(message.contains("characters"), message);
    }

    @Test
    @DisplayName("more than 100 filters or 5 regular expressions on one log group, and shared metric names, are reported")
    void logGroupLimits() {
        Rule r = Catalogue.byId("cis-root-usage").orElseThrow();
        List<Rule> tooMany = Collections.nCopies(101, r);
        List<String> errors = messages(RuleValidation.logGroup(tooMany, Feed.TRAIL));
        assertTrue(errors.get(0).startsWith("101 metric filters"));
        assertEquals(100, errors.stream().filter(e -> e.contains("share metric name")).count());
        Rule regex = new Rule("x", "x", r.severity(), FilterPattern.parse("{ $.a = %a% || $.b = %b% }"), "X", 1, 300, 1, "r",
                r.references(), r.ruleSets(), List.of());
        List<Rule> regexRules = List.of(regex, withMetric(regex, "Y"), withMetric(regex, "Z"));
        assertTrue(messages(RuleValidation.logGroup(regexRules, Feed.TRAIL)).stream().anyMatch(e -> e.startsWith("6 regular expressions")));
    }

    private static List<String> messages(List<RuleProblem> problems) {
        return problems.stream().map(p -> ((RuleProblem.Invalid) p).message()).toList();
    }

    private static Rule withMetric(Rule r, String metric) {
        return new Rule(r.id() + metric, r.title(), r.severity(), r.pattern(), metric, 1, 300, 1, r.rationale(), r.references(),
                r.ruleSets(), r.fixtures());
    }
}
