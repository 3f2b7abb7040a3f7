package io.trailguard.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.org.FakeOrganizationsEndpoint.Request;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real SDK client, built by {@link AwsAccess} as the command builds it, against a local endpoint speaking the
 * Organizations JSON 1.1 protocol: endpoint override from the SDK's own setting, request signing, NextToken
 * pagination, the client's retry strategy on a throttled page, role assumption over STS.
 */
class SdkInventoryWireTest {

    private static final String ROLE = "arn:aws:iam::111111111111:role/TrailguardCoverageReadOnly";

    private final FakeOrganizationsEndpoint endpoint = new FakeOrganizationsEndpoint();

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void readsEveryPageOverTheWireAndRetriesAThrottledPage() {
        endpoint.throttleOnce("ListAccounts", "AAEAAQ-page-2-of-ListAccounts");
        OrganizationSnapshot org;
        try (AwsTestEnvironment env = AwsTestEnvironment.organizationsAt(endpoint.uri(), home);
             OrganizationInventory inventory = new AwsAccess(null, null, "eu-west-1").openInventory()) {
            org = inventory.snapshot();
        }

        assertEquals("o-dev1a2b3c4d", org.organizationId());
        assertEquals("111111111111", org.managementAccountId());
        assertEquals(List.of("111111111111", "222222222222", "333333333333", "444444444444", "555555555555", "666666666666", "777777777777"),
                org.accounts().stream().map(OrgAccount::id).toList());
        assertEquals(List.of("first", "AAEAAQ-page-2-of-ListAccounts", "AAEAAQ-page-2-of-ListAccounts", "AAEAAQ-page-3-of-ListAccounts"),
                endpoint.requests("ListAccounts").stream().map(Request::key).toList(), "the throttled page is asked for again, then the next");
        assertEquals(new OrgAccount("666666666666", "payments-dev", AccountState.ACTIVE, "ou-dev1-payments1", "Root/Workloads/Payments"),
                org.account("666666666666").orElseThrow());
        assertEquals(AccountState.SUSPENDED, org.account("777777777777").orElseThrow().state(), "Status alone, as older responses carry it");
        assertEquals(3, endpoint.requests("DescribeOrganizationalUnit").size(), "one lookup per OU");
        assertTrue(endpoint.requests().stream().allMatch(r -> AwsTestEnvironment.ACCESS_KEY.equals(r.accessKeyId())),
                "every request signed with the default chain's credentials");
    }

    @Test
    void assumesTheRoleAndSignsEveryOrganizationsCallWithItsCredentials() {
        try (AwsTestEnvironment env = AwsTestEnvironment.allServicesAt(endpoint.uri(), home);
             OrganizationInventory inventory = new AwsAccess(null, ROLE, "eu-west-1").openInventory()) {
            inventory.snapshot();
        }

        List<Request> assumed = endpoint.requests("sts:AssumeRole");
        assertEquals(1, assumed.size());
        assertEquals(ROLE, assumed.get(0).key());
        assertTrue(assumed.get(0).body().contains("RoleSessionName=" + AwsAccess.SESSION_NAME), assumed.get(0).body());
        assertEquals(AwsTestEnvironment.ACCESS_KEY, assumed.get(0).accessKeyId());
        assertTrue(endpoint.requests().stream().filter(r -> !r.operation().startsWith("sts:"))
                .allMatch(r -> FakeOrganizationsEndpoint.ASSUMED_ACCESS_KEY.equals(r.accessKeyId())));
    }

    @Test
    void accessDeniedNamesTheAssumedRoleInUse() {
        endpoint.deny("ListAccounts");
        InventoryException e;
        try (AwsTestEnvironment env = AwsTestEnvironment.allServicesAt(endpoint.uri(), home);
             OrganizationInventory inventory = new AwsAccess(null, ROLE, "eu-west-1").openInventory()) {
            e = assertThrows(InventoryException.class, inventory::snapshot);
        }

        assertTrue(e.getMessage().startsWith("organizations:ListAccounts was denied: the caller needs organizations:DescribeOrganization"), e.getMessage());
        assertTrue(e.getMessage().contains("(acting as " + FakeOrganizationsEndpoint.ASSUMED_ROLE_ARN + ";"), e.getMessage());
        assertEquals(1, endpoint.requests("ListAccounts").size(), "access denied is not retried");
    }

    @Test
    void aNamedProfileSuppliesTheCredentials() throws IOException {
        Files.writeString(home.resolve("credentials"), "[audit]\naws_access_key_id = AKIAAUDITPROFILE0001\naws_secret_access_key = c2VjcmV0\n");
        try (AwsTestEnvironment env = AwsTestEnvironment.organizationsAt(endpoint.uri(), home);
             OrganizationInventory inventory = new AwsAccess("audit", null, "eu-west-1").openInventory()) {
            inventory.snapshot();
        }

        assertTrue(endpoint.requests().stream().allMatch(r -> "AKIAAUDITPROFILE0001".equals(r.accessKeyId())));
    }
}
