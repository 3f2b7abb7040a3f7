package io.trailguard.stack;

import com.pulumi.Context;
import com.pulumi.aws.Provider;
import com.pulumi.core.Output;
import com.pulumi.deployment.Deployment;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ProviderResource;
import com.pulumi.resources.Resource;
import io.trailguard.alerting.AlertRouting;
import io.trailguard.archive.LogArchive;
import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.guardrails.Guardrails;
import io.trailguard.member.CentralBackstop;
import io.trailguard.member.MemberMonitoring;
import io.trailguard.providers.ProviderRegistry;
import io.trailguard.stackset.MemberStackSets;
import io.trailguard.response.ResponseRules;
import io.trailguard.trail.OrganizationTrail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole program for one validated config: what {@code pulumi up} registers, and what the offline plan
 * runs under the mock harness. Builds each component with the providers it needs and nothing else.
 */
public final class Trailguard {

    private Trailguard() {}

    /** What one run registered, for the plan's summary. */
    public record Deployed(ProviderRegistry providers) {}

    public static Deployed define(Context ctx, StackConfig config) {
        ProviderRegistry providers = ComponentArgs.providers(config, Deployment.getInstance().isDryRun());
        List<Resource> foundation = List.of();
        Output<String> trailKeyArn = Output.of(config.logArchive().trailKeyArn());
        if (config.scope().includesFoundation()) {
            LogArchive archive = new LogArchive("log-archive", ComponentArgs.logArchive(config), in(providers.logArchive()));
            OrganizationTrail trail = new OrganizationTrail("organization-trail",
                    ComponentArgs.organizationTrail(config, archive, providers.management()), in(providers.logArchive()));
            new AlertRouting("alert-routing", ComponentArgs.alertRouting(config, providers), in(providers.security(config.homeRegion())));
            new CentralBackstop("backstop", ComponentArgs.backstop(config, trail.centralLogGroup), in(providers.logArchive()));
            ctx.export("trailBucket", archive.trailBucketName);
            ctx.export("trailKeyArn", archive.trailKeyArn);
            ctx.export("organizationTrailArn", trail.trailArn);
            ctx.export("centralLogGroup", trail.centralLogGroupName);
            Guardrails.create(Guardrails.NAME, ComponentArgs.guardrails(config), in(providers.management()));
            // Ordering only: CloudTrail checks the bucket and key policies when an account trail is created.
            foundation = archive.readiness();
            trailKeyArn = archive.trailKeyArn;
            if (StackSetProfiles.used(config)) {
                String admin = config.members().stackSet().adminAccountId();
                new MemberStackSets("member-stacksets", StackSetProfiles.args(config, trailKeyArn), in(providers.get(admin, config.homeRegion())));
            }
        }
        for (Account account : config.accounts()) {
            // An account of a targeted OU is reached by its profile's StackSet, not by this stack.
            if (config.scope().includesMember(account.id()) && !account.inStackSet()) {
                Map<String, Provider> feed = feedProviders(config, account, providers);
                new MemberMonitoring(memberName(account), ComponentArgs.member(config, account, feed, foundation, trailKeyArn),
                        in(feed.get(config.homeRegion())));
                if (!ComponentArgs.responses(config, account).isEmpty()) {
                    Map<String, Provider> regions = new LinkedHashMap<>();
                    ComponentArgs.responseRegions(config).forEach(r -> regions.put(r, providers.get(account.id(), r)));
                    new ResponseRules(responseName(account), ComponentArgs.response(config, account, regions),
                            in(regions.get(config.homeRegion())));
                }
            }
        }
        return new Deployed(providers);
    }

    /** Pulumi name of an account's monitoring component; its children's names start with it. */
    public static String memberName(Account account) {
        return "member-" + account.id();
    }

    /** Pulumi name of an account's response component. */
    public static String responseName(Account account) {
        return "response-" + account.id();
    }

    private static ComponentResourceOptions in(ProviderResource provider) {
        return ComponentResourceOptions.builder().provider(provider).build();
    }

    private static Map<String, Provider> feedProviders(StackConfig config, Account account, ProviderRegistry providers) {
        Map<String, Provider> out = new LinkedHashMap<>();
        ComponentArgs.feedRegions(config, account).forEach(region -> out.put(region, providers.get(account.id(), region)));
        return out;
    }
}
