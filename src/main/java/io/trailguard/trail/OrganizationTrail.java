package io.trailguard.trail;

import com.pulumi.aws.Provider;
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
import io.trailguard.archive.LogArchive;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organization trail, created by the log-archive account as CloudTrail delegated administrator: every
 * account, every region, global service events, log file validation, KMS, advanced event selectors, optional
 * Insights, and delivery to a central log group in the log-archive account where the backstop rules run.
 */
public final class OrganizationTrail extends ComponentResource {

    private final LogGroup centralLogGroup;
    private final Trail trail;

    /**
     * @param management the management account's provider: only it can register a delegated administrator
     * @param logArchive the log-archive account's provider: creates the trail and owns its log group
     */
    public OrganizationTrail(String name, OrganizationTrailArgs args, Provider management, Provider logArchive) {
        super("trailguard:trail:OrganizationTrail", name, ComponentResourceOptions.builder().build());
        LogArchive archive = args.archive();
        Objects.requireNonNull(management, "OrganizationTrail needs the management account's provider");
        Objects.requireNonNull(logArchive, "OrganizationTrail needs the log-archive account's provider");

        var delegatedAdmin = new OrganizationDelegatedAdminAccount(name + "-delegated-admin",
                OrganizationDelegatedAdminAccountArgs.builder()
                        .accountId(args.topology().logArchiveAccountId())
                        .build(),
                CustomResourceOptions.builder().parent(this).provider(management).build());

        this.centralLogGroup = new LogGroup(name + "-central-log-group", LogGroupArgs.builder()
                .name(Names.CENTRAL_LOG_GROUP)
                .retentionInDays(args.settings().logGroupRetentionDays())
                .kmsKeyId(archive.keyArn())
                .build(), opts(logArchive).retainOnDelete(true).build());

        var role = new Role(name + "-log-delivery-role", RoleArgs.builder()
                .name(Names.PREFIX + "-organization-trail-delivery")
                .description("trailguard: CloudTrail delivers the organization trail to " + Names.CENTRAL_LOG_GROUP)
                .assumeRolePolicy(CentralLogDeliveryPolicies.trust(args.topology()).toJson())
                .build(), opts(logArchive).build());
        var rolePolicy = new RolePolicy(name + "-log-delivery-policy", RolePolicyArgs.builder()
                .role(role.name())
                .name("write-central-log-group")
                .policy(CentralLogDeliveryPolicies.permissions(args.topology()).toJson())
                .build(), opts(logArchive).build());

        List<Resource> dependencies = new ArrayList<>(archive.readiness());
        dependencies.add(delegatedAdmin);
        dependencies.add(rolePolicy);

        List<TrailSelectors.Selector> selectors = TrailSelectors.of(args.settings(), args.guardedResources());
        TrailArgs.Builder trailArgs = TrailArgs.builder()
                .name(args.settings().name())
                .s3BucketName(archive.bucketName())
                .kmsKeyId(archive.keyArn())
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
        this.trail = new Trail(name, trailArgs.build(), opts(logArchive).protect(true).dependsOn(dependencies).build());
        registerOutputs(Map.of("trailArn", trail.arn(), "centralLogGroup", centralLogGroup.name()));
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

    private CustomResourceOptions.Builder opts(Provider provider) {
        return CustomResourceOptions.builder().parent(this).provider(provider);
    }

    public Output<String> centralLogGroupName() {
        return centralLogGroup.name();
    }

    public LogGroup centralLogGroup() {
        return centralLogGroup;
    }

    public Trail trail() {
        return trail;
    }
}
