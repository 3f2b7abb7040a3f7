package io.trailguard.stack;

import io.trailguard.plan.PlanRunner;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import io.trailguard.alerting.AlertRouting;
import io.trailguard.archive.LogArchive;
import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.guardrails.Guardrails;
import io.trailguard.member.CentralBackstop;
import io.trailguard.member.MemberMonitoring;
import io.trailguard.providers.ProviderRegistry;
import io.trailguard.testing.Stacks;
import io.trailguard.trail.OrganizationTrail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The component convention (pulumi/examples aws-ts-organizations/accountPermissions.ts): a component refuses to run
 * without the provider of its account in its options, and its children take that provider from it.
 */
class ComponentOptionsTest {

    private static final ComponentResourceOptions NO_PROVIDER = ComponentResourceOptions.builder().build();

    private final List<Mocks.ResourceArgs> registered = new CopyOnWriteArrayList<>();
    private final Mocks mocks = args -> {
        registered.add(args);
        return CompletableFuture.completedFuture(Mocks.ResourceResult.of(Optional.of(args.name + "-id"), args.inputs));
    };

    /** Under the plans' harness lock, which also cleans the harness after the run (PlanRunner.exclusively). */
    private TestResult run(Consumer<com.pulumi.Context> program) {
        return PlanRunner.exclusively(() -> PulumiTest.withMocks(mocks).runTest(program));
    }

    @Test
    @DisplayName("every component refuses options without a provider, naming whose provider it needs")
    void componentsRefuseToRunWithoutTheirProvider() {
        StackConfig dev = Stacks.load("dev");
        Account member = dev.accounts().get(dev.accounts().size() - 1);
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        TestResult r = run(ctx -> {
            ProviderRegistry providers = ComponentArgs.providers(dev);
            LogArchive archive = new LogArchive("archive", ComponentArgs.logArchive(dev), in(providers.logArchive()));
            OrganizationTrail trail = new OrganizationTrail("trail",
                    ComponentArgs.organizationTrail(dev, archive, providers.management()), in(providers.logArchive()));
            refused.put("LogArchive", refusal(() -> new LogArchive("a", ComponentArgs.logArchive(dev), NO_PROVIDER)));
            refused.put("OrganizationTrail", refusal(() -> new OrganizationTrail("t",
                    ComponentArgs.organizationTrail(dev, archive, providers.management()), NO_PROVIDER)));
            refused.put("AlertRouting", refusal(() -> new AlertRouting("r", ComponentArgs.alertRouting(dev, providers), NO_PROVIDER)));
            refused.put("CentralBackstop", refusal(() -> new CentralBackstop("b", ComponentArgs.backstop(dev, trail.centralLogGroup), NO_PROVIDER)));
            refused.put("Guardrails", refusal(() -> Guardrails.create(Guardrails.NAME, ComponentArgs.guardrails(dev), NO_PROVIDER)));
            Map<String, Provider> feed = Map.of(dev.homeRegion(), providers.get(member.id(), dev.homeRegion()));
            refused.put("MemberMonitoring", refusal(() -> new MemberMonitoring("m",
                    ComponentArgs.member(dev, member, feed, List.of(), archive.trailKeyArn), NO_PROVIDER)));
        });
        assertTrue(r.exceptions().isEmpty(), r.exceptions()::toString);
        assertEquals(List.of("LogArchive", "OrganizationTrail", "AlertRouting", "CentralBackstop", "Guardrails", "MemberMonitoring"),
                List.copyOf(refused.keySet()));
        refused.forEach((component, message) -> {
            assertTrue(message.startsWith(component + " needs the "), message);
            assertTrue(message.contains("provider"), message);
        });
        assertTrue(refused.get("Guardrails").contains("management account"), refused.get("Guardrails"));
        assertTrue(refused.get("LogArchive").contains("log-archive account"), refused.get("LogArchive"));
    }

    @Test
    @DisplayName("a component's children take the provider given in its options, and callers can parent the component")
    void childrenInheritTheComponentsProvider() {
        StackConfig dev = Stacks.load("dev");
        TestResult r = run(ctx -> {
            Provider archiveAccount = new Provider("archive-account", ProviderArgs.builder()
                    .region(dev.homeRegion()).allowedAccountIds(dev.logArchive().accountId()).build());
            var group = new com.pulumi.resources.ComponentResource("test:index:Group", "group");
            new LogArchive("archive", ComponentArgs.logArchive(dev),
                    ComponentResourceOptions.builder().provider(archiveAccount).parent(group).build());
        });
        assertTrue(r.exceptions().isEmpty(), r.exceptions()::toString);
        List<Mocks.ResourceArgs> children = registered.stream().filter(a -> a.type.startsWith("aws:") && !a.type.startsWith("pulumi:")).toList();
        assertTrue(children.size() >= 10, "the archive's buckets, key and their configuration: " + children.size());
        for (Mocks.ResourceArgs c : children) {
            assertTrue(c.provider != null && c.provider.contains("pulumi:providers:aws::archive-account"), c.name + " uses " + c.provider);
        }
        assertTrue(r.resources().stream().anyMatch(x -> PulumiTest.extractValue(x.urn())
                .endsWith("test:index:Group$trailguard:archive:LogArchive::archive")), "the caller's parent is the component's parent");
    }

    private static ComponentResourceOptions in(Provider p) {
        return ComponentResourceOptions.builder().provider(p).build();
    }

    private static String refusal(Runnable construct) {
        return assertThrows(IllegalArgumentException.class, construct::run).getMessage();
    }
}
