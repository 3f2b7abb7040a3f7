package io.trailguard.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.trailguard.config.CoverageMode;
import io.trailguard.config.StackConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.ListAccountsRequest;

class CoverageGateTest {

    private final List<String> warnings = new ArrayList<>();

    /** The org has one account config lacks, and 444444444444 sits in another OU than config says. */
    private final MockOrganization drifted = MockOrganization.dev()
            .account("888888888888", "analytics-dev", "ou-dev1-payments1")
            .move("444444444444", "ou-dev1-payments1");

    @Test
    void offNeverOpensTheInventory() {
        Optional<CoverageReport> r = CoverageGate.run(config(CoverageMode.OFF), warnings::add,
                () -> fail("coverage: off must not read the organization"));

        assertTrue(r.isEmpty());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void offIsTheDefaultAndTheDefaultEntryPointThenNeedsNoAws() {
        StackConfig noKey = TestStacks.load(TestStacks.coveredText().replace("  trailguard:coverage: warn\n", ""));

        assertEquals(CoverageMode.OFF, noKey.coverage());
        assertTrue(CoverageGate.run(noKey, warnings::add).isEmpty());
    }

    @Test
    void warnLogsEveryGapAndLetsTheProgramContinue() {
        Optional<CoverageReport> r = CoverageGate.run(config(CoverageMode.WARN), warnings::add, drifted::inventory);

        assertEquals(2, r.orElseThrow().gaps().size());
        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("coverage: trailguard:accounts[3].ou: is ou-dev1-workload1 but"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("coverage: trailguard:accounts: account 888888888888"), warnings.get(1));
        assertEquals("coverage: 2 gaps: 1 ou-mismatch, 1 not-in-config", warnings.get(2));
    }

    @Test
    void failStopsWithEveryGapListed() {
        CoverageGateException e = assertThrows(CoverageGateException.class,
                () -> CoverageGate.run(config(CoverageMode.FAIL), warnings::add, drifted::inventory));

        assertTrue(e.getMessage().contains("\n  trailguard:accounts[3].ou: is ou-dev1-workload1"), e.getMessage());
        assertTrue(e.getMessage().contains("\n  trailguard:accounts: account 888888888888"), e.getMessage());
        assertTrue(e.getMessage().endsWith("nothing was registered; fix config, or set trailguard:coverage to warn"), e.getMessage());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void failPassesQuietlyWhenCovered() {
        Optional<CoverageReport> r = CoverageGate.run(config(CoverageMode.FAIL), warnings::add, () -> MockOrganization.dev().inventory());

        assertTrue(r.orElseThrow().covered());
        assertTrue(warnings.isEmpty());
    }

    @Test
    void warnSkipsTheCheckWhenTheOrganizationCannotBeRead() {
        Optional<CoverageReport> r = CoverageGate.run(config(CoverageMode.WARN), warnings::add, CoverageGateTest::deniedInventory);

        assertTrue(r.isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("coverage: check skipped, the organization could not be read: organizations:ListAccounts was denied"),
                warnings.get(0));
    }

    @Test
    void failStopsWhenTheOrganizationCannotBeRead() {
        CoverageGateException e = assertThrows(CoverageGateException.class,
                () -> CoverageGate.run(config(CoverageMode.FAIL), warnings::add, CoverageGateTest::deniedInventory));

        assertTrue(e.getMessage().startsWith("coverage: fail is set, but the organization could not be read: organizations:ListAccounts was denied"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    private StackConfig config(CoverageMode mode) {
        return TestStacks.withCoverage(TestStacks.covered(), mode);
    }

    private static OrganizationInventory deniedInventory() {
        OrganizationsClient client = MockOrganization.dev().client();
        when(client.listAccounts(any(ListAccountsRequest.class))).thenThrow(AccessDeniedException.builder().message("denied").build());
        return new SdkOrganizationInventory(client, () -> "arn:aws:iam::111111111111:user/dev", () -> {});
    }
}
