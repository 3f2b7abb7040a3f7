package io.trailguard.member;

import com.pulumi.aws.Provider;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.trailguard.config.Account;
import io.trailguard.iam.AdminRoles;
import io.trailguard.naming.Topology;
import io.trailguard.detect.Rule;
import java.util.List;
import java.util.Map;

/**
 * What one account's monitoring is built from.
 *
 * @param topology   accounts and central names; the ARNs of central resources are derived from it
 * @param adminRoles the roles that administer the account's local topic key
 * @param account    the monitored account
 * @param rules      the rules deployed to it (its rule sets and guarded resources, chosen when the stack is assembled)
 * @param providers  the account's provider in every region its feed needs ({@link FeedRegions}), home included
 * @param foundation foundation resources to wait for when deployed in the same run; empty otherwise
 * @param trailKeyArn the trail key's ARN (never its alias), which account trails encrypt their log files with
 */
public record MemberMonitoringArgs(
        Topology topology,
        AdminRoles adminRoles,
        Account account,
        List<Rule> rules,
        Map<String, Provider> providers,
        List<Resource> foundation,
        Output<String> trailKeyArn) {

    public MemberMonitoringArgs {
        rules = List.copyOf(rules);
        providers = Map.copyOf(providers);
        foundation = List.copyOf(foundation);
        if (!providers.containsKey(topology.homeRegion())) {
            throw new IllegalArgumentException("MemberMonitoring for " + account.id() + " needs its home-region provider");
        }
    }
}
