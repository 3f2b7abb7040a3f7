package io.trailguard.alerting;

import io.trailguard.stack.ComponentArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.StackConfig;
import io.trailguard.member.PolicyStatements;
import io.trailguard.member.StackPlans;
import io.trailguard.naming.Names;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every topic and key policy of the plan, parsed and checked for meaning. */
class AlertPoliciesTest {

    private static final String TOPIC = "aws:sns/topic:Topic";
    private static final String KEY = "aws:kms/key:Key";

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noPolicyInThePlanGrantsAWildcardPrincipalWithoutACondition(String stack) {
        Plan plan = StackPlans.plan(stack);
        int checked = 0;
        for (PlannedResource r : plan.cloudResources()) {
            for (String key : List.of("policy", "assumeRolePolicy", "policyDocument")) {
                if (r.inputs().get(key) instanceof Map<?, ?> policy) {
                    for (PolicyStatements s : PolicyStatements.of(policy)) {
                        checked++;
                        if (s.wildcardPrincipal()) {
                            assertTrue(s.hasConditions(), r.name() + " " + s.sid() + " grants * without a condition");
                        }
                        if (!s.services().isEmpty() && s.allows()) {
                            assertFalse(s.conditionKeys().contains("aws:PrincipalOrgID"),
                                    r.name() + " " + s.sid() + ": aws:PrincipalOrgID is never set for service principals");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 20, "policies were found in the plan: " + checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void centralTopicsLetTheOrganizationsAlarmsPublishAndItsAccountsListSubscriptions(String stack) {
        Plan plan = StackPlans.plan(stack);
        StackConfig c = plan.config();
        List<PlannedResource> topics = centralTopics(plan);
        assertEquals(4 * AlertRegions.of(ComponentArgs.topology(c)).size(), topics.size(), "one topic per severity per region");
        for (PlannedResource t : topics) {
            String arn = "arn:aws:sns:" + t.region() + ":" + t.account() + ":" + t.inputs().get("name");
            List<PolicyStatements> st = PolicyStatements.of(t.inputs().get("policy"));
            PolicyStatements publish = only(st, s -> s.actions().contains("sns:Publish"));
            assertEquals(List.of("cloudwatch.amazonaws.com"), publish.services());
            assertEquals(List.of(c.organization().id()), publish.condition("StringEquals", "aws:SourceOrgID"));
            assertEquals(List.of(Names.alarmArnPattern(t.region(), "*")), publish.condition("ArnLike", "aws:SourceArn"));
            assertEquals(List.of(arn), PolicyStatements.values(publish.statement().get("Resource")));
            PolicyStatements list = only(st, s -> s.actions().contains("sns:ListSubscriptionsByTopic"));
            assertEquals(List.of("sns:ListSubscriptionsByTopic"), list.actions());
            assertEquals(List.of(c.organization().id()), list.condition("StringEquals", "aws:PrincipalOrgID"));
            assertEquals(2, st.size(), "nothing else is granted on " + arn);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void centralTopicsAreEncryptedWithAKeyCloudWatchMayUseOnlyForTheOrganization(String stack) {
        Plan plan = StackPlans.plan(stack);
        StackConfig c = plan.config();
        for (PlannedResource t : centralTopics(plan)) {
            String keyArn = String.valueOf(t.inputs().get("kmsMasterKeyId"));
            assertTrue(keyArn.startsWith("arn:aws:kms:" + t.region() + ":" + t.account() + ":key/"), keyArn);
        }
        List<PlannedResource> keys = plan.ofType(KEY).stream()
                .filter(k -> k.account().equals(c.alerting().securityAccountId()) && k.urn().contains("trailguard:alerting:AlertRouting$")).toList();
        assertEquals(AlertRegions.of(ComponentArgs.topology(c)).size(), keys.size());
        for (PlannedResource k : keys) {
            List<PolicyStatements> st = PolicyStatements.of(k.inputs().get("policy"));
            PolicyStatements cw = only(st, s -> s.services().contains("cloudwatch.amazonaws.com"));
            assertEquals(List.of("kms:Decrypt", "kms:GenerateDataKey*"), cw.actions());
            assertEquals(List.of(c.organization().id()), cw.condition("StringEquals", "aws:SourceOrgID"));
            PolicyStatements admin = only(st, s -> s.actions().contains("kms:ScheduleKeyDeletion"));
            assertTrue(admin.condition("ArnLike", "aws:PrincipalArn").contains(c.organization().deployRoleArn(k.account())),
                    "only the deploy and break-glass roles administer the key");
            st.stream().filter(s -> !s.services().isEmpty())
                    .forEach(s -> assertTrue(s.hasConditions(), "service statement " + s.sid() + " is conditioned"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void localTopicsAreEncryptedWithTheirAccountsKeyUsableOnlyByThatAccountsAlarms(String stack) {
        Plan plan = StackPlans.plan(stack);
        List<PlannedResource> local = plan.ofType(TOPIC).stream().filter(t -> Names.LOCAL_TOPIC.equals(t.inputs().get("name"))).toList();
        assertEquals(plan.config().accounts().size(), local.size());
        for (PlannedResource t : local) {
            String keyArn = String.valueOf(t.inputs().get("kmsMasterKeyId"));
            assertTrue(keyArn.startsWith("arn:aws:kms:" + t.region() + ":" + t.account() + ":key/"), "encrypted in its own account: " + keyArn);
            PlannedResource key = plan.ofType(KEY).stream()
                    .filter(k -> k.account().equals(t.account()) && k.urn().contains("trailguard:member:MemberMonitoring$")).findFirst().orElseThrow();
            assertEquals(true, key.inputs().get("enableKeyRotation"));
            PolicyStatements cw = only(PolicyStatements.of(key.inputs().get("policy")), s -> s.services().contains("cloudwatch.amazonaws.com"));
            assertEquals(List.of(t.account()), cw.condition("StringEquals", "aws:SourceAccount"));
            assertEquals(List.of(Names.alarmArnPattern(t.region(), t.account())), cw.condition("ArnLike", "aws:SourceArn"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void localTopicsAcceptOnlyTheirOwnAccountsAlarms(String stack) {
        Plan plan = StackPlans.plan(stack);
        for (PlannedResource t : plan.ofType(TOPIC)) {
            if (!Names.LOCAL_TOPIC.equals(t.inputs().get("name"))) {
                continue;
            }
            PolicyStatements s = only(PolicyStatements.of(t.inputs().get("policy")), x -> true);
            assertEquals(List.of("cloudwatch.amazonaws.com"), s.services());
            assertEquals(List.of(t.account()), s.condition("StringEquals", "aws:SourceAccount"));
            assertEquals(List.of(Names.alarmArnPattern(t.region(), t.account())), s.condition("ArnLike", "aws:SourceArn"));
        }
    }

    static List<PlannedResource> centralTopics(Plan plan) {
        return plan.ofType(TOPIC).stream().filter(t -> t.name().startsWith("alert-routing-")).toList();
    }

    static PolicyStatements only(List<PolicyStatements> st, java.util.function.Predicate<PolicyStatements> p) {
        List<PolicyStatements> found = st.stream().filter(p).toList();
        assertEquals(1, found.size(), "exactly one matching statement in " + st);
        return found.get(0);
    }
}
