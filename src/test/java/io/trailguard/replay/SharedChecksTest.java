package io.trailguard.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.CanonicalPattern;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.CompiledPattern;
import io.trailguard.detect.Feed;
import io.trailguard.detect.FilterPattern;
import io.trailguard.detect.Rule;
import io.trailguard.stack.StackLoader;
import io.trailguard.testing.Stacks;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evaluating each distinct pattern once per record, behind its precondition, fires exactly the rules that each rule's
 * own matcher fires, in the same order: over the whole corpus, on every account of the prod stack and on an account
 * it does not list, for the deployed rules and for the whole catalogue.
 */
class SharedChecksTest {

    private static final StackConfig PROD = StackLoader.fromFile(Stacks.file("prod")).config();

    @Test
    void rulesWithTheSamePatternShareOneCheck() {
        StackRules rules = StackRules.deployed(PROD);
        assertSame(check(rules, "cis-root-usage"), check(rules, "seed-root-activity"));
        assertSame(check(rules, "cis-root-usage"), check(rules, "backstop-root-activity"));
        assertNotSame(check(rules, "cis-unauthorized-api-calls"), check(rules, "seed-unauthorized-operations"));
    }

    private static PatternCheck check(StackRules rules, String id) {
        return rules.byId().get(id).check();
    }

    @Test
    void sharedChecksFireWhatEachRulesOwnMatcherFiresOnTheCorpus() {
        int hits = 0;
        // The corpus read once and each rule's own matcher compiled once, not per account and record.
        List<JsonNode> corpus = List.copyOf(CorpusEvents.byRef().values());
        Map<Rule, CompiledPattern> own = new IdentityHashMap<>();
        for (StackRules rules : List.of(StackRules.deployed(PROD), StackRules.of(PROD, RuleChoice.ALL))) {
            List<String> accounts = new ArrayList<>(PROD.accounts().stream().map(Account::id).toList());
            accounts.add("999999999999");
            for (String account : accounts) {
                for (JsonNode event : corpus) {
                    ObjectNode record = ((ObjectNode) event.deepCopy()).put("recipientAccountId", account);
                    List<DeployedRule> expected = rules.forAccount(account).stream()
                            .filter(d -> own.computeIfAbsent(d.rule(), r -> r.compile(Feed.TRAIL)).matches(record)).toList();
                    assertEquals(ids(expected), ids(rules.matching(account, record)), account + " " + event);
                    hits += expected.size();
                }
            }
        }
        assertTrue(hits > 1000, "the corpus exercises shared checks: " + hits);
    }

    @Test
    void checksBeyondWhatTheBitMaskRemembersAreStillEvaluated() {
        Rule template = Catalogue.all().get(0);
        List<DeployedRule> rules = new ArrayList<>();
        List<PatternCheck> checks = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            FilterPattern p = FilterPattern.parse("{ $.n = \"" + i + "\" || $.all = \"yes\" }");
            checks.add(new PatternCheck(CanonicalPattern.of(p), p.compile()));
        }
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 70; i++) {
                rules.add(new DeployedRule(template, null, checks.get(i)));
            }
        }
        CandidateRules candidates = new CandidateRules(rules);
        JsonNode record = Records.JSON.createObjectNode().put("n", "66");
        assertEquals(List.of(rules.get(66), rules.get(136)), candidates.matching(record));
        JsonNode everything = Records.JSON.createObjectNode().put("all", "yes");
        assertEquals(rules, candidates.matching(everything));
    }

    private static List<String> ids(List<DeployedRule> rules) {
        return rules.stream().map(d -> d.rule().id()).toList();
    }
}
