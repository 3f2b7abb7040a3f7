package io.trailguard.member;

import io.trailguard.stack.ComponentArgs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.Account;
import io.trailguard.detect.Feed;
import io.trailguard.config.Scope;
import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code scope: accounts:<id>} plans one account's monitoring on its own: the same resources with the same inputs
 * as in the whole organization's plan, which proves they take nothing from foundation outputs.
 */
class MemberScopeTest {

    @ParameterizedTest
    @EnumSource(Feed.class)
    void oneAccountPlansOnItsOwnExactlyAsInTheWholePlan(Feed feed) {
        Plan all = StackPlans.plan("prod");
        Account account = all.config().accounts().stream().filter(a -> a.monitoring().feed() == feed)
                .reduce((a, b) -> b).orElseThrow();
        // A member-only run is given the trail key's ARN the foundation exported (logArchive.trailKeyArn).
        Object trailKeyArn = all.resources().stream().filter(r -> r.type().equals(Types.TRAIL) && r.name().startsWith("organization-trail"))
                .findFirst().orElseThrow().inputs().get("kmsKeyId");
        StackConfig member = all.config().withScope(Scope.parse("accounts:" + account.id()))
                .withLogArchive(all.config().logArchive().withTrailKeyArn(String.valueOf(trailKeyArn)));
        Plan one = PlanRunner.run(member, "prod");

        assertTrue(one.cloudResources().stream().allMatch(r -> r.account().equals(account.id())),
                "only " + account.name() + "'s resources");
        assertTrue(one.resources().stream().noneMatch(r -> r.type().startsWith("trailguard:") && !r.type().equals(MemberMonitoring.TYPE)),
                "no foundation component");
        assertEquals(ComponentArgs.feedRegions(all.config(), account).size(), one.providers().size(), "one provider per feed region");

        Map<String, PlannedResource> inAll = all.resources().stream().collect(Collectors.toMap(PlannedResource::urn, Function.identity()));
        List<PlannedResource> mine = one.cloudResources();
        assertTrue(mine.size() > 90);
        for (PlannedResource r : mine) {
            PlannedResource same = inAll.get(r.urn());
            assertTrue(same != null, r.urn() + " is in the whole plan");
            assertEquals(same.inputs(), r.inputs(), r.urn());
        }
        long expected = all.cloudResources().stream().filter(r -> r.name().startsWith("member-" + account.id() + "-")).count();
        assertEquals(expected, mine.size());
    }
}
