package io.trailguard.org;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trailguard.config.StackConfig;
import io.trailguard.testing.Stacks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** In stackset mode an account in an OU a profile targets is covered without a config entry. */
class StackSetCoverageTest {

    @Test
    void anAccountInATargetedOuIsCoveredAndOneElsewhereIsNot() {
        StackConfig c = Stacks.load("stackset");
        List<OrgAccount> accounts = new ArrayList<>();
        c.accounts().forEach(a -> accounts.add(new OrgAccount(a.id(), a.name(), AccountState.ACTIVE, a.ou(), "Root")));
        accounts.add(new OrgAccount("121212121212", "joined-workloads", AccountState.ACTIVE, "ou-dev1-workload2", "Root/Workloads2"));
        accounts.add(new OrgAccount("131313131313", "elsewhere", AccountState.ACTIVE, "ou-dev1-exceptions", "Root/Exceptions"));
        CoverageReport r = CoverageCheck.compare(c, new OrganizationSnapshot(c.organization().id(), c.organization().managementAccountId(), accounts));
        assertEquals(List.of("131313131313"), r.uncovered().stream().map(OrgAccount::id).toList());
    }
}
