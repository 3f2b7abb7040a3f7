package io.trailguard.alerting;

import io.trailguard.stack.ComponentArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.config.AlertingSettings.Protocol;
import io.trailguard.config.StackConfig;
import io.trailguard.member.StackPlans;
import io.trailguard.naming.Names;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Subscriptions follow the routes of config, whatever their order. */
class SubscriptionsTest {

    private final Plan prod = StackPlans.plan("prod");
    private final StackConfig c = prod.config();

    @Test
    void everyRouteIsOneSubscriptionOfItsSeverityTopicInEveryAlertRegion() {
        Set<List<String>> expected = new HashSet<>();
        for (String region : AlertRegions.of(ComponentArgs.topology(c))) {
            c.alerting().routes().forEach((severity, endpoints) -> endpoints.forEach(e -> expected.add(
                    List.of(Names.centralTopicArn(ComponentArgs.topology(c), region, severity), e.protocol().id(), e.endpoint()))));
        }
        Set<List<String>> planned = new HashSet<>();
        for (PlannedResource s : prod.ofType("aws:sns/topicSubscription:TopicSubscription")) {
            assertEquals(c.alerting().securityAccountId(), s.account());
            planned.add(List.of((String) s.inputs().get("topic"), (String) s.inputs().get("protocol"), (String) s.inputs().get("endpoint")));
        }
        assertEquals(expected, planned);
    }

    @Test
    void lambdaEndpointsInAConfiguredAccountGetTheInvokePermissionForTheirTopic() {
        List<PlannedResource> permissions = prod.ofType("aws:lambda/permission:Permission");
        long lambdas = c.alerting().routes().values().stream().flatMap(List::stream)
                .filter(e -> e.protocol() == Protocol.LAMBDA).count();
        assertEquals(lambdas * AlertRegions.of(ComponentArgs.topology(c)).size(), permissions.size());
        for (PlannedResource p : permissions) {
            assertEquals("sns.amazonaws.com", p.inputs().get("principal"));
            assertEquals("lambda:InvokeFunction", p.inputs().get("action"));
            String function = (String) p.inputs().get("function");
            assertEquals(function.split(":")[4], p.account(), "the permission is made in the function's account");
            assertTrue(String.valueOf(p.inputs().get("sourceArn")).startsWith("arn:aws:sns:"));
        }
    }

    @Test
    void subscriptionNamesDependOnTheEndpointNotOnItsPositionInConfig() {
        Endpoint a = new Endpoint(Protocol.EMAIL, "a@example.com");
        Endpoint b = new Endpoint(Protocol.EMAIL, "b@example.com");
        assertEquals(Subscriptions.digest(a), Subscriptions.digest(new Endpoint(Protocol.EMAIL, "a@example.com")));
        assertTrue(!Subscriptions.digest(a).equals(Subscriptions.digest(b)));
        assertTrue(!Subscriptions.digest(a).equals(Subscriptions.digest(new Endpoint(Protocol.HTTPS, "a@example.com"))));
    }
}
