package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.detect.Feed;
import io.trailguard.testing.Stacks;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackFilesTest {

    @Test
    void devStackIsASmallValidOrganization() {
        StackConfig c = Stacks.load("dev");
        assertTrue(c.accounts().size() >= 4 && c.accounts().size() <= 6, "dev has 4-6 accounts");
        assertTrue(c.organization().allowedRegions().size() <= 2, "dev has 1-2 regions");
        assertEquals("222222222222", c.logArchive().accountId());
        assertEquals("333333333333", c.alerting().securityAccountId());
    }

    @Test
    void prodStackIsARealisticOrganization() {
        StackConfig c = Stacks.load("prod");
        assertTrue(c.accounts().size() >= 10);
        assertTrue(c.accounts().stream().map(Account::ou).distinct().count() >= 4, "several OUs");
        assertTrue(c.organization().allowedRegions().size() >= 2);
        assertTrue(c.accounts().stream().anyMatch(a -> !a.guardedResources().isEmpty()), "guarded resources");
        assertTrue(c.accounts().stream().anyMatch(a -> a.monitoring().feed() == Feed.EVENTBRIDGE), "one account on the EventBridge feed");
    }

    @Test
    void defaultsAreAppliedOnceInTheBinder() {
        StackConfig c = Stacks.load("dev");
        assertEquals("trailguard-trail-222222222222-eu-west-1", c.logArchive().bucketName());
        assertEquals("trailguard-access-logs-222222222222-eu-west-1", c.logArchive().accessLogs().bucketName());
        assertEquals("trailguard-organization", c.trail().name());
        assertEquals(List.of("cis", "seed", "insider"), c.members().monitoring().ruleSets());
        assertEquals(CoverageMode.OFF, c.coverage());
        assertEquals(Scope.ALL, c.scope());
        assertTrue(c.guardrails().policy(GuardrailSettings.Guardrail.REGION_DENY).enabled());
        assertTrue(!c.guardrails().policy(GuardrailSettings.Guardrail.DENY_ROOT_USER).enabled(), "root deny is opt-in");
    }

    @Test
    void accountOverridesMergeWithMemberDefaults() {
        StackConfig c = Stacks.load("prod");
        Account data = c.accounts().stream().filter(a -> a.name().equals("data-prod")).findFirst().orElseThrow();
        assertEquals(731, data.monitoring().logRetentionDays());
        assertEquals(Feed.TRAIL, data.monitoring().feed());
        Account analytics = c.accounts().stream().filter(a -> a.name().equals("analytics-prod")).findFirst().orElseThrow();
        assertEquals(Feed.EVENTBRIDGE, analytics.monitoring().feed());
        assertEquals(365, analytics.monitoring().logRetentionDays());
    }

    @Test
    void guardedResourcesKeepTheirAllowListsInConfigOrder() {
        StackConfig c = Stacks.load("prod");
        GuardedResource table = c.accounts().stream().flatMap(a -> a.guardedResources().stream())
                .filter(g -> g.type() == GuardedResource.Type.DYNAMODB_TABLE).findFirst().orElseThrow();
        assertEquals("SomeImportantDynamoDBTable", table.resourceName());
        assertEquals(List.of("Query", "PutItem", "DeleteItem"), List.copyOf(table.allow().keySet()));
        assertEquals(2, table.allow().get("Query").size());
    }

    @Test
    void stackFileAndPulumiConfigYieldTheSameRecords() {
        for (String stack : List.of("dev", "prod")) {
            var fromFile = Stacks.load(stack);
            var pulumi = Stacks.asPulumiConfig(Stacks.text(stack));
            var fromPulumi = ConfigLoader.fromPulumiConfig(
                    k -> java.util.Optional.ofNullable(pulumi.get("trailguard:" + k)), pulumi.keySet(), "Pulumi." + stack + ".yaml",
                    ConfigLoader.NO_EXTRA_CHECKS);
            assertTrue(fromPulumi.ok(), fromPulumi::report);
            assertEquals(fromFile, fromPulumi.config(), stack + ": both sources must bind to equal records");
        }
    }
}
