package io.trailguard.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationRequest;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationalUnitRequest;
import software.amazon.awssdk.services.organizations.model.ListAccountsRequest;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.TooManyRequestsException;

class SdkOrganizationInventoryTest {

    private static final String CALLER = "arn:aws:iam::111111111111:user/test";

    @Test
    void listsEveryPageFollowingNextTokens() {
        OrganizationsClient client = MockOrganization.dev().pageSize(2).client();

        OrganizationSnapshot org = inventory(client).snapshot();

        assertEquals(List.of("111111111111", "222222222222", "333333333333", "444444444444", "555555555555", "666666666666"),
                org.accounts().stream().map(OrgAccount::id).toList());
        ArgumentCaptor<ListAccountsRequest> requests = ArgumentCaptor.forClass(ListAccountsRequest.class);
        verify(client, times(3)).listAccounts(requests.capture());
        assertEquals(Arrays.asList(null, "page-1", "page-2"), requests.getAllValues().stream().map(ListAccountsRequest::nextToken).toList());
    }

    @Test
    void readsOrganizationIdentityFromDescribeOrganization() {
        OrganizationSnapshot org = MockOrganization.of("o-abcd123456", "999999999999")
                .account("999999999999", "root-of-it-all", "r-abcd").inventory().snapshot();

        assertEquals("o-abcd123456", org.organizationId());
        assertEquals("999999999999", org.managementAccountId());
    }

    @Test
    void givesEachAccountItsParentAndThePathFromTheRootLookingEachOuUpOnce() {
        OrganizationsClient client = MockOrganization.dev().client();

        OrganizationSnapshot org = inventory(client).snapshot();

        assertEquals(new OrgAccount("666666666666", "payments-dev", AccountState.ACTIVE, "ou-dev1-payments1", "Root/Workloads/Payments"),
                org.account("666666666666").orElseThrow());
        assertEquals("Root/Security", org.account("222222222222").orElseThrow().parentPath());
        assertEquals("Root", org.account("111111111111").orElseThrow().parentPath());
        verify(client, times(3)).describeOrganizationalUnit(any(DescribeOrganizationalUnitRequest.class));
    }

    @Test
    void prefersTheNewerStateFieldAndFallsBackToStatus() {
        OrganizationsClient client = MockOrganization.of("o-abcd123456", "111111111111")
                .account("111111111111", "management", "r-abcd").account("222222222222", "legacy", "r-abcd").client();
        when(client.listAccounts(any(ListAccountsRequest.class))).thenReturn(ListAccountsResponse.builder().accounts(
                Account.builder().id("111111111111").name("management").state("CLOSED").status("SUSPENDED").build(),
                Account.builder().id("222222222222").name("legacy").status("PENDING_CLOSURE").build()).build());

        OrganizationSnapshot org = inventory(client).snapshot();

        assertEquals(AccountState.CLOSED, org.account("111111111111").orElseThrow().state());
        assertEquals(AccountState.PENDING_CLOSURE, org.account("222222222222").orElseThrow().state());
    }

    @Test
    void accessDeniedNamesTheDeniedActionWhatIsNeededAndTheCaller() {
        OrganizationsClient client = MockOrganization.dev().client();
        when(client.listAccounts(any(ListAccountsRequest.class))).thenThrow(denied());

        InventoryException e = assertThrows(InventoryException.class, () -> inventory(client).snapshot());

        assertTrue(e.getMessage().startsWith("organizations:ListAccounts was denied: the caller needs "
                + OrganizationsErrors.NEEDED_ACTIONS), e.getMessage());
        assertTrue(e.getMessage().contains("(acting as " + CALLER + ";"), e.getMessage());
    }

    @Test
    void accessDeniedOnAnOuLookupNamesThatAction() {
        OrganizationsClient client = MockOrganization.dev().client();
        when(client.describeOrganizationalUnit(any(DescribeOrganizationalUnitRequest.class))).thenThrow(denied());

        InventoryException e = assertThrows(InventoryException.class, () -> inventory(client).snapshot());

        assertTrue(e.getMessage().startsWith("organizations:DescribeOrganizationalUnit was denied"), e.getMessage());
    }

    @Test
    void anIdentityThatCannotBeNamedStillGivesAReadableMessage() {
        OrganizationsClient client = MockOrganization.dev().client();
        when(client.listAccounts(any(ListAccountsRequest.class))).thenThrow(denied());
        SdkOrganizationInventory inventory = new SdkOrganizationInventory(client, () -> {
            throw new IllegalStateException("sts unreachable");
        }, () -> {});

        InventoryException e = assertThrows(InventoryException.class, inventory::snapshot);

        assertTrue(e.getMessage().contains("acting as an identity that sts:GetCallerIdentity could not name: sts unreachable"), e.getMessage());
    }

    @Test
    void aCallerOutsideAnyOrganizationIsToldSo() {
        OrganizationsClient client = MockOrganization.dev().client();
        when(client.describeOrganization(any(DescribeOrganizationRequest.class))).thenThrow(
                AwsOrganizationsNotInUseException.builder().message("Your account is not a member of an organization.").build());

        InventoryException e = assertThrows(InventoryException.class, () -> inventory(client).snapshot());

        assertEquals("the account of " + CALLER + " is not a member of an organization"
                + " (use credentials for the organization's management account, or --role-arn)", e.getMessage());
    }

    /** The client's retry strategy has already spent its attempts when a throttling error reaches the inventory. */
    @Test
    void throttlingThatOutlastsTheClientRetriesIsReportedNotRetriedAgain() {
        OrganizationsClient client = MockOrganization.dev().client();
        when(client.listAccounts(any(ListAccountsRequest.class))).thenThrow(TooManyRequestsException.builder().message("Rate exceeded").build());

        InventoryException e = assertThrows(InventoryException.class, () -> inventory(client).snapshot());

        assertTrue(e.getMessage().startsWith("organizations:ListAccounts was still throttled after " + AwsAccess.MAX_ATTEMPTS + " attempts"), e.getMessage());
        verify(client, times(1)).listAccounts(any(ListAccountsRequest.class));
    }

    @Test
    void missingCredentialsSayWhereTheyAreLookedFor() {
        OrganizationsClient client = MockOrganization.dev().client();
        when(client.describeOrganization(any(DescribeOrganizationRequest.class))).thenThrow(SdkClientException.create(
                "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(...)"));

        InventoryException e = assertThrows(InventoryException.class, () -> inventory(client).snapshot());

        assertEquals("no AWS credentials found: set AWS_PROFILE or pass --profile, or provide credentials the way the AWS CLI finds them",
                e.getMessage());
    }

    @Test
    void anExpiredSsoSessionAsksForALogin() {
        OrganizationsClient client = MockOrganization.dev().client();
        when(client.describeOrganization(any(DescribeOrganizationRequest.class))).thenThrow(SdkClientException.create("Unable to load SSO token"));

        InventoryException e = assertThrows(InventoryException.class, () -> inventory(client).snapshot());

        assertTrue(e.getMessage().endsWith("run `aws sso login --profile <name>` and try again"), e.getMessage());
    }

    @Test
    void anEmptyPageWithANextTokenIsNotTheEnd() {
        OrganizationsClient client = MockOrganization.dev().pageSize(10).client();
        when(client.listAccounts(any(ListAccountsRequest.class))).thenAnswer(inv -> {
            ListAccountsRequest r = inv.getArgument(0);
            return r.nextToken() == null
                    ? ListAccountsResponse.builder().accounts(List.of()).nextToken("more").build()
                    : ListAccountsResponse.builder().accounts(Account.builder().id("111111111111").name("management").state("ACTIVE").build()).build();
        });

        OrganizationSnapshot org = inventory(client).snapshot();

        assertEquals(List.of("111111111111"), org.accounts().stream().map(OrgAccount::id).toList());
    }

    private static SdkOrganizationInventory inventory(OrganizationsClient client) {
        return new SdkOrganizationInventory(client, () -> CALLER, () -> {});
    }

    private static AccessDeniedException denied() {
        return AccessDeniedException.builder().message("You don't have permissions to access this resource.").build();
    }
}
