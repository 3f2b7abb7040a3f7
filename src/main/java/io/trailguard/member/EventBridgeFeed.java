package io.trailguard.member;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.LogResourcePolicy;
import com.pulumi.aws.cloudwatch.LogResourcePolicyArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.trailguard.config.Account;
import io.trailguard.naming.Names;
import java.util.List;
import java.util.Map;

/**
 * The EventBridge feed: in the home region a default-bus rule writes CloudTrail events into the log group (allowed
 * by a Logs resource policy); in every other feed region a rule forwards them to the home region's default bus
 * through a role. No second trail copy, seconds of latency, one provider per region.
 */
final class EventBridgeFeed {

    private EventBridgeFeed() {}

    /** @param providers one per feed region, home region included ({@link FeedRegions}) */
    static void create(String scope, String home, Account account, Map<String, Provider> providers,
                       Resource parent, Resource logGroup) {
        String id = account.id();
        Provider homeProvider = providers.get(home);

        var logPolicy = new LogResourcePolicy(scope + "-events-to-logs-policy", LogResourcePolicyArgs.builder()
                .policyName(Names.EVENTS_LOG_RESOURCE_POLICY)
                .policyDocument(EventsToLogsPolicy.of(home, id).toJson())
                .build(), opts(parent, homeProvider).build());
        var toLogs = rule(scope + "-events-" + home + "-to-logs", Names.EVENTS_TO_LOGS_RULE,
                "trailguard: CloudTrail events of every feed region into " + Names.MEMBER_LOG_GROUP, parent, homeProvider);
        new EventTarget(scope + "-events-" + home + "-to-logs-target", EventTargetArgs.builder()
                .rule(toLogs.name())
                .targetId("member-log-group")
                .arn(Names.memberLogGroupArn(home, id))
                .build(), opts(parent, homeProvider).dependsOn(List.of(logGroup, logPolicy)).build());

        List<String> others = providers.keySet().stream().filter(r -> !r.equals(home)).sorted().toList();
        if (others.isEmpty()) {
            return;
        }
        var role = new Role(scope + "-events-forward-role", RoleArgs.builder()
                .name(Names.EVENTS_FORWARD_ROLE)
                .description("trailguard: EventBridge forwards CloudTrail events to the " + home + " default bus")
                .assumeRolePolicy(EventForwardingPolicies.trust(id).toJson())
                .build(), opts(parent, homeProvider).build());
        var rolePolicy = new RolePolicy(scope + "-events-forward-policy", RolePolicyArgs.builder()
                .role(role.name())
                .name("put-events-home-bus")
                .policy(EventForwardingPolicies.permissions(home, id).toJson())
                .build(), opts(parent, homeProvider).build());
        for (String region : others) {
            Provider p = providers.get(region);
            var forward = rule(scope + "-events-" + region + "-forward", Names.EVENTS_FORWARD_RULE,
                    "trailguard: forward CloudTrail events to the " + home + " default bus", parent, p);
            new EventTarget(scope + "-events-" + region + "-forward-target", EventTargetArgs.builder()
                    .rule(forward.name())
                    .targetId("home-region-bus")
                    .arn(Names.defaultEventBusArn(home, id))
                    .roleArn(role.arn())
                    .build(), opts(parent, p).dependsOn(rolePolicy).build());
        }
    }

    private static EventRule rule(String pulumiName, String awsName, String description, Resource parent, Provider p) {
        return new EventRule(pulumiName, EventRuleArgs.builder()
                .name(awsName)
                .description(description)
                .eventBusName("default")
                .eventPattern(CloudTrailEventPattern.json())
                .state(CloudTrailEventPattern.RULE_STATE)
                .build(), opts(parent, p).build());
    }

    private static CustomResourceOptions.Builder opts(Resource parent, Provider provider) {
        return CustomResourceOptions.builder().parent(parent).provider(provider);
    }
}
