package io.trailguard.member;

import static io.trailguard.member.StackPlans.list;
import static io.trailguard.member.StackPlans.map;
import static io.trailguard.member.StackPlans.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Feed;
import io.trailguard.naming.Names;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.stack.ComponentArgs;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each account gets the resources of its feed, in its own account, named from config. */
class MemberFeedsTest {

    private final Plan prod = StackPlans.plan("prod");
    private final StackConfig config = prod.config();

    @Test
    void prodUsesBothFeeds() {
        Set<Feed> feeds = config.accounts().stream().map(a -> a.monitoring().feed()).collect(Collectors.toSet());
        assertEquals(Set.of(Feed.TRAIL, Feed.EVENTBRIDGE), feeds);
    }

    @Test
    void everyAccountHasARetainedLogGroupWithItsRetentionAndALocalTopic() {
        for (Account a : config.accounts()) {
            PlannedResource group = memberResource(a, Types.LOG_GROUP);
            assertEquals(Names.MEMBER_LOG_GROUP, group.inputs().get("name"));
            assertEquals((long) a.monitoring().logRetentionDays(), group.inputs().get("retentionInDays"), a.name());
            assertEquals(config.homeRegion(), group.region());
            assertTrue(group.retainOnDelete(), a.name() + ": removing an account must keep its evidence");
            assertEquals(Names.LOCAL_TOPIC, memberResource(a, Types.TOPIC).inputs().get("name"));
        }
    }

    @Test
    void trailFeedAccountsHaveAMultiRegionAccountTrailIntoTheirLogGroupAndTheArchive() {
        for (Account a : accounts(Feed.TRAIL)) {
            Set<String> types = ofAccount(a).stream().map(PlannedResource::type).collect(Collectors.toSet());
            assertFalse(types.contains(Types.EVENT_RULE), a.name() + " is on the trail feed");
            var trail = memberResource(a, Types.TRAIL).inputs();
            assertEquals(Names.MEMBER_TRAIL, trail.get("name"));
            assertEquals(true, trail.get("isMultiRegionTrail"));
            assertEquals(true, trail.get("includeGlobalServiceEvents"));
            assertEquals(true, trail.get("enableLogFileValidation"));
            assertEquals(config.logArchive().bucketName(), trail.get("s3BucketName"));
            assertEquals(Names.MEMBER_TRAIL_PREFIX, trail.get("s3KeyPrefix"));
            assertEquals(StackPlans.ofType(prod, Types.TRAIL, config.logArchive().accountId()).get(0).inputs().get("kmsKeyId"), trail.get("kmsKeyId"),
                    "the organization trail's key, by its ARN");
            assertEquals(Names.memberLogGroupArn(config.homeRegion(), a.id()) + ":*", trail.get("cloudWatchLogsGroupArn"));
            assertEquals("arn:aws:iam::" + a.id() + ":role/" + Names.MEMBER_TRAIL_ROLE, trail.get("cloudWatchLogsRoleArn"));
        }
    }

    @Test
    void accountTrailLogsAllManagementEventsAndTheDataEventsOfItsOwnGuardedResourcesOnly() {
        for (Account a : accounts(Feed.TRAIL)) {
            List<Object> selectors = list(memberResource(a, Types.TRAIL).inputs().get("advancedEventSelectors"));
            List<Object> management = list(map(selectors.get(0)).get("fieldSelectors"));
            assertEquals(List.of(java.util.Map.of("field", "eventCategory", "equals", List.of("Management"))), management,
                    a.name() + ": CIS credit needs every management event, read and write");
            Set<String> dataArns = selectors.stream().skip(1)
                    .flatMap(s -> list(map(s).get("fieldSelectors")).stream().map(StackPlans::map))
                    .filter(f -> f.get("field").equals("resources.ARN"))
                    .flatMap(f -> list(f.getOrDefault("equals", f.get("startsWiths"))).stream().map(String::valueOf))
                    .collect(Collectors.toSet());
            Set<String> expected = a.guardedResources().stream()
                    .map(io.trailguard.trail.TrailSelectors::dataArn).flatMap(java.util.Optional::stream)
                    .collect(Collectors.toSet());
            assertEquals(expected, dataArns, a.name());
            dataArns.forEach(arn -> assertTrue(arn.contains(":" + a.id() + ":") || arn.startsWith("arn:aws:s3:::"), arn));
        }
    }

    @Test
    void eventBridgeAccountsForwardEveryFeedRegionToTheHomeRegionLogGroup() {
        List<Account> accounts = accounts(Feed.EVENTBRIDGE);
        assertFalse(accounts.isEmpty());
        for (Account a : accounts) {
            assertTrue(ofType(prod, Types.TRAIL, a.id()).isEmpty(), a.name() + " has no second trail copy");
            List<PlannedResource> rules = ofType(prod, Types.EVENT_RULE, a.id());
            assertEquals(Set.copyOf(ComponentArgs.feedRegions(config, a)), rules.stream().map(PlannedResource::region).collect(Collectors.toSet()));
            for (PlannedResource rule : rules) {
                assertEquals("ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS", rule.inputs().get("state"));
                assertEquals("default", rule.inputs().get("eventBusName"));
                assertTrue(String.valueOf(rule.inputs().get("eventPattern")).contains("AWS API Call via CloudTrail"));
            }
            for (PlannedResource target : ofType(prod, Types.EVENT_TARGET, a.id())) {
                String arn = (String) target.inputs().get("arn");
                if (target.region().equals(config.homeRegion())) {
                    assertEquals(Names.memberLogGroupArn(config.homeRegion(), a.id()), arn);
                } else {
                    assertEquals(Names.defaultEventBusArn(config.homeRegion(), a.id()), arn);
                    assertEquals(io.trailguard.iam.Arns.role(a.id(), Names.EVENTS_FORWARD_ROLE), target.inputs().get("roleArn"));
                }
            }
            var logPolicy = map(memberResource(a, Types.LOG_RESOURCE_POLICY).inputs().get("policyDocument"));
            String policy = logPolicy.toString();
            assertTrue(policy.contains(Names.eventRuleArn(config.homeRegion(), a.id(), Names.EVENTS_TO_LOGS_RULE)),
                    "the Logs resource policy admits only the home rule");
        }
    }

    /**
     * Found 3 (issue 12): AWS's examples condition only {@code logs:PutLogEvents} on the rule's ARN; conditioning
     * {@code CreateLogStream} the same way can deny delivery (aws-samples/serverless-patterns#618).
     */
    @Test
    void eventsToLogsPolicyScopesOnlyPutLogEventsToTheRule() {
        for (Account a : accounts(Feed.EVENTBRIDGE)) {
            Object doc = memberResource(a, Types.LOG_RESOURCE_POLICY).inputs().get("policyDocument");
            List<PolicyStatements> statements = PolicyStatements.of(doc);
            String rule = Names.eventRuleArn(config.homeRegion(), a.id(), Names.EVENTS_TO_LOGS_RULE);
            for (PolicyStatements s : statements) {
                if (s.actions().contains("logs:CreateLogStream")) {
                    assertEquals(List.of("logs:CreateLogStream"), s.actions(), "CreateLogStream stands alone");
                    assertFalse(s.hasConditions(), "CreateLogStream is not conditioned: " + s.statement());
                }
                if (s.actions().contains("logs:PutLogEvents")) {
                    assertEquals(List.of(rule), s.condition("ArnEquals", "aws:SourceArn"));
                }
            }
            assertTrue(statements.stream().anyMatch(s -> s.actions().contains("logs:CreateLogStream")));
            assertTrue(statements.stream().anyMatch(s -> s.actions().contains("logs:PutLogEvents")));
        }
    }

    private List<Account> accounts(Feed feed) {
        return config.accounts().stream().filter(a -> a.monitoring().feed() == feed).toList();
    }

    private List<PlannedResource> ofAccount(Account a) {
        return prod.cloudResources().stream().filter(r -> r.account().equals(a.id()) && isMember(r, a)).toList();
    }

    private PlannedResource memberResource(Account a, String type) {
        List<PlannedResource> found = ofType(prod, type, a.id()).stream().filter(r -> isMember(r, a)).toList();
        assertEquals(1, found.size(), a.name() + ": one " + type);
        return found.get(0);
    }

    private static boolean isMember(PlannedResource r, Account a) {
        return r.name().startsWith("member-" + a.id() + "-");
    }
}
