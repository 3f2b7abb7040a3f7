package io.trailguard.trail;

import io.trailguard.stack.ComponentArgs;
import static io.trailguard.testing.Plans.input;
import static io.trailguard.testing.Plans.one;
import static io.trailguard.testing.PolicyAssert.condition;
import static io.trailguard.testing.PolicyAssert.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.naming.Names;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationTrailTest {

    private final Plan plan = Plans.of("prod");
    private final PlannedResource trail = one(plan, "aws:cloudtrail/trail:Trail", "organization-trail");

    @Test
    void logArchiveIsRegisteredAsDelegatedAdministratorByTheManagementAccount() {
        PlannedResource da = one(plan, "aws:cloudtrail/organizationDelegatedAdminAccount:OrganizationDelegatedAdminAccount", "-delegated-admin");
        assertEquals("100000000001", da.account(), "only the management account can register a delegated administrator");
        assertEquals("100000000002", da.inputs().get("accountId"));
    }

    @Test
    void trailCoversTheWholeOrganizationEveryRegionWithValidationAndKms() {
        assertEquals("100000000002", trail.account(), "created by the delegated administrator");
        assertEquals("trailguard-organization", trail.inputs().get("name"));
        for (String flag : List.of("isOrganizationTrail", "isMultiRegionTrail", "includeGlobalServiceEvents", "enableLogFileValidation", "enableLogging")) {
            assertEquals(true, trail.inputs().get(flag), flag);
        }
        assertEquals("trailguard-trail-100000000002-eu-west-1", trail.inputs().get("s3BucketName"));
        assertTrue(String.valueOf(trail.inputs().get("kmsKeyId")).startsWith("arn:aws:kms:eu-west-1:100000000002:key/"));
        assertTrue(trail.protect());
    }

    @Test
    void trailArnIsOwnedByTheManagementAccount() {
        assertEquals("arn:aws:cloudtrail:eu-west-1:100000000001:trail/trailguard-organization", Names.orgTrailArn(ComponentArgs.topology(Stacks.load("prod"))));
    }

    @Test
    void eventsGoToTheCentralLogGroupThroughALeastPrivilegeRole() {
        assertEquals("arn:aws:logs:eu-west-1:100000000002:log-group:/trailguard/organization-trail:*", trail.inputs().get("cloudWatchLogsGroupArn"));
        PlannedResource group = one(plan, "aws:cloudwatch/logGroup:LogGroup", "-central-log-group");
        assertEquals(365L, group.inputs().get("retentionInDays"));
        assertTrue(group.retainOnDelete(), "evidence is never deleted by removing config");
        assertTrue(String.valueOf(group.inputs().get("kmsKeyId")).startsWith("arn:aws:kms:"));

        PlannedResource role = one(plan, "aws:iam/role:Role", "-log-delivery-role");
        assertEquals(trail.inputs().get("cloudWatchLogsRoleArn"), "arn:aws:iam::100000000002:role/" + role.inputs().get("name"));
        JsonNode trust = input(role, "assumeRolePolicy").get("Statement").get(0);
        assertEquals("cloudtrail.amazonaws.com", trust.path("Principal").path("Service").asText());
        assertEquals(List.of("arn:aws:cloudtrail:eu-west-1:100000000001:trail/trailguard-organization"),
                condition(trust, "StringEquals", "aws:SourceArn"));

        JsonNode perms = input(one(plan, "aws:iam/rolePolicy:RolePolicy", "-log-delivery-policy"), "policy").get("Statement");
        assertEquals(1, perms.size());
        assertEquals(List.of("logs:CreateLogStream", "logs:PutLogEvents"), values(perms.get(0).get("Action")));
        assertEquals(List.of("arn:aws:logs:eu-west-1:100000000002:log-group:/trailguard/organization-trail:log-stream:*"),
                values(perms.get(0).get("Resource")));
    }

    @Test
    void selectorsLogAllManagementEventsAndDataEventsOfEveryGuardedResource() {
        JsonNode selectors = input(trail, "advancedEventSelectors");
        JsonNode first = selectors.get(0).path("fieldSelectors");
        assertEquals(1, first.size(), "management events are not narrowed");
        assertEquals("eventCategory", first.get(0).path("field").asText());
        assertEquals(List.of("Management"), values(first.get(0).path("equals")));

        List<String> dataArns = new ArrayList<>();
        for (JsonNode s : selectors) {
            for (JsonNode f : s.path("fieldSelectors")) {
                if (f.path("field").asText().equals("resources.ARN")) {
                    dataArns.addAll(values(f.path("equals")));
                    dataArns.addAll(values(f.path("startsWiths")));
                }
            }
        }
        assertTrue(dataArns.contains("arn:aws:dynamodb:eu-west-1:100000000007:table/SomeImportantDynamoDBTable"));
        assertTrue(dataArns.contains("arn:aws:lambda:eu-west-1:100000000006:function:MyLambda"));
        assertTrue(dataArns.contains("arn:aws:s3:::payments-statements-prod/"));
        assertTrue(TrailSelectors.valueCount(TrailSelectors.of(Stacks.load("prod").trail(), ComponentArgs.organizationTrail(Stacks.load("prod"), null).guardedResources())) <= TrailSelectors.MAX_VALUES);
    }

    @Test
    void insightsFollowConfig() {
        JsonNode insights = input(trail, "insightSelectors");
        assertEquals(2, insights.size());
        PlannedResource devTrail = one(Plans.of("dev"), "aws:cloudtrail/trail:Trail", "organization-trail");
        assertTrue(devTrail.inputs().get("insightSelectors") == null, "dev has Insights off");
    }
}
