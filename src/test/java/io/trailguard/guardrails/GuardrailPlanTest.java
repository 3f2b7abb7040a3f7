package io.trailguard.guardrails;

import io.trailguard.stack.ComponentArgs;
import static io.trailguard.guardrails.TestStacks.replacing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigError;
import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.config.StackConfig;
import io.trailguard.guardrails.GuardrailPlan.PlannedPolicy;
import io.trailguard.guardrails.GuardrailPlan.TargetCount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GuardrailPlanTest {

    private static final String PROD_BREAK_GLASS = "breakGlassRoleNames: [BreakGlassAdmin, IncidentResponder]";

    @Test
    void eachGuardrailIsItsOwnScpWhenTargetsHaveRoom() {
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(TestStacks.dev()));
        assertTrue(plan.ok(), plan.errors().toString());
        assertEquals(List.of("trailguard-region-deny", "trailguard-protect-audit-trail", "trailguard-protect-monitoring",
                "trailguard-protect-log-archive", "trailguard-deny-leave-organization"), names(plan));
        assertEquals(List.of("222222222222"), policy(plan, "trailguard-protect-log-archive").targets(), "ProtectLogArchive defaults to the log-archive account");
        assertEquals(List.of("ou-dev1-workload1"), policy(plan, "trailguard-region-deny").targets());
    }

    @Test
    void countsPerTargetIncludeExistingPolicies() {
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(TestStacks.dev()));
        TargetCount workloads = count(plan, "ou-dev1-workload1");
        assertEquals(1, workloads.existing(), "FullAWSAccess by default");
        assertEquals(List.of("trailguard-region-deny", "trailguard-protect-audit-trail", "trailguard-protect-monitoring",
                "trailguard-deny-leave-organization"), workloads.policies());
        assertEquals(5, workloads.total());
        assertEquals(List.of("trailguard-protect-log-archive"), count(plan, "222222222222").policies());
    }

    @Test
    void perGuardrailTargetsOverrideTheDefaults() {
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(TestStacks.prod()));
        assertEquals(List.of("ou-p7q8-workloads", "ou-p7q8-sandboxes"), policy(plan, "trailguard-deny-root-user").targets());
        assertFalse(count(plan, "ou-p7q8-infrastr").policies().contains("trailguard-deny-root-user"));
    }

    @Test
    void guardrailsSharingTargetsArePackedWhenATargetWouldOverflow() {
        StackConfig prod = TestStacks.prod();
        long onWorkloadsUnpacked = Arrays.stream(Guardrail.values())
                .filter(g -> prod.guardrails().policy(g).enabled() && GuardrailCatalog.targets(g, ComponentArgs.guardrails(prod)).contains("ou-p7q8-workloads")).count();
        assertTrue(1 + onWorkloadsUnpacked > 5, "precondition: one SCP per guardrail would overflow ou-p7q8-workloads");

        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(prod));
        assertTrue(plan.ok(), plan.errors().toString());
        plan.targets().forEach(t -> assertTrue(t.total() <= 5, t.toString()));
        plan.policies().forEach(p -> assertTrue(p.size() <= 5120, p.name() + " is " + p.size()));
        assertTrue(names(plan).contains("trailguard-deny-root-user"), "guardrails on other targets stay separate");
        PlannedPolicy pack = policy(plan, "trailguard-region-deny");
        assertEquals(List.of(Guardrail.REGION_DENY, Guardrail.PROTECT_AUDIT_TRAIL, Guardrail.PROTECT_MONITORING, Guardrail.DENY_LEAVE_ORGANIZATION),
                pack.guardrails(), "the pack is named after its lead guardrail");
        assertTrue(pack.awsName().startsWith("trailguard-region-deny+protect-audit-trail+protect-monitoring+deny-leave-organization"), pack.awsName());
        assertEquals(individualMeaning(prod), DenyMeaning.of(plan.policies().stream().map(PlannedPolicy::json).toList()));
    }

    @Test
    void anOversizedDocumentIsFirstMergedIntoFewerStatements() {
        int original = GuardrailCatalog.document(Guardrail.PROTECT_AUDIT_TRAIL, ComponentArgs.guardrails(TestStacks.prod())).toJson().length();
        StackConfig tight = TestStacks.prodWith(replacing("maxPolicyChars: 5120", "maxPolicyChars: " + (original - 1))
                .andThen(replacing("maxPoliciesPerTarget: 5", "maxPoliciesPerTarget: 10"))::apply);

        PlannedPolicy auditTrail = policy(GuardrailPlan.of(ComponentArgs.guardrails(tight)), "trailguard-protect-audit-trail");
        assertTrue(auditTrail.size() < original);
        int built = GuardrailCatalog.document(Guardrail.PROTECT_AUDIT_TRAIL, ComponentArgs.guardrails(tight)).statements().size();
        assertTrue(auditTrail.document().statements().size() < built, "compatible statements were merged");
        assertEquals(DenyMeaning.of(List.of(GuardrailCatalog.document(Guardrail.PROTECT_AUDIT_TRAIL, ComponentArgs.guardrails(tight)).toJson())),
                DenyMeaning.of(List.of(auditTrail.json())));
    }

    @Test
    void manyBreakGlassRolesForceMergeThenNumberedSplit() {
        StackConfig manyRoles = TestStacks.prodWith(replacing(PROD_BREAK_GLASS, breakGlassRoles(60))
                .andThen(replacing("maxPoliciesPerTarget: 5", "maxPoliciesPerTarget: 10"))::apply);
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(manyRoles));
        assertTrue(plan.ok(), plan.errors().toString());

        List<PlannedPolicy> monitoring = plan.policies().stream().filter(p -> p.name().startsWith("trailguard-protect-monitoring")).toList();
        assertTrue(monitoring.size() >= 2, names(plan).toString());
        for (int i = 0; i < monitoring.size(); i++) {
            assertEquals(i == 0 ? "trailguard-protect-monitoring" : "trailguard-protect-monitoring-" + (i + 1), monitoring.get(i).name(),
                    "the first document keeps the guardrail's name when it is split");
            assertEquals("trailguard-protect-monitoring-" + (i + 1), monitoring.get(i).awsName());
            assertTrue(monitoring.get(i).size() <= 5120, monitoring.get(i).name() + " is " + monitoring.get(i).size());
        }
        assertTrue(monitoring.stream().flatMap(p -> PolicyJsonView.parse(p.json()).statements().stream())
                        .anyMatch(s -> s.actions().containsAll(List.of("logs:DeleteLogGroup", "logs:DeleteMetricFilter"))),
                "log-group statements with the same resource and condition were merged before splitting");
        assertEquals(DenyMeaning.of(List.of(GuardrailCatalog.document(Guardrail.PROTECT_MONITORING, ComponentArgs.guardrails(manyRoles)).toJson())),
                DenyMeaning.of(monitoring.stream().map(PlannedPolicy::json).toList()));
        assertEquals(1, plan.policies().stream().filter(p -> p.name().startsWith("trailguard-region-deny")).count(), "60 exemptions still fit one region deny");
    }

    @Test
    void aRegionDenyThatCannotFitIsAnErrorNamingThePolicyAndTheExcess() {
        StackConfig tooMany = TestStacks.prodWith(replacing(PROD_BREAK_GLASS, breakGlassRoles(120)));
        int size = RegionDenyPolicy.document(ComponentArgs.guardrails(tooMany)).toJson().length();
        assertTrue(size > 5120, "precondition");

        List<ConfigError> errors = GuardrailPlan.check(ComponentArgs.guardrails(tooMany));
        ConfigError e = errors.stream().filter(x -> x.path().equals("trailguard:guardrails.policies.regionDeny")).findFirst()
                .orElseThrow(() -> new AssertionError(errors.toString()));
        assertTrue(e.message().contains("trailguard-region-deny"), e.message());
        assertTrue(e.message().contains("DenyOutsideAllowedRegions alone is " + size + " characters, limit 5120 (over by " + (size - 5120) + ")"), e.message());
        assertTrue(e.hint().contains("cannot be split"), e.hint());
    }

    @Test
    void tooManyScpsOnATargetIsAnErrorNamingTargetAndExcess() {
        StackConfig crowded = TestStacks.prodWith(replacing("ou-p7q8-workloads: 1", "ou-p7q8-workloads: 4"));
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(crowded));
        TargetCount workloads = count(plan, "ou-p7q8-workloads");
        assertEquals(4 + workloads.policies().size(), workloads.total());
        assertTrue(workloads.total() > 5);

        List<ConfigError> errors = plan.errors();
        assertEquals(1, errors.size(), errors.toString());
        ConfigError e = errors.get(0);
        assertEquals("trailguard:guardrails.targets[0]", e.path());
        assertTrue(e.message().startsWith("SCPs on ou-p7q8-workloads would be " + workloads.total() + ", limit 5 (over by " + (workloads.total() - 5)), e.message());
        assertTrue(e.hint().contains("maxPoliciesPerTarget"), e.hint());
    }

    @Test
    void managementAccountAndUnknownAccountsAreInvalidTargets() {
        StackConfig bad = TestStacks.prodWith(replacing("targets: [ou-p7q8-workloads, ou-p7q8-sandboxes]",
                "targets: [ou-p7q8-workloads, \"100000000001\", \"999999999999\"]"));
        List<ConfigError> errors = GuardrailPlan.check(ComponentArgs.guardrails(bad));
        assertEquals(List.of("trailguard:guardrails.policies.denyRootUser.targets[1]", "trailguard:guardrails.policies.denyRootUser.targets[2]"),
                errors.stream().map(ConfigError::path).toList(), errors.toString());
        assertTrue(errors.get(0).message().contains("management account"));
        assertTrue(errors.get(1).message().contains("999999999999 is not in trailguard:accounts"));
    }

    @Test
    void malformedTargetsAreRejectedWithTheirPath() {
        var result = TestStacks.prodResultWith(replacing("targets: [ou-p7q8-workloads, ou-p7q8-infrastr", "targets: [workloads, ou-p7q8-infrastr"));
        assertTrue(result.errors().stream().anyMatch(e -> e.path().equals("trailguard:guardrails.targets[0]")), result.report());
    }

    @Test
    void disabledGuardrailsPlanNothing() {
        StackConfig off = TestStacks.prodWith(replacing("trailguard:guardrails:\n    enabled: true", "trailguard:guardrails:\n    enabled: false"));
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(off));
        assertTrue(plan.policies().isEmpty() && plan.errors().isEmpty());
        assertEquals(List.of("Guardrails: none"), plan.render());
    }

    @Test
    void renderShowsEachSizeAgainstItsLimitAndEachTargetsCount() {
        GuardrailPlan plan = GuardrailPlan.of(ComponentArgs.guardrails(TestStacks.prod()));
        String text = String.join("\n", plan.render());
        for (PlannedPolicy p : plan.policies()) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(p.name() + " ") && l.contains(p.size() + "/5120")), p.name() + " missing in\n" + text);
        }
        for (TargetCount t : plan.targets()) {
            assertTrue(text.lines().anyMatch(l -> l.startsWith(t.target() + " ") && l.contains(t.total() + "/5")), t.target() + " missing in\n" + text);
        }
    }

    private static java.util.Set<DenyMeaning.Triple> individualMeaning(StackConfig c) {
        List<String> jsons = new ArrayList<>();
        for (Guardrail g : Guardrail.values()) {
            if (c.guardrails().policy(g).enabled()) {
                jsons.add(GuardrailCatalog.document(g, ComponentArgs.guardrails(c)).toJson());
            }
        }
        return DenyMeaning.of(jsons);
    }

    private static String breakGlassRoles(int n) {
        return "breakGlassRoleNames: [" + IntStream.rangeClosed(1, n).mapToObj(i -> "EmergencyResponderRole" + i).collect(Collectors.joining(", ")) + "]";
    }

    private static List<String> names(GuardrailPlan plan) {
        return plan.policies().stream().map(PlannedPolicy::name).toList();
    }

    private static PlannedPolicy policy(GuardrailPlan plan, String name) {
        return plan.policies().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + names(plan)));
    }

    private static TargetCount count(GuardrailPlan plan, String target) {
        return plan.targets().stream().filter(t -> t.target().equals(target)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + target + " in " + plan.targets()));
    }
}
