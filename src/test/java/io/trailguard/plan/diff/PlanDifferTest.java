package io.trailguard.plan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Stacks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Matching by URN and classifying changes, on hand-made plans. */
class PlanDifferTest {

    private static final StackConfig DEV = Stacks.load("dev");
    private static final PlanDiffer DIFFER = new PlanDiffer(ReplacementRules.pulumiAws());

    private static PlannedResource resource(String type, String name, String account, boolean protect, Map<String, Object> inputs) {
        return new PlannedResource("urn:pulumi:dev::trailguard::" + type + "::" + name, type, name, account, "eu-west-1",
                "aws-" + account + "-eu-west-1", protect, false, inputs);
    }

    private static Plan plan(PlannedResource... resources) {
        return new Plan("dev", DEV, List.of(resources));
    }

    private static Map<String, Object> statement(String sid, String effect, Object action) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Sid", sid);
        s.put("Effect", effect);
        s.put("Action", action);
        s.put("Resource", "*");
        return s;
    }

    private static Map<String, Object> document(Object... statements) {
        return Map.of("Version", "2012-10-17", "Statement", List.of(statements));
    }

    @Test
    void changedBucketNameReplacesTheBucketAndFlagsItsProtection() {
        PlannedResource before = resource("aws:s3/bucketV2:BucketV2", "trail-bucket", "222222222222", true, Map.of("bucket", "old-name", "objectLockEnabled", true));
        PlannedResource after = resource("aws:s3/bucketV2:BucketV2", "trail-bucket", "222222222222", true, Map.of("bucket", "new-name", "objectLockEnabled", true));
        PlanDiff diff = DIFFER.diff(plan(before), plan(after), "base");
        assertEquals(1, diff.changes().size());
        ResourceChange c = diff.changes().get(0);
        assertEquals(ChangeKind.REPLACE, c.kind());
        assertEquals(List.of("bucket"), c.replacementCauses());
        assertTrue(c.blockedByProtect());
        assertEquals("old-name", c.properties().get(0).before());
        assertEquals("new-name", c.properties().get(0).after());
    }

    @Test
    void inputThatIsNotForceNewIsAnInPlaceUpdate() {
        PlannedResource before = resource("aws:cloudwatch/logGroup:LogGroup", "g", "222222222222", false, Map.of("name", "/g", "retentionInDays", 90L));
        PlannedResource after = resource("aws:cloudwatch/logGroup:LogGroup", "g", "222222222222", false, Map.of("name", "/g", "retentionInDays", 365L));
        ResourceChange c = DIFFER.diff(plan(before), plan(after), "base").changes().get(0);
        assertEquals(ChangeKind.UPDATE, c.kind());
        assertFalse(c.blockedByProtect());
        assertEquals(List.of("retentionInDays"), c.properties().stream().map(PropertyChange::input).toList());
        assertNull(c.properties().get(0).statements());
    }

    @Test
    void policyChangeIsDiffedStatementByStatement() {
        Map<String, Object> kept = statement("Kept", "Allow", "kms:Describe*");
        Map<String, Object> before = document(kept, statement("Edited", "Allow", "kms:Decrypt"), statement("Dropped", "Allow", "kms:Encrypt"));
        Map<String, Object> after = document(kept, statement("Edited", "Allow", List.of("kms:Decrypt", "kms:ReEncrypt*")), statement("New", "Deny", "kms:ScheduleKeyDeletion"));
        PlanDiff diff = DIFFER.diff(
                plan(resource("aws:kms/key:Key", "key", "222222222222", true, Map.of("policy", before, "enableKeyRotation", true))),
                plan(resource("aws:kms/key:Key", "key", "222222222222", true, Map.of("policy", after, "enableKeyRotation", true))), "base");
        ResourceChange c = diff.changes().get(0);
        assertEquals(ChangeKind.UPDATE, c.kind(), "a key policy changes in place");
        StatementDiff s = c.properties().get(0).statements();
        assertEquals(List.of("New"), s.added().stream().map(x -> x.get("Sid")).toList());
        assertEquals(List.of("Dropped"), s.removed().stream().map(x -> x.get("Sid")).toList());
        assertEquals(List.of("Edited"), s.changed().stream().map(StatementDiff.Changed::sid).toList());
        assertEquals("kms:Decrypt", s.changed().get(0).before().get("Action"));
    }

    @Test
    void urnOnlyInTheCurrentPlanIsACreateAndOnlyInTheBaseADelete() {
        PlannedResource kept = resource("aws:sns/topic:Topic", "t", "333333333333", false, Map.of("name", "t"));
        PlannedResource added = resource("aws:cloudwatch/logGroup:LogGroup", "new", "666666666666", false, Map.of("name", "/n"));
        PlannedResource removed = resource("aws:cloudwatch/logGroup:LogGroup", "old", "555555555555", false, Map.of("name", "/o"));
        PlanDiff diff = DIFFER.diff(plan(kept, removed), plan(kept, added), "base");
        assertEquals(Map.of("555555555555", List.of(ChangeKind.DELETE), "666666666666", List.of(ChangeKind.CREATE)),
                Map.copyOf(diff.byAccount().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(ResourceChange::kind).toList()))));
    }

    @Test
    void componentsAndTheStackAreNotChanges() {
        PlannedResource component = new PlannedResource("urn:pulumi:dev::trailguard::trailguard:archive:LogArchive::log-archive",
                "trailguard:archive:LogArchive", "log-archive", "", "", "", false, false, Map.of());
        assertTrue(DIFFER.diff(plan(), plan(component), "base").isEmpty());
    }

    @Test
    void everyReplacementRuleNamesItsUpstreamSource() {
        ReplacementRules rules = ReplacementRules.pulumiAws();
        assertTrue(rules.forcesReplacement("aws:cloudtrail/trail:Trail", "name"));
        assertFalse(rules.forcesReplacement("aws:cloudtrail/trail:Trail", "s3BucketName"));
        assertTrue(rules.forcesReplacement("aws:cloudwatch/logGroup:LogGroup", "name"));
        assertFalse(rules.forcesReplacement("aws:kms/key:Key", "policy"));
        assertTrue(rules.source("aws:cloudwatch/logGroup:LogGroup").contains("internal/service/logs/group.go"));
    }
}
