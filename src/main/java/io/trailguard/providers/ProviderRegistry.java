package io.trailguard.providers;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.aws.inputs.ProviderAssumeRoleArgs;
import io.trailguard.naming.Names;
import com.pulumi.aws.inputs.ProviderDefaultTagsArgs;
import io.trailguard.iam.Arns;
import io.trailguard.naming.Topology;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one place {@code aws.Provider}s are made: exactly one per (account, region) in use, each assuming the
 * deploy role (in a preview, the preview role) of its account and refusing to act in any other account ({@code allowedAccountIds}). Components
 * receive providers from here and never build their own, so nothing lands in the wrong account.
 */
public final class ProviderRegistry {

    private final Topology topology;
    private final String assumedRoleName;
    private final Map<String, Provider> providers = new TreeMap<>();

    /**
     * @param assumedRoleName the role each provider assumes in its account: the deploy role, or during
     *                        {@code pulumi preview} the preview role (a provider assumes its role when the engine
     *                        configures it, in preview as in update)
     */
    public ProviderRegistry(Topology topology, String assumedRoleName) {
        this.topology = topology;
        this.assumedRoleName = assumedRoleName;
    }

    /** The provider for {@code accountId} in the home region. */
    public Provider home(String accountId) {
        return get(accountId, topology.homeRegion());
    }

    public Provider get(String accountId, String region) {
        return providers.computeIfAbsent(key(accountId, region), k -> create(accountId, region));
    }

    public Provider management() {
        return home(topology.managementAccountId());
    }

    public Provider logArchive() {
        return home(topology.logArchiveAccountId());
    }

    public Provider security(String region) {
        return get(topology.securityAccountId(), region);
    }

    /** Number of providers created so far (each is a plugin process during {@code pulumi up}). */
    public int size() {
        return providers.size();
    }

    /** Pulumi name of the provider for (account, region). */
    public static String providerName(String accountId, String region) {
        return "aws-" + accountId + "-" + region;
    }

    private Provider create(String accountId, String region) {
        String roleArn = Arns.role(accountId, assumedRoleName);
        return new Provider(providerName(accountId, region), ProviderArgs.builder()
                .region(region)
                .allowedAccountIds(accountId)
                .assumeRole(ProviderAssumeRoleArgs.builder()
                        .roleArn(roleArn)
                        .sessionName(Names.DEPLOY_SESSION_NAME)
                        .build())
                .defaultTags(ProviderDefaultTagsArgs.builder()
                        .tags(Map.of("managed-by", "trailguard"))
                        .build())
                .build());
    }

    private static String key(String accountId, String region) {
        return accountId + "/" + region;
    }
}
