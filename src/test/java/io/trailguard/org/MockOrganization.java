package io.trailguard.org;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.ChildNotFoundException;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationRequest;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationResponse;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationalUnitRequest;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationalUnitResponse;
import software.amazon.awssdk.services.organizations.model.ListAccountsRequest;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;
import software.amazon.awssdk.services.organizations.model.ListParentsRequest;
import software.amazon.awssdk.services.organizations.model.ListParentsResponse;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationalUnit;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.ParentType;

/**
 * A Mockito {@link OrganizationsClient} answering from a small model of an organization. The SDK's own paginators
 * run (they are the interface's default methods) and page through {@code listAccounts} with NextToken chains.
 */
final class MockOrganization {

    private final String id;
    private final String managementAccountId;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, String> parents = new LinkedHashMap<>();
    private final Map<String, String> ouNames = new LinkedHashMap<>();
    private int pageSize = 2;

    private MockOrganization(String id, String managementAccountId) {
        this.id = id;
        this.managementAccountId = managementAccountId;
    }

    /** The organization of {@code org/wire} and {@code org/stacks/covered.yaml}, minus the suspended account. */
    static MockOrganization dev() {
        return new MockOrganization("o-dev1a2b3c4d", "111111111111")
                .ou("ou-dev1-security", "Security", "r-dev1")
                .ou("ou-dev1-workload1", "Workloads", "r-dev1")
                .ou("ou-dev1-payments1", "Payments", "ou-dev1-workload1")
                .account("111111111111", "management", "r-dev1")
                .account("222222222222", "log-archive", "ou-dev1-security")
                .account("333333333333", "security", "ou-dev1-security")
                .account("444444444444", "workload-dev", "ou-dev1-workload1")
                .account("555555555555", "sandbox", "ou-dev1-workload1")
                .account("666666666666", "payments-dev", "ou-dev1-payments1");
    }

    static MockOrganization of(String id, String managementAccountId) {
        return new MockOrganization(id, managementAccountId);
    }

    MockOrganization withId(String newId) {
        MockOrganization copy = new MockOrganization(newId, managementAccountId);
        copy.accounts.putAll(accounts);
        copy.parents.putAll(parents);
        copy.ouNames.putAll(ouNames);
        copy.pageSize = pageSize;
        return copy;
    }

    MockOrganization pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    MockOrganization ou(String ouId, String name, String parentId) {
        ouNames.put(ouId, name);
        parents.put(ouId, parentId);
        return this;
    }

    MockOrganization account(String accountId, String name, String parentId) {
        return account(accountId, name, parentId, "ACTIVE");
    }

    MockOrganization account(String accountId, String name, String parentId, String state) {
        accounts.put(accountId, Account.builder().id(accountId).name(name).state(state).status(state.equals("ACTIVE") ? "ACTIVE" : "SUSPENDED")
                .email(name + "@example.com").arn("arn:aws:organizations::" + managementAccountId + ":account/" + id + "/" + accountId).build());
        parents.put(accountId, parentId);
        return this;
    }

    MockOrganization move(String accountId, String newParentId) {
        parents.put(accountId, newParentId);
        return this;
    }

    MockOrganization remove(String accountId) {
        accounts.remove(accountId);
        parents.remove(accountId);
        return this;
    }

    OrganizationsClient client() {
        OrganizationsClient client = mock(OrganizationsClient.class);
        when(client.listAccountsPaginator(any(ListAccountsRequest.class))).thenCallRealMethod();
        when(client.listParentsPaginator(any(ListParentsRequest.class))).thenCallRealMethod();
        when(client.describeOrganization(any(DescribeOrganizationRequest.class))).thenReturn(DescribeOrganizationResponse.builder()
                .organization(Organization.builder().id(id).masterAccountId(managementAccountId).build()).build());
        when(client.listAccounts(any(ListAccountsRequest.class))).thenAnswer(inv -> page(inv.getArgument(0)));
        when(client.listParents(any(ListParentsRequest.class))).thenAnswer(inv -> parent(inv.getArgument(0)));
        when(client.describeOrganizationalUnit(any(DescribeOrganizationalUnitRequest.class))).thenAnswer(inv -> ou(inv.getArgument(0)));
        return client;
    }

    SdkOrganizationInventory inventory() {
        return new SdkOrganizationInventory(client(), () -> "arn:aws:iam::111111111111:user/test", () -> {});
    }

    /** Tokens are {@code page-<n>}; the last page carries none. */
    private ListAccountsResponse page(ListAccountsRequest request) {
        int pageIndex = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken().substring("page-".length()));
        List<Account> all = new ArrayList<>(accounts.values());
        int from = pageIndex * pageSize;
        int to = Math.min(all.size(), from + pageSize);
        ListAccountsResponse.Builder b = ListAccountsResponse.builder().accounts(all.subList(from, to));
        if (to < all.size()) {
            b.nextToken("page-" + (pageIndex + 1));
        }
        return b.build();
    }

    private ListParentsResponse parent(ListParentsRequest request) {
        String parentId = parents.get(request.childId());
        if (parentId == null) {
            throw ChildNotFoundException.builder().message("no child " + request.childId()).build();
        }
        ParentType type = parentId.startsWith("r-") ? ParentType.ROOT : ParentType.ORGANIZATIONAL_UNIT;
        return ListParentsResponse.builder().parents(Parent.builder().id(parentId).type(type).build()).build();
    }

    private DescribeOrganizationalUnitResponse ou(DescribeOrganizationalUnitRequest request) {
        String ouId = request.organizationalUnitId();
        return DescribeOrganizationalUnitResponse.builder()
                .organizationalUnit(OrganizationalUnit.builder().id(ouId).name(ouNames.get(ouId)).build()).build();
    }
}
