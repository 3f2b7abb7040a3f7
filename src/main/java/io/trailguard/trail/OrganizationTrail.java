package io.trailguard.trail;

import com.pulumi.aws.cloudtrail.OrganizationDelegatedAdminAccount;
import com.pulumi.aws.cloudtrail.OrganizationDelegatedAdminAccountArgs;
import com.pulumi.aws.cloudtrail.Trail;
import com.pulumi.aws.cloudtrail.TrailArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailAdvancedEventSelectorArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailAdvancedEventSelectorFieldSelectorArgs;
import com.pulumi.aws.cloudtrail.inputs.TrailInsightSelectorArgs;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.trailguard.naming.Names;
import io.trailguard.providers.RequiredProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The organization trail, created by the log-archive account as CloudTrail delegated administrator: every
 * account, every region, global service events, log file validation, KMS, advanced event selectors, optional
 * Insights, and delivery to a central log group in the log-archive account where the backstop rules run.
 */
public final class OrganizationTrail extends ComponentResource {

    public static final String TYPE = "trailguard:trail:OrganizationTrail";

    public final Output<String> trailArn;
    /** The central log group, for the backstop's filters to wait for. */
    public final LogGroup centralLogGroup;
    public final Output<String> centralLogGroupName;

    /**
     * @param args    include the management account's provider: only it can register a delegated administrator
     * @param options must carry the log-archive account's provider, which creates the trail and owns its log group;
     *                every other child inherits it
     */
    public OrganizationTrail(String name, OrganizationTrailArgs args, ComponentResourceOptions options) {
        super(TYPE, name, RequiredProvider.in(options, "OrganizationTrail", "log-archive account's"));

        var delegatedAdmin = new OrganizationDelegatedAdminAccount(name + "-delegated-admin",
                OrganizationDelegatedAdminAccountArgs.builder()
                        .accountId(args.topology().logArchiveAccountId())
                        .build(),
                CustomResourceOptions.builder().parent(this).provider(args.management()).build());

        this.centralLogGroup = new LogGroup(name + "-central-log-group", LogGroupArgs.builder()
                .name(Names.CENTRAL_LOG_GROUP)
                .retentionInDays(args.settings().logGroupRetentionDays())
                .kmsKeyId(args.trailKeyArn())
                .build(), opts().retainOnDelete(true).build());

        var role = new Role(name + "-log-delivery-role", RoleArgs.builder()
                .name(Names.PREFIX + "-organization-trail-delivery")
                .description("trailguard: CloudTrail delivers the organization trail to " + Names.CENTRAL_LOG_GROUP)
                .assumeRolePolicy(CentralLogDeliveryPolicies.trust(args.topology()).toJson())
                .build(), opts().build());
        var rolePolicy = new RolePolicy(name + "-log-delivery-policy", RolePolicyArgs.builder()
                .role(role.name())
                .name("write-central-log-group")
                .policy(CentralLogDeliveryPolicies.permissions(args.topology()).toJson())
                .build(), opts().build());

        List<Resource> dependencies = new ArrayList<>(args.archiveReadiness());
        dependencies.add(delegatedAdmin);
        dependencies.add(rolePolicy);

        List<TrailSelectors.Selector> selectors = TrailSelectors.of(args.settings(), args.guardedResources());
        TrailArgs.Builder trailArgs = TrailArgs.builder()
                .name(args.settings().name())
                .s3BucketName(args.trailBucketName())
                .kmsKeyId(args.trailKeyArn())
                .isOrganizationTrail(true)
                .isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true)
                .enableLogFileValidation(true)
                .enableLogging(true)
                // CloudTrail takes the log group ARN with the ":*" stream wildcard.
                .cloudWatchLogsGroupArn(centralLogGroup.arn().applyValue(arn -> arn + ":*"))
                .cloudWatchLogsRoleArn(role.arn())
                .advancedEventSelectors(selectors.stream().map(OrganizationTrail::selector).toList());
        if (!args.settings().insightTypes().isEmpty()) {
            trailArgs.insightSelectors(args.settings().insightTypes().stream()
                    .map(t -> TrailInsightSelectorArgs.builder().insightType(t).build()).toList());
        }
        var trail = new Trail(name, trailArgs.build(), opts().protect(true).dependsOn(dependencies).build());
        this.trailArn = trail.arn();
        this.centralLogGroupName = centralLogGroup.name();
        registerOutputs(Map.of("trailArn", trailArn, "centralLogGroup", centralLogGroupName));
    }

    private static TrailAdvancedEventSelectorArgs selector(TrailSelectors.Selector s) {
        return TrailAdvancedEventSelectorArgs.builder()
                .name(s.name())
                .fieldSelectors(s.fields().stream().map(OrganizationTrail::field).toList())
                .build();
    }

    private static TrailAdvancedEventSelectorFieldSelectorArgs field(TrailSelectors.Field f) {
        var b = TrailAdvancedEventSelectorFieldSelectorArgs.builder().field(f.field());
        return switch (f.operator()) {
            case "equals" -> b.equals_(f.values()).build();
            case "notEquals" -> b.notEquals(f.values()).build();
            case "startsWith" -> b.startsWiths(f.values()).build();
            default -> throw new IllegalArgumentException("operator " + f.operator());
        };
    }

    private CustomResourceOptions.Builder opts() {
        return CustomResourceOptions.builder().parent(this);
    }
}
