package io.trailguard.org;

import io.trailguard.config.StackConfig;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;

/**
 * How to reach AWS Organizations, the AWS SDK way: the default credential chain or a named profile, optionally a
 * role to assume, and a region. Organizations is global (served from us-east-1 in the commercial partition); the
 * region only picks the partition and the STS endpoint. Endpoint overrides ({@code AWS_ENDPOINT_URL},
 * {@code AWS_ENDPOINT_URL_ORGANIZATIONS}, {@code AWS_ENDPOINT_URL_STS}, a profile's {@code endpoint_url}) are
 * applied by the SDK itself.
 *
 * @param profile named profile from the shared config files, or null for the default credential chain
 * @param roleArn role to assume with those credentials (a read-only role in the management account), or null
 * @param region  e.g. the stack's home region
 */
public record AwsAccess(String profile, String roleArn, String region) {

    /** Organizations throttles bursts of ListParents in big organizations; adaptive retries slow down instead. */
    static final int MAX_ATTEMPTS = 5;
    static final String SESSION_NAME = "trailguard-coverage";

    public AwsAccess {
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("a region is required");
        }
    }

    /** What the Pulumi program uses: ambient credentials assuming the deploy role in the management account. */
    public static AwsAccess forProgram(StackConfig config) {
        String management = config.organization().managementAccountId();
        return new AwsAccess(null, config.organization().deployRoleArn(management), config.homeRegion());
    }

    /** Builds the SDK clients; nothing is sent until {@link OrganizationInventory#snapshot()}. */
    public OrganizationInventory openInventory() {
        Deque<AutoCloseable> owned = new ArrayDeque<>();
        AwsCredentialsProvider credentials = credentials(owned);
        OrganizationsClient client = OrganizationsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(o -> o.retryStrategy(
                        AwsRetryStrategy.adaptiveRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build()))
                .build();
        owned.push(client);
        return new SdkOrganizationInventory(client, callerArn(credentials), () -> {
            for (AutoCloseable c : owned) {
                c.close();
            }
        });
    }

    /**
     * The credentials: the default chain or the profile, then the role when one is given. What it opens is pushed on
     * {@code owned}, for the caller to close (newest first).
     */
    public AwsCredentialsProvider credentials(Deque<AutoCloseable> owned) {
        AwsCredentialsProvider credentials = profile == null
                ? DefaultCredentialsProvider.builder().build()
                : ProfileCredentialsProvider.builder().profileName(profile).build();
        owned.push((AutoCloseable) credentials);
        if (roleArn != null) {
            StsClient sts = sts(credentials);
            owned.push(sts);
            credentials = StsAssumeRoleCredentialsProvider.builder()
                    .stsClient(sts)
                    .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(SESSION_NAME))
                    .build();
            owned.push((AutoCloseable) credentials);
        }
        return credentials;
    }

    private StsClient sts(AwsCredentialsProvider credentials) {
        return StsClient.builder().region(Region.of(region)).credentialsProvider(credentials).build();
    }

    private Supplier<String> callerArn(AwsCredentialsProvider credentials) {
        return () -> {
            try (StsClient sts = sts(credentials)) {
                return sts.getCallerIdentity(GetCallerIdentityRequest.builder().build()).arn();
            }
        };
    }
}
