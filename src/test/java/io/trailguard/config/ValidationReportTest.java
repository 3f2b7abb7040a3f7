package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.testing.Stacks;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    @Test
    void everyProblemIsFoundInOnePass() {
        String yaml = Stacks.text("dev")
                .replace("managementAccountId: \"111111111111\"", "managementAccountId: 111111111111")
                .replace("homeRegion: eu-west-1", "homeRegion: eu-wset-1")
                .replace("logGroupRetentionDays: 90", "logGroupRetentionDays: 91")
                .replace("deployRoleName:", "deployRolName:");
        LoadResult r = Stacks.loadText(yaml);
        assertEquals(4, r.errors().size(), r::report);
    }

    @Test
    void misspelledKeysGetADidYouMeanHint() {
        LoadResult r = Stacks.loadText(Stacks.text("dev").replace("deployRoleName:", "deployRolName:"));
        ConfigError e = r.errors().get(0);
        assertEquals("did you mean `deployRoleName`?", e.hint());
    }

    @Test
    void misspelledRegionsGetTheNearestRegion() {
        LoadResult r = Stacks.loadText(Stacks.text("dev").replace("homeRegion: eu-west-1", "homeRegion: eu-wset-1"));
        assertTrue(r.report().contains("did you mean `eu-west-1`?"), r::report);
    }

    @Test
    void reportReadsLikeACompilerDiagnostic() {
        LoadResult r = Stacks.loadText(Stacks.text("dev").replace("logGroupRetentionDays: 90", "logGroupRetentionDays: 91"));
        String first = r.report().lines().findFirst().orElseThrow();
        assertTrue(first.matches("test\\.yaml:\\d+: trailguard:trail\\.logGroupRetentionDays: 91 is not a CloudWatch Logs retention value \\(nearest valid: 90; .*\\)"), first);
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        LoadResult r = Stacks.loadText("config:\n  trailguard:organization:\n    id: [unclosed\n");
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).message().startsWith("invalid YAML"), r::report);
        assertTrue(r.errors().get(0).line() > 0);
    }

    @Test
    void yamlOneOneBooleansAreNotBooleans() {
        LoadResult r = Stacks.loadText(Stacks.text("dev").replace("  trailguard:guardrails:\n", "  trailguard:guardrails:\n    enabled: yes\n"));
        assertEquals("trailguard:guardrails.enabled", r.errors().get(0).path(), r::report);
        assertTrue(r.errors().get(0).message().contains("expected true or false"));
    }

    @Test
    void errorsAreListedInLineOrder() {
        String yaml = Stacks.text("dev")
                .replace("logGroupRetentionDays: 90", "logGroupRetentionDays: 91")
                .replace("homeRegion: eu-west-1", "homeRegion: eu-wset-1");
        LoadResult r = Stacks.loadText(yaml);
        assertTrue(r.errors().get(0).line() < r.errors().get(1).line(), r::report);
    }

    @Test
    void emptyFileIsReportedAsEmpty() {
        LoadResult r = Stacks.loadText("");
        assertEquals("the stack file is empty", r.errors().get(0).message());
    }

    @Test
    void stackFileWithoutConfigIsRejected() {
        LoadResult r = Stacks.loadText("encryptionsalt: abc\n");
        assertEquals("config", r.errors().get(0).path());
    }

    @Test
    void keysOutsideTheNamespaceAreRejectedButOtherNamespacesAreIgnored() {
        String yaml = Stacks.text("dev").replace("  aws:region: eu-west-1", "  aws:region: eu-west-1\n  accounts: []");
        LoadResult r = Stacks.loadText(yaml);
        assertEquals("write it as trailguard:accounts", r.errors().get(0).hint(), r::report);
    }
}
