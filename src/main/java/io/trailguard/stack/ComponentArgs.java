package io.trailguard.stack;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.trailguard.alerting.AlertRoutingArgs;
import io.trailguard.archive.LogArchive;
import io.trailguard.archive.LogArchiveArgs;
import io.trailguard.config.Account;
import io.trailguard.config.Organization;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.GuardedResource;
import io.trailguard.guardrails.GuardrailsArgs;
import io.trailguard.iam.AdminRoles;
import io.trailguard.member.CentralBackstopArgs;
import io.trailguard.member.FeedRegions;
import io.trailguard.member.MemberMonitoringArgs;
import io.trailguard.naming.Topology;
import io.trailguard.providers.ProviderRegistry;
import io.trailguard.response.Response;
import io.trailguard.response.ResponseArgs;
import io.trailguard.response.ResponseContext;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.member.AccountTrailSelectors;
import io.trailguard.naming.Names;
import java.util.ArrayList;
import io.trailguard.trail.OrganizationTrailArgs;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place a validated {@link StackConfig} becomes what each component needs: every {@code XArgs} is made
 * here, from the sections of config that component reads and nothing more.
 */
public final class ComponentArgs {

    private ComponentArgs() {}

    public static Topology topology(StackConfig c) {
        return new Topology(
                c.organization().id(),
                c.organization().managementAccountId(),
                c.logArchive().accountId(),
                c.alerting().securityAccountId(),
                c.homeRegion(),
                c.trail().name(),
                c.logArchive().bucketName(),
                c.logArchive().accessLogs().bucketName());
    }

    public static AdminRoles adminRoles(StackConfig c) {
        return new AdminRoles(c.organization().deployRoleName(), c.organization().breakGlassRoleNames());
    }

    public static ProviderRegistry providers(StackConfig c) {
        return providers(c, false);
    }

    /** @param preview whether this run is a preview ({@code PULUMI_DRY_RUN}): its providers assume the preview role */
    public static ProviderRegistry providers(StackConfig c, boolean preview) {
        Organization o = c.organization();
        return new ProviderRegistry(topology(c), preview ? o.previewRoleName() : o.deployRoleName());
    }

    public static LogArchiveArgs logArchive(StackConfig c) {
        return new LogArchiveArgs(topology(c), c.logArchive(), adminRoles(c));
    }

    /** @param management the management account's provider, which registers the delegated administrator */
    public static OrganizationTrailArgs organizationTrail(StackConfig c, LogArchive archive, Provider management) {
        return new OrganizationTrailArgs(topology(c), c.trail(), guardedResources(c),
                archive.trailBucketName, archive.trailKeyArn, archive.readiness(), management);
    }

    /** Every account's guarded resources, in config order. */
    public static List<GuardedResource> guardedResources(StackConfig c) {
        return c.accounts().stream().flatMap(a -> a.guardedResources().stream()).toList();
    }

    public static AlertRoutingArgs alertRouting(StackConfig c, ProviderRegistry providers) {
        Set<String> notifying = new LinkedHashSet<>();
        c.accounts().forEach(a -> {
            if (responses(c, a).stream().anyMatch(r -> !r.enforces())) {
                notifying.add(a.id());
            }
        });
        return new AlertRoutingArgs(topology(c), c.alerting().routes(), accountIds(c), adminRoles(c), providers,
                c.alerting().secretRoutes(), notifying);
    }

    public static CentralBackstopArgs backstop(StackConfig c, LogGroup centralLogGroup) {
        return new CentralBackstopArgs(topology(c), RuleSelection.backstop(c), centralLogGroup);
    }

    public static GuardrailsArgs guardrails(StackConfig c) {
        return new GuardrailsArgs(topology(c), c.organization(), c.logArchive(), c.guardrails(), accountIds(c));
    }

    /** @param providers the account's provider in each of its {@link #feedRegions}, home region included */
    public static MemberMonitoringArgs member(StackConfig c, Account account, Map<String, Provider> providers,
                                              List<Resource> foundation, Output<String> trailKeyArn) {
        return new MemberMonitoringArgs(topology(c), adminRoles(c), account, RuleSelection.forAccount(c, account),
                providers, foundation, trailKeyArn);
    }

    /** The regions an account's feed needs a provider in, home region first. */
    public static List<String> feedRegions(StackConfig c, Account account) {
        return FeedRegions.of(c.homeRegion(), c.organization().allowedRegions(), account.monitoring().feed());
    }

    /** The account's deployed rules that have a response, overrides applied. */
    public static List<Response> responses(StackConfig c, Account account) {
        List<Response> out = new ArrayList<>();
        for (Rule r : RuleSelection.forAccount(c, account)) {
            c.response().forAccount(account.id(), r.id()).ifPresent(choice -> out.add(new Response(r, choice.action(), choice.mode())));
        }
        return out;
    }

    /** The regions an account's responses listen in: every allowed region and us-east-1 (global services), home first. */
    public static List<String> responseRegions(StackConfig c) {
        return FeedRegions.of(c.homeRegion(), c.organization().allowedRegions(), Feed.EVENTBRIDGE);
    }

    /** @param providers the account's provider in each of its {@link #responseRegions} */
    public static ResponseArgs response(StackConfig c, Account account, Map<String, Provider> providers) {
        boolean trail = account.monitoring().feed() == Feed.TRAIL;
        var ctx = new ResponseContext(account.id(), c.homeRegion(), c.organization().deployRoleName(),
                c.organization().breakGlassRoleNames(),
                trail ? new ResponseContext.TrailRef(Names.MEMBER_TRAIL, Names.memberTrailArn(c.homeRegion(), account.id())) : null);
        return new ResponseArgs(topology(c), ctx, responses(c, account), trail ? AccountTrailSelectors.of(account) : List.of(),
                providers, !trail);
    }

    private static Set<String> accountIds(StackConfig c) {
        Set<String> ids = new LinkedHashSet<>();
        c.accounts().forEach(a -> ids.add(a.id()));
        return ids;
    }
}
