package io.trailguard.guardrails;

import io.trailguard.plan.PlanRunner;
import static io.trailguard.guardrails.TestStacks.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.aws.Provider;
import com.pulumi.aws.ProviderArgs;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import io.trailguard.config.StackConfig;
import io.trailguard.guardrails.GuardrailPlan.PlannedPolicy;
import io.trailguard.stack.ComponentArgs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GuardrailsComponentTest {

    private static final String POLICY = "aws:organizations/policy:Policy";
    private static final String ATTACHMENT = "aws:organizations/policyAttachment:PolicyAttachment";

    private final List<Mocks.ResourceArgs> registered = new CopyOnWriteArrayList<>();

    private final Mocks mocks = args -> {
        registered.add(args);
        Map<String, Object> state = new java.util.HashMap<>(args.inputs);
        return CompletableFuture.completedFuture(Mocks.ResourceResult.of(Optional.of(args.name + "-id"), state));
    };

    /** Under the plans' harness lock, which also cleans the harness after the run (PlanRunner.exclusively). */
    private TestResult run(StackConfig config, AtomicReference<Optional<Guardrails>> created) {
        return PlanRunner.exclusively(() -> PulumiTest.withMocks(mocks).runTest(ctx -> {
            Provider management = new Provider("management", ProviderArgs.builder()
                    .region("eu-west-1").allowedAccountIds(config.organization().managementAccountId()).build());
            created.set(Guardrails.create(Guardrails.NAME, ComponentArgs.guardrails(config),
                    ComponentResourceOptions.builder().provider(management).build()));
        }));
    }

    @Test
    void registersEachPlannedScpWithItsContentAndOneAttachmentPerTarget() {
        StackConfig prod = TestStacks.prod();
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(prod));
        TestResult result = run(prod, new AtomicReference<>());
        assertTrue(result.errors().isEmpty(), result.errors().toString());

        List<Mocks.ResourceArgs> policies = ofType(POLICY);
        assertEquals(plan.policies().size(), policies.size());
        for (PlannedPolicy p : plan.policies()) {
            Mocks.ResourceArgs r = policies.stream().filter(x -> x.name.equals(p.name())).findFirst().orElseThrow();
            assertEquals("SERVICE_CONTROL_POLICY", r.inputs.get("type"));
            assertEquals(p.awsName(), r.inputs.get("name"), "the AWS name says what the SCP carries");
            assertEquals(p.json(), r.inputs.get("content"));
        }

        Set<String> expected = new HashSet<>();
        plan.policies().forEach(p -> p.targets().forEach(t -> expected.add(p.name() + "-id -> " + t)));
        Set<String> attached = new HashSet<>();
        ofType(ATTACHMENT).forEach(a -> attached.add(a.inputs.get("policyId") + " -> " + a.inputs.get("targetId")));
        assertEquals(expected, attached);
        assertTrue(attached.contains("trailguard-protect-log-archive-id -> 100000000002"));
    }

    @Test
    void everyChildUsesTheManagementAccountProvider() {
        run(TestStacks.prod(), new AtomicReference<>());
        List<Mocks.ResourceArgs> children = new ArrayList<>(ofType(POLICY));
        children.addAll(ofType(ATTACHMENT));
        assertTrue(children.size() > 0);
        for (Mocks.ResourceArgs r : children) {
            assertTrue(r.provider != null && r.provider.contains("pulumi:providers:aws::management"), r.name + " uses " + r.provider);
        }
    }

    @Test
    void componentHasItsTypeAndParentsItsChildren() {
        AtomicReference<Optional<Guardrails>> created = new AtomicReference<>();
        TestResult result = run(TestStacks.prod(), created);
        Guardrails g = created.get().orElseThrow();
        assertEquals("trailguard:guardrails:Guardrails", g.pulumiResourceType(), "the type the component registers");
        String urn = PulumiTest.extractValue(g.urn());
        assertTrue(urn.contains("trailguard:guardrails:Guardrails::trailguard-guardrails"), urn);
        for (var policy : g.policies()) {
            String child = PulumiTest.extractValue(policy.urn());
            assertTrue(child.contains("trailguard:guardrails:Guardrails$aws:organizations/policy:Policy::"), child);
        }
        assertTrue(result.resources().contains(g));
    }

    @Test
    void nothingIsRegisteredWhenGuardrailsAreDisabled() {
        StackConfig off = TestStacks.prodWith(replacing("trailguard:guardrails:\n    enabled: true", "trailguard:guardrails:\n    enabled: false"));
        AtomicReference<Optional<Guardrails>> created = new AtomicReference<>();
        run(off, created);
        assertTrue(created.get().isEmpty());
        assertTrue(ofType(POLICY).isEmpty() && ofType(ATTACHMENT).isEmpty());
    }

    @Test
    void aPlanWithErrorsRegistersNoScp() {
        StackConfig crowded = TestStacks.prodWith(replacing("ou-p7q8-workloads: 1", "ou-p7q8-workloads: 4"));
        TestResult result = run(crowded, new AtomicReference<>());
        assertTrue(!result.exceptions().isEmpty() || !result.errors().isEmpty(), "the program must fail");
        assertTrue(ofType(POLICY).isEmpty(), "no SCP may be registered from a plan that does not fit");
    }

    private List<Mocks.ResourceArgs> ofType(String type) {
        return registered.stream().filter(r -> r.type.equals(type)).toList();
    }
}
