package io.trailguard.alerting;

import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.detect.Severity;
import io.trailguard.iam.AdminRoles;
import io.trailguard.naming.Topology;
import io.trailguard.providers.ProviderRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What central alert routing is built from.
 *
 * @param topology   accounts and central names (the security account, the organization, the home region)
 * @param routes     the SOC endpoints of each severity
 * @param accountIds the accounts in config: a Lambda endpoint in one of them gets its invoke permission here
 * @param adminRoles the roles that administer the alert keys
 * @param providers  the security account's providers, and those of accounts holding Lambda endpoints
 * @param secretRoutes the routes hold a secret: every endpoint reaches the engine as a secret
 * @param notifyingAccounts accounts whose response rules publish to the central topics (EventBridge rules
 *                   {@code trailguard-response-*}); empty when no response notifies
 */
public record AlertRoutingArgs(Topology topology, Map<Severity, List<Endpoint>> routes, Set<String> accountIds,
                               AdminRoles adminRoles, ProviderRegistry providers, boolean secretRoutes,
                               Set<String> notifyingAccounts) {

    public AlertRoutingArgs {
        notifyingAccounts = new java.util.TreeSet<>(notifyingAccounts);
    }

    public AlertRoutingArgs(Topology topology, Map<Severity, List<Endpoint>> routes, Set<String> accountIds,
                            AdminRoles adminRoles, ProviderRegistry providers) {
        this(topology, routes, accountIds, adminRoles, providers, false, Set.of());
    }
}
