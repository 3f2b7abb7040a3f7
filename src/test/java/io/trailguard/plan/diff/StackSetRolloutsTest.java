package io.trailguard.plan.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.plan.StackSetExpansion;
import io.trailguard.testing.Stacks;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A rule change in one profile is one rollout line naming that StackSet's OUs and accounts, not a change per account. */
class StackSetRolloutsTest {

    @Test
    void aTemplateChangeShowsOnceWithTheAccountsItRollsOutTo() {
        var before = StackSetExpansion.of(Stacks.load("stackset"), Optional.empty());
        LoadResult head = Stacks.loadText(Stacks.text("stackset").replace("        - name: workloads\n",
                "        - name: workloads\n          disabledRules: [cis-config-changes]\n"));
        assertTrue(head.ok(), head.report());
        String out = StackSetRollouts.render(before, StackSetExpansion.of(head.config(), Optional.empty()));
        assertEquals(1, out.lines().filter(l -> l.startsWith("  ~ ")).count(), out);
        assertTrue(out.contains("~ trailguard-members-workloads: template"), out);
        assertTrue(out.contains("rolls out to OUs ou-dev1-workload1, ou-dev1-workload2 in eu-west-1; 1 account (config)"), out);
        assertTrue(out.contains("444444444444"), out);
        assertFalse(out.contains("trailguard-members-security"), out);
    }

    @Test
    void noChangeNoLine() {
        var same = StackSetExpansion.of(Stacks.load("stackset"), Optional.empty());
        assertEquals("", StackSetRollouts.render(same, same));
    }
}
