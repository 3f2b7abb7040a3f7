package io.trailguard.member;

import com.pulumi.aws.cloudtrail.Trail;
import com.pulumi.aws.cloudtrail.TrailArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailAdvancedEventSelectorArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailAdvancedEventSelectorFieldSelectorArgs;
import com.pulumi.aws.cloudwatch.CompositeAlarm;
import com.pulumi.aws.cloudwatch.CompositeAlarmArgs;
import com.pulumi.aws.cloudwatch.EventRule;
import com.pulumi.aws.cloudwatch.EventRuleArgs;
import com.pulumi.aws.cloudwatch.EventTarget;
import com.pulumi.aws.cloudwatch.EventTargetArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.cloudwatch.LogMetricFilter;
import com.pulumi.aws.cloudwatch.LogMetricFilterArgs;
import com.pulumi.aws.cloudwatch.LogResourcePolicy;
import com.pulumi.aws.cloudwatch.LogResourcePolicyArgs;
import com.pulumi.aws.cloudwatch.MetricAlarm;
import com.pulumi.aws.cloudwatch.MetricAlarmArgs;
import com.pulumi.aws.cloudwatch.inputs.CompositeAlarmActionsSuppressorArgs;
import com.pulumi.aws.cloudwatch.inputs.LogMetricFilterMetricTransformationArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.scheduler.Schedule;
import com.pulumi.aws.scheduler.ScheduleArgs;
import com.pulumi.aws.scheduler.ScheduleGroup;
import com.pulumi.aws.scheduler.ScheduleGroupArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleFlexibleTimeWindowArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleTargetArgs;
import com.pulumi.aws.scheduler.inputs.ScheduleTargetRetryPolicyArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.trailguard.member.ResourceSpec.Ref;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers {@link ResourceSpec}s as pulumi-aws resources, in order: each spec's inputs go to the builder method of the
 * same name, a {@link Ref} becomes the referenced resource's output. The mapping is mechanical on purpose: what a
 * resource holds is decided where the spec is made.
 */
final class SpecResources {

    private final String scope;
    private final Map<String, ? extends ProviderResource> providers;
    private final Resource parent;
    private final Map<String, Resource> created = new LinkedHashMap<>();
    private final Map<String, Output<String>> externals;

    /**
     * @param scope     Pulumi names are {@code <scope>-<spec id>}
     * @param providers the account's provider per region of its specs
     * @param existing  resources made elsewhere that specs depend on, by spec id (the central log group)
     */
    SpecResources(String scope, Map<String, ? extends ProviderResource> providers, Resource parent, Map<String, Resource> existing,
                  Map<String, Output<String>> externals) {
        this.scope = scope;
        this.externals = externals;
        this.providers = providers;
        this.parent = parent;
        this.created.putAll(existing);
    }

    /** @param extraDependsOn per spec id, resources outside the account to wait for (the foundation before a trail) */
    void registerAll(List<ResourceSpec> specs, Map<String, List<Resource>> extraDependsOn) {
        for (ResourceSpec s : specs) {
            List<Resource> deps = new ArrayList<>(extraDependsOn.getOrDefault(s.id(), List.of()));
            s.dependsOn().forEach(d -> deps.add(require(d)));
            var opts = CustomResourceOptions.builder().parent(parent).provider(provider(s)).dependsOn(deps).retainOnDelete(s.retainOnDelete()).build();
            created.put(s.id(), register(scope + "-" + s.id(), s, opts));
        }
    }

    Resource get(String id) {
        return require(id);
    }

    private ProviderResource provider(ResourceSpec s) {
        ProviderResource p = providers.get(s.region());
        if (p == null) {
            throw new IllegalArgumentException(scope + "-" + s.id() + ": no provider for region " + s.region());
        }
        return p;
    }

    private Resource require(String id) {
        Resource r = created.get(id);
        if (r == null) {
            throw new IllegalStateException(scope + ": spec refers to " + id + " before it is registered");
        }
        return r;
    }

    private CustomResource register(String name, ResourceSpec s, CustomResourceOptions opts) {
        return switch (s.type()) {
            case MemberTypes.LOG_GROUP -> new LogGroup(name, LogGroupArgs.builder()
                    .name(s.<String>input("name"))
                    .retentionInDays(s.<Integer>input("retentionInDays"))
                    .build(), opts);
            case MemberTypes.KMS_KEY -> new Key(name, KeyArgs.builder()
                    .description(s.<String>input("description"))
                    .enableKeyRotation(s.<Boolean>input("enableKeyRotation"))
                    .deletionWindowInDays(s.<Integer>input("deletionWindowInDays"))
                    .policy(s.<String>input("policy"))
                    .build(), opts);
            case MemberTypes.KMS_ALIAS -> new Alias(name, AliasArgs.builder()
                    .name(s.<String>input("name"))
                    .targetKeyId(ref(s.input("targetKeyId")))
                    .build(), opts);
            case MemberTypes.TOPIC -> new Topic(name, TopicArgs.builder()
                    .name(s.<String>input("name"))
                    .displayName(s.<String>input("displayName"))
                    .kmsMasterKeyId(ref(s.input("kmsMasterKeyId")))
                    .policy(s.<String>input("policy"))
                    .build(), opts);
            case MemberTypes.METRIC_FILTER -> {
                Map<String, Object> t = s.input("metricTransformation");
                yield new LogMetricFilter(name, LogMetricFilterArgs.builder()
                        .name(s.<String>input("name"))
                        .logGroupName(s.<String>input("logGroupName"))
                        .pattern(s.<String>input("pattern"))
                        .metricTransformation(LogMetricFilterMetricTransformationArgs.builder()
                                .name((String) t.get("name"))
                                .namespace((String) t.get("namespace"))
                                .value((String) t.get("value"))
                                .build())
                        .build(), opts);
            }
            case MemberTypes.METRIC_ALARM -> metricAlarm(name, s, opts);
            case MemberTypes.COMPOSITE_ALARM -> compositeAlarm(name, s, opts);
            case MemberTypes.ROLE -> new Role(name, RoleArgs.builder()
                    .name(s.<String>input("name"))
                    .description(s.<String>input("description"))
                    .assumeRolePolicy(s.<String>input("assumeRolePolicy"))
                    .build(), opts);
            case MemberTypes.ROLE_POLICY -> new RolePolicy(name, RolePolicyArgs.builder()
                    .role(ref(s.input("role")))
                    .name(s.<String>input("name"))
                    .policy(s.<String>input("policy"))
                    .build(), opts);
            case MemberTypes.TRAIL -> trail(name, s, opts);
            case MemberTypes.LOG_RESOURCE_POLICY -> new LogResourcePolicy(name, LogResourcePolicyArgs.builder()
                    .policyName(s.<String>input("policyName"))
                    .policyDocument(s.<String>input("policyDocument"))
                    .build(), opts);
            case MemberTypes.EVENT_RULE -> new EventRule(name, EventRuleArgs.builder()
                    .name(s.<String>input("name"))
                    .description(s.<String>input("description"))
                    .eventBusName(s.<String>input("eventBusName"))
                    .eventPattern(s.<String>input("eventPattern"))
                    .state(s.<String>input("state"))
                    .build(), opts);
            case MemberTypes.EVENT_TARGET -> {
                var b = EventTargetArgs.builder()
                        .rule(ref(s.input("rule")))
                        .targetId(s.<String>input("targetId"))
                        .arn(s.<String>input("arn"));
                if (s.inputs().containsKey("roleArn")) {
                    b.roleArn(ref(s.input("roleArn")));
                }
                yield new EventTarget(name, b.build(), opts);
            }
            case MemberTypes.SCHEDULE_GROUP -> new ScheduleGroup(name, ScheduleGroupArgs.builder()
                    .name(s.<String>input("name"))
                    .build(), opts);
            case MemberTypes.SCHEDULE -> schedule(name, s, opts);
            default -> throw new IllegalArgumentException(name + ": no Pulumi mapping for " + s.type());
        };
    }

    private MetricAlarm metricAlarm(String name, ResourceSpec s, CustomResourceOptions opts) {
        var b = MetricAlarmArgs.builder()
                .name(s.<String>input("name"))
                .alarmDescription(s.<String>input("alarmDescription"))
                .namespace(s.<String>input("namespace"))
                .metricName(s.<String>input("metricName"))
                .statistic(s.<String>input("statistic"))
                .period(s.<Integer>input("period"))
                .evaluationPeriods(s.<Integer>input("evaluationPeriods"))
                .threshold(s.<Double>input("threshold"))
                .comparisonOperator(s.<String>input("comparisonOperator"))
                .treatMissingData(s.<String>input("treatMissingData"))
                .alarmActions(s.<List<String>>input("alarmActions"));
        if (s.inputs().containsKey("dimensions")) {
            b.dimensions(s.<Map<String, String>>input("dimensions"));
        }
        if (s.inputs().containsKey("datapointsToAlarm")) {
            b.datapointsToAlarm(s.<Integer>input("datapointsToAlarm"));
        }
        if (s.inputs().containsKey("okActions")) {
            b.okActions(s.<List<String>>input("okActions"));
        }
        return new MetricAlarm(name, b.build(), opts);
    }

    private CompositeAlarm compositeAlarm(String name, ResourceSpec s, CustomResourceOptions opts) {
        var b = CompositeAlarmArgs.builder()
                .alarmName(s.<String>input("alarmName"))
                .alarmDescription(s.<String>input("alarmDescription"))
                .alarmRule(s.<String>input("alarmRule"));
        if (s.inputs().containsKey("alarmActions")) {
            b.alarmActions(s.<List<String>>input("alarmActions"));
        }
        Map<String, Object> sup = s.input("actionsSuppressor");
        if (sup != null) {
            b.actionsSuppressor(CompositeAlarmActionsSuppressorArgs.builder()
                    .alarm((String) sup.get("alarm"))
                    .waitPeriod((Integer) sup.get("waitPeriod"))
                    .extensionPeriod((Integer) sup.get("extensionPeriod"))
                    .build());
        }
        return new CompositeAlarm(name, b.build(), opts);
    }

    private Schedule schedule(String name, ResourceSpec s, CustomResourceOptions opts) {
        Map<String, Object> window = s.input("flexibleTimeWindow");
        Map<String, Object> target = s.input("target");
        @SuppressWarnings("unchecked")
        Map<String, Object> retry = (Map<String, Object>) target.get("retryPolicy");
        return new Schedule(name, ScheduleArgs.builder()
                .name(s.<String>input("name"))
                .groupName(s.<String>input("groupName"))
                .description(s.<String>input("description"))
                .scheduleExpression(s.<String>input("scheduleExpression"))
                .flexibleTimeWindow(ScheduleFlexibleTimeWindowArgs.builder().mode((String) window.get("mode")).build())
                .target(ScheduleTargetArgs.builder()
                        .arn((String) target.get("arn"))
                        .roleArn(ref(target.get("roleArn")))
                        .input((String) target.get("input"))
                        .retryPolicy(ScheduleTargetRetryPolicyArgs.builder()
                                .maximumEventAgeInSeconds((Integer) retry.get("maximumEventAgeInSeconds"))
                                .maximumRetryAttempts((Integer) retry.get("maximumRetryAttempts"))
                                .build())
                        .build())
                .state(s.<String>input("state"))
                .build(), opts);
    }

    @SuppressWarnings("unchecked")
    private Trail trail(String name, ResourceSpec s, CustomResourceOptions opts) {
        List<TrailAdvancedEventSelectorArgs> selectors = new ArrayList<>();
        for (Object o : s.<List<Object>>input("advancedEventSelectors")) {
            Map<String, Object> sel = (Map<String, Object>) o;
            List<TrailAdvancedEventSelectorFieldSelectorArgs> fields = new ArrayList<>();
            for (Object f : (List<Object>) sel.get("fieldSelectors")) {
                Map<String, Object> field = (Map<String, Object>) f;
                var fb = TrailAdvancedEventSelectorFieldSelectorArgs.builder().field((String) field.get("field"));
                field.forEach((k, v) -> {
                    switch (k) {
                        case "field" -> { }
                        case "equals" -> fb.equals_((List<String>) v);
                        case "startsWiths" -> fb.startsWiths((List<String>) v);
                        default -> throw new IllegalArgumentException(name + ": field selector operator " + k);
                    }
                });
                fields.add(fb.build());
            }
            selectors.add(TrailAdvancedEventSelectorArgs.builder().name((String) sel.get("name")).fieldSelectors(fields).build());
        }
        return new Trail(name, TrailArgs.builder()
                .name(s.<String>input("name"))
                .s3BucketName(s.<String>input("s3BucketName"))
                .s3KeyPrefix(s.<String>input("s3KeyPrefix"))
                .kmsKeyId(ref(s.input("kmsKeyId")))
                .isMultiRegionTrail(s.<Boolean>input("isMultiRegionTrail"))
                .includeGlobalServiceEvents(s.<Boolean>input("includeGlobalServiceEvents"))
                .enableLogFileValidation(s.<Boolean>input("enableLogFileValidation"))
                .enableLogging(s.<Boolean>input("enableLogging"))
                .cloudWatchLogsGroupArn(s.<String>input("cloudWatchLogsGroupArn"))
                .cloudWatchLogsRoleArn(ref(s.input("cloudWatchLogsRoleArn")))
                .advancedEventSelectors(selectors)
                .build(), opts);
    }

    private Output<String> ref(Object value) {
        if (value instanceof ResourceSpec.External e) {
            Output<String> v = externals.get(e.name());
            if (v == null) {
                throw new IllegalArgumentException(scope + ": no value for " + e.name());
            }
            return v;
        }
        if (!(value instanceof Ref r)) {
            return Output.of((String) value);
        }
        Resource target = require(r.id());
        if (r.attribute().equals(Ref.ARN) && target instanceof Key k) {
            return k.arn();
        } else if (r.attribute().equals(Ref.ARN) && target instanceof Role role) {
            return role.arn();
        } else if (r.attribute().equals(Ref.KEY_ID) && target instanceof Key k) {
            return k.keyId();
        } else if (r.attribute().equals(Ref.NAME) && target instanceof Role role) {
            return role.name();
        } else if (r.attribute().equals(Ref.NAME) && target instanceof EventRule rule) {
            return rule.name();
        }
        throw new IllegalArgumentException(scope + ": no " + r.attribute() + " output on " + r.id());
    }
}
