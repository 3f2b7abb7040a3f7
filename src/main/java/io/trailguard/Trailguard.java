package io.trailguard;

import com.pulumi.Context;
import io.trailguard.archive.LogArchive;
import io.trailguard.config.StackConfig;
import io.trailguard.providers.ProviderRegistry;
import io.trailguard.trail.OrganizationTrail;

/**
 * The whole program for one validated config: what {@code pulumi up} registers, and what the offline plan
 * runs under the mock harness. Builds each component with the providers it needs and nothing else.
 */
public final class Trailguard {

    private Trailguard() {}

    /** What one run registered, for the plan's summary. */
    public record Deployed(ProviderRegistry providers) {}

    public static Deployed define(Context ctx, StackConfig config) {
        ProviderRegistry providers = new ProviderRegistry(config);
        if (config.scope().includesFoundation()) {
            LogArchive archive = new LogArchive("log-archive", config, providers.logArchive());
            OrganizationTrail trail = new OrganizationTrail("organization-trail", config, archive,
                    providers.management(), providers.logArchive());
            ctx.export("trailBucket", archive.bucketName());
            ctx.export("trailKeyArn", archive.keyArn());
            ctx.export("organizationTrailArn", trail.trail().arn());
            ctx.export("centralLogGroup", trail.centralLogGroupName());
        }
        return new Deployed(providers);
    }
}
