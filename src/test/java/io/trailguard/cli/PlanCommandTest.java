package io.trailguard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.testing.Cli;
import io.trailguard.testing.Stacks;
import org.junit.jupiter.api.Test;

class PlanCommandTest {

    @Test
    void treeShowsAccountsRegionsTypesProvidersAndTotals() {
        Cli r = Cli.run("plan", "--config", Stacks.file("dev").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("log-archive (222222222222) [log archive]"), r.out());
        assertTrue(r.out().contains("aws:cloudtrail/trail:Trail"));
        assertTrue(r.out().matches("(?s).*\\nproviders: \\d+ .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\ntotal: \\d+ resources in \\d+ accounts\\n.*"), r.out());
    }

    @Test
    void jsonListsEveryResourceWithParsedPolicies() {
        Cli r = Cli.run("plan", "--config", Stacks.file("prod").toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode plan = Stacks.json(r.out());
        assertEquals("prod", plan.path("stack").asText());
        int clouds = 0;
        for (JsonNode res : plan.path("resources")) {
            for (String field : new String[] {"urn", "type", "name", "account", "region", "provider", "inputs"}) {
                assertTrue(res.has(field), field + " missing in " + res.path("urn"));
            }
            if (res.path("type").asText().equals("aws:s3/bucketPolicy:BucketPolicy")) {
                assertTrue(res.path("inputs").path("policy").isObject(), "policies are JSON objects, not strings");
            }
            if (res.path("type").asText().startsWith("aws:")) {
                clouds++;
            }
        }
        assertEquals(plan.path("summary").path("resources").asInt(), clouds);
    }

    @Test
    void invalidScopeIsRejected() {
        Cli r = Cli.run("plan", "--config", Stacks.file("dev").toString(), "--scope", "accounts:999999999999");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("--scope"));
    }

    @Test
    void aMemberOnlyScopeWithoutTheTrailKeysArnIsRejected() {
        Cli r = Cli.run("plan", "--config", Stacks.file("dev").toString(), "--scope", "accounts:555555555555");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("trailguard:logArchive.trailKeyArn"), r.err());
    }
}
