package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.testing.Stacks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** stackset mode's config rules, each reported at its key path with what would be valid. */
class StackSetCheckTest {

    private static String base() {
        return Stacks.text("stackset");
    }

    private static List<String> paths(String yaml) {
        LoadResult r = Stacks.loadText(yaml);
        return r.errors().stream().map(ConfigError::path).toList();
    }

    private static ConfigError only(String yaml, String path) {
        LoadResult r = Stacks.loadText(yaml);
        List<ConfigError> at = r.errors().stream().filter(e -> e.path().equals(path)).toList();
        assertEquals(1, at.size(), () -> "one error at " + path + ":\n" + r.report());
        assertTrue(at.get(0).hint() != null && !at.get(0).hint().isEmpty(), "a hint says what would be valid");
        return at.get(0);
    }

    @Test
    void theTestStackIsValidAndTheManagementAccountStaysInStacksMode() {
        StackConfig c = Stacks.load("stackset");
        assertEquals(Deployment.STACKSET, c.members().deployment());
        assertEquals(Deployment.STACKS, c.requireAccount("111111111111").deployment(), "the default does not apply to the management account");
        assertEquals(Deployment.STACKSET, c.requireAccount("444444444444").deployment());
        // A listed StackSet account starts from its profile's settings, not from members'.
        assertEquals(io.trailguard.detect.Feed.EVENTBRIDGE, c.requireAccount("222222222222").monitoring().feed());
        assertEquals(365, c.requireAccount("333333333333").monitoring().logRetentionDays());
        assertEquals(new StackSetSettings.OperationPreferences(25, 10, "SEQUENTIAL", List.of()), c.members().stackSet().operationPreferences());
    }

    @Test
    void theManagementAccountCannotBeSetToStackset() {
        String yaml = base().replace("      name: management\n      ou: r-dev1\n", "      name: management\n      ou: r-dev1\n      deployment: stackset\n");
        assertTrue(only(yaml, "trailguard:accounts[0].deployment").message().contains("management account"));
    }

    @Test
    void anAccountThisStackDeploysMustNotSitInATargetedOu() {
        String yaml = base().replace("      name: workload-dev\n      ou: ou-dev1-workload1\n",
                "      name: workload-dev\n      ou: ou-dev1-workload1\n      deployment: stacks\n");
        assertTrue(only(yaml, "trailguard:accounts[3].ou").message().contains("targeted by profile workloads"));
    }

    @Test
    void guardedResourcesOrOwnSettingsNeedStacksMode() {
        String guarded = base().replace("      ou: ou-dev1-exceptions\n      deployment: stacks\n", "      ou: ou-dev1-workload1\n      deployment: stackset\n");
        assertTrue(paths(guarded).contains("trailguard:accounts[4].guardedResources"), paths(guarded).toString());
        String own = base().replace("      name: workload-dev\n      ou: ou-dev1-workload1\n",
                "      name: workload-dev\n      ou: ou-dev1-workload1\n      logRetentionDays: 30\n");
        assertTrue(only(own, "trailguard:accounts[3]").message().contains("settings of its own"));
    }

    @Test
    void aStacksetAccountNeedsAProfileForItsOu() {
        String yaml = base().replace("      name: workload-dev\n      ou: ou-dev1-workload1\n", "      name: workload-dev\n      ou: ou-dev1-other123\n");
        assertTrue(only(yaml, "trailguard:accounts[3].ou").message().contains("no profile targets"));
    }

    @Test
    void anOuBelongsToOneProfileAndProfilesAreNamedForStackSets() {
        String twice = base().replace("          organizationalUnits: [ou-dev1-security]", "          organizationalUnits: [ou-dev1-security, ou-dev1-workload2]");
        only(twice, "trailguard:members.stackset.profiles[1].organizationalUnits[1]");
        String badName = base().replace("        - name: workloads", "        - name: Work_loads");
        only(badName, "trailguard:members.stackset.profiles[0].name");
    }

    @Test
    void operationPreferencesAreInCloudFormationsRanges() {
        String yaml = base().replace("    stackset:\n", "    stackset:\n      operationPreferences:\n        maxConcurrentPercentage: 0\n"
                + "        failureTolerancePercentage: 101\n        regionOrder: [us-west-2]\n");
        List<String> p = paths(yaml);
        assertTrue(p.contains("trailguard:members.stackset.operationPreferences.maxConcurrentPercentage"), p.toString());
        assertTrue(p.contains("trailguard:members.stackset.operationPreferences.failureTolerancePercentage"), p.toString());
        assertTrue(p.contains("trailguard:members.stackset.operationPreferences.regionOrder[0]"), p.toString());
    }

    @Test
    void delegatedAdminNeedsItsAccountAndSelfNeedsNone() {
        String delegated = base().replace("    stackset:\n", "    stackset:\n      callAs: DELEGATED_ADMIN\n");
        only(delegated, "trailguard:members.stackset.adminAccountId");
        String self = base().replace("    stackset:\n", "    stackset:\n      adminAccountId: \"333333333333\"\n");
        only(self, "trailguard:members.stackset.adminAccountId");
        String ok = base().replace("    stackset:\n", "    stackset:\n      callAs: DELEGATED_ADMIN\n      adminAccountId: \"333333333333\"\n");
        assertTrue(Stacks.loadText(ok).ok(), Stacks.loadText(ok).report());
    }

    @Test
    void stacksetModeWithoutProfilesIsRefused() {
        String yaml = base().replaceAll("(?s)    stackset:\\n      profiles:.*?logRetentionDays: 365\\n", "");
        only(yaml, "trailguard:members.stackset.profiles");
    }
}
