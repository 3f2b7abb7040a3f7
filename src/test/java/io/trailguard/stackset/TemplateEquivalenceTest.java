package io.trailguard.stackset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.config.Account;
import io.trailguard.config.Deployment;
import io.trailguard.config.MemberDefaults;
import io.trailguard.config.StackConfig;
import io.trailguard.config.StackSetProfile;
import io.trailguard.member.MemberTypes;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlannedResource;
import io.trailguard.stack.StackSetProfiles;
import io.trailguard.testing.Stacks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * For one account of a profile, per feed: the profile's StackSet template, as CloudFormation evaluates it in that
 * account and each region, declares exactly the resources {@code stacks} mode plans for the account, property by
 * property after {@link CfnTypes}' mapping. A value the template takes from another resource ({@code Ref},
 * {@code Fn::GetAtt}) must point at the resource whose output the planned value is (same spec id).
 */
class TemplateEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // The template's parameters (the trail key's ARN, set on the StackSet), which a Ref may name too.
    private static Object templateParameters = Map.of();

    @ParameterizedTest
    @CsvSource({"workloads, 444444444444, ou-dev1-workload1", "security, 777777777777, ou-dev1-security"})
    void templateResourcesEqualStacksModeResources(String profileName, String accountId, String ou) throws Exception {
        StackConfig stackset = Stacks.load("stackset");
        StackSetProfile profile = stackset.members().stackSet().profiles().stream().filter(p -> p.name().equals(profileName)).findFirst().orElseThrow();
        MemberTemplate template = StackSetProfiles.profile(stackset, profile).template();
        templateParameters = template.asMap().getOrDefault("Parameters", Map.of());

        // The same account deployed by this stack: the profile's settings, its name the profile's (what the template's
        // descriptions say in place of an account name), nothing else in the stack but the foundation.
        Account own = new Account(accountId, profile.name(), ou, profile.monitoring(), List.of(), Deployment.STACKS);
        List<Account> accounts = new ArrayList<>(stackset.accounts().stream().filter(a -> !a.id().equals(accountId))
                .map(a -> new Account(a.id(), a.name(), a.ou(), a.monitoring(), a.guardedResources(), Deployment.STACKS)).toList());
        accounts.add(own);
        StackConfig stacks = new StackConfig(stackset.organization(), stackset.logArchive(), stackset.trail(), stackset.alerting(),
                stackset.guardrails(), new MemberDefaults(stackset.members().monitoring(), stackset.members().eventsPerDay()),
                accounts, stackset.coverage(), stackset.scope());
        Plan plan = PlanRunner.run(stacks, "equivalence-" + profileName);

        String prefix = "member-" + accountId + "-";
        List<PlannedResource> planned = plan.cloudResources().stream()
                .filter(r -> r.account().equals(accountId) && r.name().startsWith(prefix)).toList();
        assertFalse(planned.isEmpty());
        Set<String> regions = new TreeSet<>();
        planned.forEach(r -> regions.add(r.region()));
        assertEquals(new TreeSet<>(StackSetProfiles.profile(stackset, profile).regions()), regions);

        for (String region : regions) {
            Map<String, Map<String, Object>> declared = TemplateInstance.resources(template, accountId, region);
            Set<String> matched = new HashSet<>();
            long targets = 0;
            for (PlannedResource r : planned.stream().filter(p -> p.region().equals(region)).toList()) {
                String specId = r.name().substring(prefix.length());
                if (r.type().equals(MemberTypes.EVENT_TARGET)) {
                    compareTarget(r, declared, region);
                    continue;
                }
                String logical = LogicalIds.camel(specId);
                Map<String, Object> res = declared.get(logical);
                assertNotNull(res, () -> region + ": the template declares no " + logical + " for " + r.name());
                assertEquals(CfnTypes.of(r.type()).cfnType(), res.get("Type"), r.name());
                matched.add(logical);
                Map<String, Object> inputs = new LinkedHashMap<>(r.inputs());
                // A JSON document the plan kept as text (an event pattern) is an object in the template.
                for (String doc : CfnTypes.of(r.type()).jsonDocuments()) {
                    if (inputs.get(doc) instanceof String text) {
                        inputs.put(doc, JSON.readValue(text, Object.class));
                    }
                }
                if (r.type().equals(MemberTypes.TOPIC)) {
                    Map<String, Object> policy = declared.get(logical + "Policy");
                    assertNotNull(policy, r.name() + ": topic policy");
                    assertEquals(CfnTypes.TOPIC_POLICY, policy.get("Type"));
                    assertSame(r.name() + " policy", inputs.remove("policy"), props(policy).get("PolicyDocument"));
                    assertEquals(List.of(Map.of("Ref", logical)), props(policy).get("Topics"));
                    matched.add(logical + "Policy");
                }
                Map<String, Object> declaredProps = new LinkedHashMap<>(props(res));
                if (r.type().equals(MemberTypes.EVENT_RULE)) {
                    // Its targets are compared one by one with the planned EventTargets.
                    targets += ((List<?>) declaredProps.remove("Targets")).size();
                }
                compare(r.name(), CfnTypes.properties(r.type(), inputs), declaredProps, declared);
            }
            assertEquals(planned.stream().filter(p -> p.region().equals(region) && p.type().equals(MemberTypes.EVENT_TARGET)).count(),
                    targets, region + ": rule targets");
            Set<String> extra = new TreeSet<>(declared.keySet());
            extra.removeAll(matched);
            assertTrue(extra.isEmpty(), () -> region + ": the template declares resources stacks mode does not plan: " + extra);
        }
    }

    @SuppressWarnings("unchecked")
    private static void compareTarget(PlannedResource r, Map<String, Map<String, Object>> declared, String region) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Map<String, Object> res : declared.values()) {
            if ("AWS::Events::Rule".equals(res.get("Type"))) {
                for (Object t : (List<Object>) props(res).getOrDefault("Targets", List.of())) {
                    all.add((Map<String, Object>) t);
                }
            }
        }
        Map<String, Object> inputs = new LinkedHashMap<>(r.inputs());
        inputs.remove("rule");
        List<Map<String, Object>> same = all.stream().filter(t -> t.get("Id").equals(inputs.get("targetId"))).toList();
        assertEquals(1, same.size(), region + ": one rule target " + inputs.get("targetId"));
        compare(r.name(), CfnTypes.properties(r.type(), inputs), same.get(0), declared);
    }

    private static void compare(String what, Map<String, Object> expected, Map<String, Object> actual, Map<String, Map<String, Object>> declared) {
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), what + ": properties");
        expected.forEach((k, v) -> {
            Object a = actual.get(k);
            if (a instanceof Map<?, ?> m && (m.containsKey("Ref") || m.containsKey("Fn::GetAtt"))) {
                // The planned value is the referenced resource's output under the mocks; the template must reference a
                // resource it declares, of the type whose output that is.
                String target = m.containsKey("Ref") ? (String) m.get("Ref") : (String) ((List<?>) m.get("Fn::GetAtt")).get(0);
                assertTrue(declared.containsKey(target) || ((Map<?, ?>) templateParameters).containsKey(target),
                        what + "." + k + " references undeclared " + target);
                assertTrue(v instanceof String s && !s.isEmpty(), what + "." + k + " is planned as a value");
            } else if (a instanceof String text && v instanceof Map<?, ?>) {
                // A String property holding a JSON document (AWS::Logs::ResourcePolicy PolicyDocument); the plan parses policies.
                assertSame(what + "." + k, v, Stacks.json(text));
            } else {
                assertSame(what + "." + k, v, a);
            }
        });
    }

    private static void assertSame(String what, Object expected, Object actual) {
        JsonNode e = JSON.valueToTree(expected);
        JsonNode a = JSON.valueToTree(actual);
        assertTrue(e.equals((x, y) -> x.isNumber() && y.isNumber() ? Double.compare(x.asDouble(), y.asDouble()) : x.equals(y) ? 0 : 1, a),
                () -> what + ":\n planned  " + e + "\n template " + a);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("Properties");
    }
}
