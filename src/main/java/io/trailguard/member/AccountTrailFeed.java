package io.trailguard.member;

import com.pulumi.aws.Provider;
import com.pulumi.core.Output;
import com.pulumi.aws.cloudtrail.Trail;
import com.pulumi.aws.cloudtrail.TrailArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicy;
import com.pulumi.aws.iam.RolePolicyArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.trailguard.config.Account;
import io.trailguard.naming.Topology;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * The trail feed: a multi-region account trail whose events reach the account's log group through a
 * least-privilege role, and whose log files go to the archive bucket under {@link Names#MEMBER_TRAIL_PREFIX},
 * encrypted with the archive key given by its ARN: CloudTrail stores the key ARN even when given an alias, so an alias
 * would show a change on every preview (hashicorp/terraform-provider-aws#33928).
 */
final class AccountTrailFeed {

    private AccountTrailFeed() {}

    /**
     * @param foundation resources the trail must wait for when the foundation is deployed in the same run (the
     *                   bucket and key policies CloudTrail checks on CreateTrail); empty in a member-only scope
     */
    static Trail create(String scope, Topology topology, Account account, Provider home, Resource parent,
                        Resource logGroup, List<Resource> foundation, Output<String> trailKeyArn) {
        String region = topology.homeRegion();
        String id = account.id();
        var role = new Role(scope + "-trail-delivery-role", RoleArgs.builder()
                .name(Names.MEMBER_TRAIL_ROLE)
                .description("trailguard: CloudTrail delivers the account trail to " + Names.MEMBER_LOG_GROUP)
                .assumeRolePolicy(AccountTrailDeliveryPolicies.trust(region, id).toJson())
                .build(), opts(parent, home).build());
        var rolePolicy = new RolePolicy(scope + "-trail-delivery-policy", RolePolicyArgs.builder()
                .role(role.name())
                .name("write-account-log-group")
                .policy(AccountTrailDeliveryPolicies.permissions(region, id).toJson())
                .build(), opts(parent, home).build());

        List<Resource> dependsOn = new ArrayList<>(foundation);
        dependsOn.add(rolePolicy);
        dependsOn.add(logGroup);
        return new Trail(scope + "-trail", TrailArgs.builder()
                .name(Names.MEMBER_TRAIL)
                .s3BucketName(topology.trailBucket())
                .s3KeyPrefix(Names.MEMBER_TRAIL_PREFIX)
                .kmsKeyId(trailKeyArn)
                .isMultiRegionTrail(true)
                .includeGlobalServiceEvents(true)
                .enableLogFileValidation(true)
                .enableLogging(true)
                // CloudTrail takes the log group ARN with the ":*" stream wildcard.
                .cloudWatchLogsGroupArn(Names.memberLogGroupArn(region, id) + ":*")
                .cloudWatchLogsRoleArn(role.arn())
                .advancedEventSelectors(AccountTrailSelectors.args(account))
                .build(), opts(parent, home).dependsOn(dependsOn).build());
    }

    private static CustomResourceOptions.Builder opts(Resource parent, Provider provider) {
        return CustomResourceOptions.builder().parent(parent).provider(provider);
    }
}
