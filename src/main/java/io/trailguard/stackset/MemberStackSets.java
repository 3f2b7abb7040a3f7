package io.trailguard.stackset;

import com.pulumi.aws.cloudformation.StackSet;
import com.pulumi.aws.cloudformation.StackSetArgs;
import com.pulumi.aws.cloudformation.StackSetInstance;
import com.pulumi.aws.cloudformation.StackSetInstanceArgs;
import com.pulumi.aws.cloudformation.inputs.StackSetAutoDeploymentArgs;
import com.pulumi.aws.cloudformation.inputs.StackSetInstanceDeploymentTargetsArgs;
import com.pulumi.aws.cloudformation.inputs.StackSetInstanceOperationPreferencesArgs;
import com.pulumi.aws.cloudformation.inputs.StackSetOperationPreferencesArgs;
import com.pulumi.aws.s3.BucketObjectv2;
import com.pulumi.aws.s3.BucketObjectv2Args;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.trailguard.config.AwsLimits;
import io.trailguard.config.StackSetSettings;
import io.trailguard.naming.Names;
import io.trailguard.providers.RequiredProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Member monitoring in {@code stackset} mode: per profile one service-managed StackSet in the administrator account
 * (management, or the delegated administrator with {@code callAs: DELEGATED_ADMIN}), deployed automatically to the
 * accounts of its OUs, retaining stacks when an account leaves them, and one stack instance resource per region and
 * group of at most 50 OUs. A template over the inline body limit is an S3 object named by its content hash.
 *
 * <p>pulumi-aws 6.83 {@code aws.cloudformation.StackSet} / {@code StackSetInstance}; CloudFormation's
 * CreateStackSet (PermissionModel, AutoDeployment, CallAs, Capabilities) and CreateStackInstances (DeploymentTargets,
 * OperationPreferences), docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/.
 */
public final class MemberStackSets extends ComponentResource {

    public static final String TYPE = "trailguard:stackset:MemberStackSets";
    public static final String SERVICE_MANAGED = "SERVICE_MANAGED";
    /** Named IAM roles in the template need CAPABILITY_NAMED_IAM (CreateStackSet Capabilities). */
    public static final String CAPABILITY = "CAPABILITY_NAMED_IAM";

    /** @param options must carry the StackSets administrator's home-region provider */
    public MemberStackSets(String name, MemberStackSetsArgs args, ComponentResourceOptions options) {
        super(TYPE, name, RequiredProvider.in(options, "MemberStackSets", "StackSets administrator's"));
        StackSetSettings s = args.settings();
        String home = args.topology().homeRegion();
        TemplateBucket bucket = null;
        for (MemberProfile p : args.profiles()) {
            if (p.template().sizeBytes() > AwsLimits.STACKSET_TEMPLATE_BODY_MAX_BYTES && bucket == null) {
                bucket = new TemplateBucket(name + "-template-bucket", Names.stackSetTemplateBucket(s.adminAccountId(), home), this);
            }
            stackSet(name + "-" + p.name(), p, s, home, bucket, args.trailKeyArn());
        }
        registerOutputs(Map.of());
    }

    private void stackSet(String scope, MemberProfile p, StackSetSettings s, String home, TemplateBucket bucket,
                          com.pulumi.core.Output<String> trailKeyArn) {
        MemberTemplate t = p.template();
        var args = StackSetArgs.builder()
                .name(Names.memberStackSet(p.name()))
                .description("trailguard member monitoring, profile " + p.name() + " (" + p.rules().size() + " rules)")
                .permissionModel(SERVICE_MANAGED)
                // New accounts in a targeted OU get the stack without a config edit; evidence stays when one leaves.
                .autoDeployment(StackSetAutoDeploymentArgs.builder().enabled(true).retainStacksOnAccountRemoval(true).build())
                .callAs(s.callAs())
                .capabilities(CAPABILITY)
                .operationPreferences(StackSetOperationPreferencesArgs.builder()
                        .maxConcurrentPercentage(s.operationPreferences().maxConcurrentPercentage())
                        .failureTolerancePercentage(s.operationPreferences().failureTolerancePercentage())
                        .regionConcurrencyType(s.operationPreferences().regionConcurrencyType())
                        .regionOrders(regionOrder(s, p, home))
                        .build());
        if (t.parameters().contains(io.trailguard.member.MemberSpecs.TRAIL_KEY_ARN)) {
            args.parameters(trailKeyArn.applyValue(arn -> Map.of(io.trailguard.member.MemberSpecs.TRAIL_KEY_ARN, arn)));
        }
        List<Resource> deps = new ArrayList<>();
        if (t.sizeBytes() > AwsLimits.STACKSET_TEMPLATE_BODY_MAX_BYTES) {
            String key = Names.stackSetTemplateKey(p.name(), t.sha256());
            deps.add(new BucketObjectv2(scope + "-template-" + t.sha256().substring(0, 12), BucketObjectv2Args.builder()
                    .bucket(bucket.name())
                    .key(key)
                    .content(t.body())
                    .contentType("application/json")
                    .build(), CustomResourceOptions.builder().parent(this).dependsOn(bucket.readiness()).build()));
            args.templateUrl(Names.s3ObjectUrl(Names.stackSetTemplateBucket(s.adminAccountId(), home), home, key));
        } else {
            args.templateBody(t.body());
        }
        var stackSet = new StackSet(scope, args.build(), CustomResourceOptions.builder().parent(this).dependsOn(deps).build());
        List<List<String>> groups = ouGroups(p.organizationalUnits());
        for (String region : p.regions()) {
            for (int g = 0; g < groups.size(); g++) {
                new StackSetInstance(scope + "-" + region + (groups.size() > 1 ? "-" + (g + 1) : ""), StackSetInstanceArgs.builder()
                        .stackSetName(stackSet.name())
                        .callAs(s.callAs())
                        .region(region)
                        .deploymentTargets(StackSetInstanceDeploymentTargetsArgs.builder().organizationalUnitIds(groups.get(g)).build())
                        // Removing the instance resource leaves the accounts' stacks (and their evidence) in place.
                        .retainStack(true)
                        .operationPreferences(StackSetInstanceOperationPreferencesArgs.builder()
                                .maxConcurrentPercentage(s.operationPreferences().maxConcurrentPercentage())
                                .failureTolerancePercentage(s.operationPreferences().failureTolerancePercentage())
                                .regionConcurrencyType(s.operationPreferences().regionConcurrencyType())
                                .build())
                        .build(), CustomResourceOptions.builder().parent(this).build());
            }
        }
    }

    /** Home region first unless configured: its stack holds the log group and role the other regions' stacks point at. */
    static List<String> regionOrder(StackSetSettings s, MemberProfile p, String home) {
        if (!s.operationPreferences().regionOrder().isEmpty()) {
            return s.operationPreferences().regionOrder().stream().filter(p.regionSet()::contains).toList();
        }
        List<String> out = new ArrayList<>();
        out.add(home);
        p.regions().stream().filter(r -> !r.equals(home)).sorted().forEach(out::add);
        return out;
    }

    /** CreateStackInstances takes at most 50 OUs ({@link AwsLimits#STACKSET_OUS_PER_OPERATION}). */
    static List<List<String>> ouGroups(List<String> ous) {
        List<List<String>> out = new ArrayList<>();
        // Config order, not sorted: an OU appended to a profile joins the last group and leaves the others unchanged.
        List<String> sorted = List.copyOf(ous);
        for (int i = 0; i < sorted.size(); i += AwsLimits.STACKSET_OUS_PER_OPERATION) {
            out.add(sorted.subList(i, Math.min(sorted.size(), i + AwsLimits.STACKSET_OUS_PER_OPERATION)));
        }
        return out;
    }
}
