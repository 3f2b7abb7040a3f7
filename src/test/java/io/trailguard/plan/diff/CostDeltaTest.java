package io.trailguard.plan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trailguard.config.StackConfig;
import io.trailguard.plan.MemberSummary;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import org.junit.jupiter.api.Test;

class CostDeltaTest {

    @Test
    void onboardingAnAccountAddsExactlyThatAccountsEstimate() {
        StackConfig onboarded = Stacks.loadText(Stacks.text("dev").stripTrailing()
                + "\n    - id: \"666666666666\"\n      name: workload-new\n      ou: ou-dev1-workload1\n").config();
        Plan base = Plans.of("dev");
        Plan head = PlanRunner.run(onboarded, "dev");
        CostDelta delta = CostDelta.of(new PlanDiffer(ReplacementRules.pulumiAws()).diff(base, head, "base"));

        double newAccount = MemberSummary.cost(head).accounts().stream()
                .filter(a -> a.accountId().equals("666666666666")).findFirst().orElseThrow().usd();
        assertEquals(1, delta.changedAccounts().size(), "only the new account's estimate changes");
        assertEquals("666666666666", delta.changedAccounts().get(0).accountId());
        assertEquals(newAccount, delta.deltaUsd(), 0.001);
        assertEquals(MemberSummary.cost(base).usd(), delta.baseUsd(), 0.001);
    }
}
