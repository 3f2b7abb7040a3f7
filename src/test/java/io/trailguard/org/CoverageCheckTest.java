package io.trailguard.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.StackConfig;
import io.trailguard.org.CoverageGap.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Config from {@code org/stacks/covered.yaml} against a Mockito-backed organization read by the real inventory. */
class CoverageCheckTest {

    private final StackConfig config = TestStacks.covered();

    @Test
    void configThatMatchesTheOrganizationIsCovered() {
        CoverageReport r = compare(MockOrganization.dev());

        assertTrue(r.covered(), () -> r.gaps().toString());
        assertEquals(6, r.configAccounts());
    }

    @Test
    void anActiveAccountMissingFromConfigIsUncovered() {
        CoverageReport r = compare(MockOrganization.dev().account("888888888888", "analytics-dev", "ou-dev1-payments1"));

        assertEquals(List.of(Kind.NOT_IN_CONFIG), kinds(r));
        CoverageGap gap = r.gaps().get(0);
        assertEquals("888888888888", gap.accountId());
        assertEquals("trailguard:accounts", gap.path());
        assertTrue(gap.message().contains("analytics-dev, in Root/Workloads/Payments"), gap.message());
        assertEquals(List.of("888888888888"), r.uncovered().stream().map(OrgAccount::id).toList());
    }

    @Test
    void aSuspendedAccountOutsideConfigIsNoGap() {
        CoverageReport r = compare(MockOrganization.dev().account("777777777777", "old-experiment", "ou-dev1-workload1", "SUSPENDED"));

        assertTrue(r.covered(), () -> r.gaps().toString());
    }

    @Test
    void aSuspendedAccountStillInConfigIsAGap() {
        CoverageReport r = compare(MockOrganization.dev().account("555555555555", "sandbox", "ou-dev1-workload1", "SUSPENDED"));

        assertEquals(List.of(Kind.NOT_ACTIVE), kinds(r));
        assertEquals("trailguard:accounts[4].id", r.gaps().get(0).path());
        assertTrue(r.gaps().get(0).message().endsWith("is SUSPENDED in the organization"), r.gaps().get(0).message());
        assertTrue(r.uncovered().isEmpty());
    }

    @Test
    void anOuInConfigThatIsNotTheRealParentIsAMismatch() {
        CoverageReport r = compare(MockOrganization.dev().move("444444444444", "ou-dev1-payments1"));

        assertEquals(List.of(Kind.OU_MISMATCH), kinds(r));
        CoverageGap gap = r.gaps().get(0);
        assertEquals("trailguard:accounts[3].ou", gap.path());
        assertTrue(gap.message().startsWith("is ou-dev1-workload1 but account 444444444444 (workload-dev) is in ou-dev1-payments1 (Root/Workloads/Payments)"),
                gap.message());
        assertEquals("set it to ou-dev1-payments1", gap.hint());
    }

    @Test
    void anotherOrganizationIdIsReportedFirst() {
        CoverageReport r = compare(MockOrganization.dev().withId("o-zzzz999999").account("888888888888", "stranger", "r-dev1"));

        assertEquals(List.of(Kind.ORGANIZATION_MISMATCH, Kind.NOT_IN_CONFIG), kinds(r));
        assertEquals("trailguard:organization.id", r.gaps().get(0).path());
        assertTrue(r.gaps().get(0).message().contains("is o-dev1a2b3c4d but the credentials in use reach organization o-zzzz999999"));
    }

    @Test
    void aManagementAccountThatDoesNotManageTheOrganizationIsAMismatch() {
        StackConfig wrong = TestStacks.withManagementAccount(config, "222222222222");

        CoverageReport r = CoverageCheck.compare(wrong, MockOrganization.dev().inventory().snapshot());

        assertEquals(List.of(Kind.MANAGEMENT_ACCOUNT_MISMATCH), kinds(r));
        assertEquals("trailguard:organization.managementAccountId", r.gaps().get(0).path());
        assertEquals("set it to \"111111111111\"", r.gaps().get(0).hint());
    }

    @Test
    void aConfigAccountOutsideTheOrganizationNamesTheRoleThatDependsOnIt() {
        CoverageReport r = compare(MockOrganization.dev().remove("222222222222").remove("444444444444"));

        assertEquals(List.of(Kind.NOT_IN_ORGANIZATION, Kind.NOT_IN_ORGANIZATION), kinds(r));
        assertEquals(List.of("trailguard:accounts[1].id", "trailguard:accounts[3].id"), r.gaps().stream().map(CoverageGap::path).toList());
        assertTrue(r.gaps().get(0).message().startsWith("account 222222222222 (log-archive, trailguard:logArchive.accountId) is not in organization"),
                r.gaps().get(0).message());
        assertTrue(r.gaps().get(1).message().startsWith("account 444444444444 (workload-dev) is not"), r.gaps().get(1).message());
    }

    @Test
    void aMistypedIdIsMatchedByNameToTheAccountConfigLacks() {
        CoverageReport r = compare(MockOrganization.dev().remove("444444444444").account("444444444445", "workload-dev", "ou-dev1-workload1"));

        assertEquals(List.of(Kind.NOT_IN_ORGANIZATION, Kind.NOT_IN_CONFIG), kinds(r));
        assertEquals("did you mean \"444444444445\"? the organization's workload-dev has that id", r.gaps().get(0).hint());
    }

    private CoverageReport compare(MockOrganization org) {
        return CoverageCheck.compare(config, org.inventory().snapshot());
    }

    private static List<Kind> kinds(CoverageReport r) {
        return r.gaps().stream().map(CoverageGap::kind).toList();
    }
}
