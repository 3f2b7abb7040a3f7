package io.trailguard.stackset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.config.AwsLimits;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.stack.StackSetProfiles;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The StackSets of the stackset test stack: what AWS needs for them to reach every account of an OU, and keep evidence. */
class MemberStackSetsTest {

    private static final String STACK_SET = "aws:cloudformation/stackSet:StackSet";
    private static final String INSTANCE = "aws:cloudformation/stackSetInstance:StackSetInstance";

    @Test
    void oneServiceManagedAutoDeployedStackSetPerProfileInTheManagementAccount() {
        Plan plan = Plans.of("stackset");
        List<PlannedResource> sets = plan.ofType(STACK_SET);
        assertEquals(Set.of("trailguard-members-workloads", "trailguard-members-security"),
                sets.stream().map(r -> (String) r.inputs().get("name")).collect(Collectors.toSet()));
        for (PlannedResource s : sets) {
            JsonNode in = Stacks.json(s.inputs());
            assertEquals("111111111111", s.account(), "created through the management account's provider");
            assertEquals("SERVICE_MANAGED", in.path("permissionModel").asText());
            assertTrue(in.path("autoDeployment").path("enabled").asBoolean(), "accounts joining a targeted OU are covered");
            assertTrue(in.path("autoDeployment").path("retainStacksOnAccountRemoval").asBoolean(), "evidence stays when an account leaves");
            assertEquals("SELF", in.path("callAs").asText());
            assertEquals("CAPABILITY_NAMED_IAM", in.path("capabilities").get(0).asText(), "the template creates named roles");
            assertEquals("eu-west-1", in.path("operationPreferences").path("regionOrders").get(0).asText(), "home region first");
        }
    }

    @Test
    void templatesOverTheInlineLimitAreS3ObjectsKeyedByTheirContentHash() {
        Plan plan = Plans.of("stackset");
        var profile = StackSetProfiles.profile(plan.config(), plan.config().members().stackSet().profiles().get(0));
        MemberTemplate t = profile.template();
        assertTrue(t.sizeBytes() > AwsLimits.STACKSET_TEMPLATE_BODY_MAX_BYTES, "a full rule catalogue is over 51,200 bytes: " + t.sizeBytes());
        assertTrue(t.resourceCount() <= AwsLimits.STACKSET_RESOURCES_PER_TEMPLATE, t.resourceCount() + " resources");
        PlannedResource set = plan.ofType(STACK_SET).stream().filter(r -> r.inputs().get("name").equals("trailguard-members-" + profile.name())).findFirst().orElseThrow();
        assertFalse(set.inputs().containsKey("templateBody"));
        String url = (String) set.inputs().get("templateUrl");
        assertTrue(url.endsWith("/member-templates/" + profile.name() + "/" + t.sha256() + ".json"), url);
        PlannedResource object = plan.ofType("aws:s3/bucketObjectv2:BucketObjectv2").stream()
                .filter(o -> ((String) o.inputs().get("key")).contains(t.sha256())).findFirst().orElseThrow();
        assertEquals("111111111111", object.account());
        assertTrue(url.startsWith("https://" + object.inputs().get("bucket") + ".s3.eu-west-1.amazonaws.com/"), url);
        // The object holds exactly the rendered template.
        assertEquals(Stacks.json(t.body()), Stacks.json(object.inputs().get("content")));
    }

    @Test
    void instancesTargetTheProfilesOusInEveryFeedRegionAndRetainStacks() {
        Plan plan = Plans.of("stackset");
        List<PlannedResource> instances = plan.ofType(INSTANCE);
        Set<String> security = new TreeSet<>();
        for (PlannedResource i : instances) {
            JsonNode in = Stacks.json(i.inputs());
            assertTrue(in.path("retainStack").asBoolean(), i.name());
            if (in.path("stackSetName").asText().equals("trailguard-members-security")) {
                security.add(in.path("region").asText());
                assertEquals("[\"ou-dev1-security\"]", in.path("deploymentTargets").path("organizationalUnitIds").toString());
            } else {
                assertEquals("eu-west-1", in.path("region").asText(), "the trail feed's account trail is multi-region");
                assertEquals("[\"ou-dev1-workload1\",\"ou-dev1-workload2\"]", in.path("deploymentTargets").path("organizationalUnitIds").toString());
            }
        }
        assertEquals(new TreeSet<>(profileRegions(plan, "security")), security);
    }

    @Test
    void accountsOfTargetedOusGetNoResourcesOrProviderOfThisStack() {
        Plan plan = Plans.of("stackset");
        Set<String> membersHere = plan.cloudResources().stream().filter(r -> r.name().startsWith("member-") && !r.name().startsWith("member-stacksets"))
                .map(PlannedResource::account).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("111111111111", "666666666666"), membersHere, "the management account and the exception only");
        Set<String> providerAccounts = plan.providers().stream().map(PlannedResource::account).collect(Collectors.toSet());
        assertFalse(providerAccounts.contains("444444444444"), "a StackSet account costs no provider");
        assertTrue(plan.providers().size() <= 5, plan.providers().size() + " providers");
    }

    @Test
    void moreThanFiftyOusAreSplitOverInstancesInConfigOrder() {
        List<String> ous = new java.util.ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ous.add(String.format("ou-abcd-%08d", i));
        }
        List<List<String>> groups = MemberStackSets.ouGroups(ous);
        assertEquals(3, groups.size());
        assertTrue(groups.stream().allMatch(g -> g.size() <= AwsLimits.STACKSET_OUS_PER_OPERATION));
        assertEquals(ous, groups.stream().flatMap(List::stream).toList());
    }

    private static List<String> profileRegions(Plan plan, String name) {
        var p = plan.config().members().stackSet().profiles().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return StackSetProfiles.profile(plan.config(), p).regions();
    }
}
