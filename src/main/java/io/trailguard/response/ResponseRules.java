package io.trailguard.response;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.inputs.EventTargetInputTransformerArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.ssm.Document;
import com.pulumi.aws.ssm.DocumentArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.member.CloudTrailEventPattern;
import io.trailguard.naming.Names;
import io.trailguard.providers.RequiredProvider;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Real-time response in one account: per response an EventBridge rule on the default bus of every region it
 * listens in; in the home region the rule notifies the central topic of the rule's severity or starts the action's
 * SSM Automation runbook, in every other region it forwards to the home region's bus (SNS targets and runbooks live in
 * the home region; global services deliver in us-east-1).
 */
public final class ResponseRules extends ComponentResource {

    public static final String TYPE = "trailguard:response:ResponseRules";

    public ResponseRules(String name, ResponseArgs args, ComponentResourceOptions options) {
        super(TYPE, name, RequiredProvider.in(options, "ResponseRules", "account's home-region"));
        ResponseContext ctx = args.context();
        String home = ctx.homeRegion();
        Provider homeProvider = args.providers().get(home);
        if (RequiredProvider.of(options, "ResponseRules", "account's home-region") != homeProvider) {
            throw new IllegalArgumentException("ResponseRules for " + ctx.accountId() + ": the options' provider is not the home-region provider in args");
        }
        List<String> others = args.feedForwardsEvents() ? List.of()
                : new TreeSet<>(args.providers().keySet()).stream().filter(r -> !r.equals(home)).toList();
        TreeSet<Action> enforced = new TreeSet<>();
        args.responses().stream().filter(Response::enforces).forEach(r -> enforced.add(r.action()));

        Role eventsRole = null;
        List<Resource> eventsReady = new ArrayList<>();
        if (!enforced.isEmpty() || !others.isEmpty()) {
            eventsRole = new Role(name + "-events-role", RoleArgs.builder()
                    .name(Names.RESPONSE_EVENTS_ROLE)
                    .description("trailguard: EventBridge starts response runbooks and forwards response events to " + home)
                    .assumeRolePolicy(ResponsePolicies.eventsTrust(ctx.accountId()).toJson())
                    .build(), opts(homeProvider).build());
            eventsReady.add(new RolePolicy(name + "-events-policy", RolePolicyArgs.builder()
                    .role(eventsRole.name())
                    .name("start-runbooks-and-forward")
                    .policy(ResponsePolicies.eventsPermissions(ctx, enforced, !others.isEmpty()).toJson())
                    .build(), opts(homeProvider).build()));
        }
        Map<Action, Document> runbooks = new EnumMap<>(Action.class);
        for (Action action : enforced) {
            String roleName = Names.responseRunbookRoleName(action.id());
            var role = new Role(name + "-" + action.id() + "-role", RoleArgs.builder()
                    .name(roleName)
                    .description("trailguard: the " + action.id() + " runbook runs as this role")
                    .assumeRolePolicy(ResponsePolicies.runbookTrust(ctx.accountId()).toJson())
                    .build(), opts(homeProvider).build());
            var policy = new RolePolicy(name + "-" + action.id() + "-policy", RolePolicyArgs.builder()
                    .role(role.name())
                    .name(action.id())
                    .policy(ResponsePolicies.runbookPermissions(action, ctx).toJson())
                    .build(), opts(homeProvider).build());
            Runbook runbook = Runbooks.of(action, ctx, args.trailSelectors());
            runbooks.put(action, new Document(name + "-" + action.id() + "-runbook", DocumentArgs.builder()
                    .name(runbook.name())
                    .documentType("Automation")
                    .documentFormat("JSON")
                    .content(runbook.toJson())
                    .build(), opts(homeProvider).dependsOn(List.of(role, policy)).build()));
        }

        for (Response r : args.responses()) {
            String ruleName = Names.responseRuleName(r.rule().id());
            String pattern = ResponsePattern.of(r, ctx).toString();
            String base = name + "-" + r.rule().id();
            var homeRule = rule(base + "-" + home, ruleName, r, pattern, homeProvider);
            ResponseInput input = r.enforces() ? ResponseInput.runbook(r.action(), ctx) : ResponseInput.notification(r.rule());
            var target = EventTargetArgs.builder().rule(homeRule.name());
            if (input.paths().isEmpty()) {
                target.input(input.template());
            } else {
                target.inputTransformer(EventTargetInputTransformerArgs.builder()
                        .inputPaths(input.paths())
                        .inputTemplate(input.template())
                        .build());
            }
            CustomResourceOptions.Builder targetOpts = opts(homeProvider);
            if (r.enforces()) {
                target.targetId("runbook")
                        .arn(Names.automationDefinitionArn(home, ctx.accountId(), Names.responseRunbookName(r.action().id())))
                        .roleArn(eventsRole.arn());
                List<Resource> deps = new ArrayList<>(eventsReady);
                deps.add(runbooks.get(r.action()));
                targetOpts.dependsOn(deps);
            } else {
                target.targetId("severity-topic")
                        .arn(Names.centralTopicArn(args.topology(), home, r.rule().severity().id()));
            }
            new EventTarget(base + "-" + home + "-target", target.build(), targetOpts.build());
            for (String region : others) {
                Provider p = args.providers().get(region);
                var forward = rule(base + "-" + region, ruleName, r, pattern, p);
                new EventTarget(base + "-" + region + "-target", EventTargetArgs.builder()
                        .rule(forward.name())
                        .targetId("home-region-bus")
                        .arn(Names.defaultEventBusArn(home, ctx.accountId()))
                        .roleArn(eventsRole.arn())
                        .build(), opts(p).dependsOn(eventsReady).build());
            }
        }
        registerOutputs(Map.of());
    }

    private EventRule rule(String pulumiName, String awsName, Response r, String pattern, Provider p) {
        return new EventRule(pulumiName, EventRuleArgs.builder()
                .name(awsName)
                .description("trailguard: " + (r.enforces() ? r.action().id() : "notify") + " on " + r.rule().id())
                .eventBusName("default")
                .eventPattern(pattern)
                // Some rules answer read-only calls (GetSecretValue ...), which reach a rule only in this state.
                .state(CloudTrailEventPattern.RULE_STATE)
                .build(), opts(p).build());
    }

    private CustomResourceOptions.Builder opts(Provider provider) {
        return CustomResourceOptions.builder().parent(this).provider(provider);
    }
}
