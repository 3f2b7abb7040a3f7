package io.trailguard.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.stack.StackLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.FilterPattern;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A rule sees only the events of the accounts it is deployed to; the backstop sees every account's. */
class StackRulesTest {

    private static StackConfig scoped() throws URISyntaxException {
        LoadResult r = StackLoader.fromFile(Path.of(StackRulesTest.class.getResource("/replay/scoped-rules.yaml").toURI()));
        assertTrue(r.ok(), r::report);
        return r.config();
    }

    private static Set<String> firing(StackRules rules, JsonNode record) {
        Set<String> ids = new TreeSet<>();
        for (DeployedRule d : rules.candidates(RecordShape.account(record), record)) {
            if (d.matcher().matches(record)) {
                ids.add(d.rule().id());
            }
        }
        return ids;
    }

    @Test
    void eachAccountSeesItsOwnRuleSetsEnabledAndDisabledRules() throws URISyntaxException {
        StackRules rules = StackRules.deployed(scoped());
        String t = "2024-05-01T10:00:00Z";
        // Default rule sets (cis, seed, insider) plus the backstop.
        assertEquals(Set.of("backstop-root-activity", "cis-root-usage", "seed-root-activity", "insider-root-console-login"),
                firing(rules, Records.rootLogin("333333333333", t, "a")));
        // Only the seed set.
        assertEquals(Set.of("backstop-root-activity", "seed-root-activity"), firing(rules, Records.rootLogin("444444444444", t, "b")));
        // The defaults without seed-root-activity.
        assertEquals(Set.of("backstop-root-activity", "cis-root-usage", "insider-root-console-login"),
                firing(rules, Records.rootLogin("555555555555", t, "c")));
        // Not in the stack: only what the organization trail's central log group runs.
        assertEquals(Set.of("backstop-root-activity"), firing(rules, Records.rootLogin("999999999999", t, "d")));
    }

    @Test
    void aGuardedResourceRuleIsDeployedToTheAccountThatGuardsItOnly() throws URISyntaxException {
        StackRules rules = StackRules.deployed(scoped());
        // `Evidence` is not lower-case words, so the id carries the hash of its exact spelling (GuardedResourceNamesTest).
        String rule = "guarded-dynamodb-table-evidence-03867aea-eu-west-1";
        assertTrue(rules.byId().containsKey(rule), rules.byId().keySet().toString());
        assertTrue(ids(rules.forAccount("555555555555")).contains(rule));
        for (String other : List.of("111111111111", "444444444444", "999999999999")) {
            assertFalse(ids(rules.forAccount(other)).contains(rule), other);
        }
        assertEquals(Set.of(rule), firing(rules, query("555555555555", "arn:aws:iam::555555555555:user/mallory")));
        assertEquals(Set.of(), firing(rules, query("555555555555", "arn:aws:sts::555555555555:assumed-role/EvidenceReader/job-1")));
    }

    private static Set<String> ids(List<DeployedRule> rules) {
        return rules.stream().map(d -> d.rule().id()).collect(java.util.stream.Collectors.toSet());
    }

    private static JsonNode query(String account, String caller) {
        var r = Records.call(account, "dynamodb.amazonaws.com", "Query", "2024-05-01T10:00:00Z", "q");
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.get("userIdentity")).put("arn", caller);
        r.putObject("requestParameters").put("tableName", "Evidence");
        return r;
    }

    @Test
    void theAccountIsTheRecipientElseTheCaller() {
        JsonNode r = Records.stopLogging("111111111111", "2024-05-01T10:00:00Z", "a");
        assertEquals("111111111111", RecordShape.account(r));
        ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("recipientAccountId");
        ((com.fasterxml.jackson.databind.node.ObjectNode) r.get("userIdentity")).put("accountId", "222222222222");
        assertEquals("222222222222", RecordShape.account(r));
    }

    @Test
    void theEventNameIndexNeverChangesWhichRulesFire() {
        StackRules rules = StackRules.of(null, RuleChoice.ALL);
        int checked = 0;
        for (JsonNode event : CorpusEvents.byRef().values()) {
            Set<String> everyRule = new TreeSet<>();
            for (DeployedRule d : rules.forAccount(null)) {
                if (d.matcher().matches(event)) {
                    everyRule.add(d.rule().id());
                }
            }
            assertEquals(everyRule, firing(rules, event), event.toString());
            checked += everyRule.size();
        }
        assertTrue(checked > 100, "the corpus exercises the index: " + checked + " hits");
    }

    @Test
    void theIndexPinsExactEventNamesAndNothingElse() {
        assertEquals(Set.of("A", "B"), names("{ $.eventName = \"A\" || $.eventName = \"B\" }"));
        assertEquals(Set.of("B"), names("{ ($.eventName = \"A\" || $.eventName = \"B\") && $.eventName = \"B\" }"));
        assertEquals(Set.of("A"), names("{ $.eventSource = \"s3.amazonaws.com\" && $.eventName = \"A\" }"));
        assertNull(names("{ $.eventName = \"A\" || $.errorCode = \"AccessDenied\" }"));
        assertNull(names("{ $.eventName = \"Delete*\" }"));
        assertNull(names("{ $.eventName != \"A\" }"));
        assertNull(names("{ $.requestParameters.eventName = \"A\" }"));
    }

    private static Set<String> names(String pattern) {
        return EventNameIndex.eventNames(FilterPattern.parse(pattern).body());
    }

    @Test
    void rulesNoneEvaluatesNothingAndAllEvaluatesTheWholeCatalogueEverywhere() {
        assertTrue(StackRules.of(null, RuleChoice.NONE).isEmpty());
        assertEquals(Catalogue.all().size(), StackRules.of(null, RuleChoice.ALL).forAccount("123456789012").size());
    }
}
