package io.trailguard.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationRequest;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationalUnitRequest;
import software.amazon.awssdk.services.organizations.model.ListAccountsRequest;
import software.amazon.awssdk.services.organizations.model.ListParentsRequest;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.ParentType;

/**
 * The organization read through the Organizations API: every page of every listing, each account's parent and
 * the OU path above it. Retries live in the client's retry strategy, not here.
 */
final class SdkOrganizationInventory implements OrganizationInventory {

    private final OrganizationsClient client;
    private final OrganizationsErrors errors;
    private final AutoCloseable resources;

    SdkOrganizationInventory(OrganizationsClient client, Supplier<String> caller, AutoCloseable resources) {
        this.client = client;
        this.errors = new OrganizationsErrors(caller);
        this.resources = resources;
    }

    @Override
    public OrganizationSnapshot snapshot() {
        Organization org = errors.call("DescribeOrganization",
                () -> client.describeOrganization(DescribeOrganizationRequest.builder().build()).organization());
        // Organizations' paginators yield whole pages (no per-item view), so the pages are flattened here.
        List<Account> listed = errors.call("ListAccounts",
                () -> client.listAccountsPaginator(ListAccountsRequest.builder().build()).stream()
                        .flatMap(page -> page.accounts().stream()).toList());
        Map<String, String> ouPaths = new HashMap<>();
        List<OrgAccount> accounts = new ArrayList<>(listed.size());
        for (Account a : listed) {
            Parent parent = parentOf(a.id());
            accounts.add(new OrgAccount(a.id(), a.name(), state(a), parent.id(), pathTo(parent, ouPaths)));
        }
        return new OrganizationSnapshot(org.id(), org.masterAccountId(), accounts);
    }

    /** Prefers the newer {@code State}; endpoints and recordings older than it only carry {@code Status}. */
    private static AccountState state(Account a) {
        return AccountState.parse(a.stateAsString() != null ? a.stateAsString() : a.statusAsString());
    }

    private Parent parentOf(String childId) {
        return errors.call("ListParents", () -> client.listParentsPaginator(ListParentsRequest.builder().childId(childId).build())
                .stream().flatMap(page -> page.parents().stream()).findFirst()
                .orElseThrow(() -> new InventoryException("organizations:ListParents returned no parent for " + childId, null)));
    }

    /** {@code Root/<ou>/<ou>}; each OU is looked up once however many accounts share it. */
    private String pathTo(Parent parent, Map<String, String> cache) {
        if (parent.type() == ParentType.ROOT) {
            return "Root";
        }
        String cached = cache.get(parent.id());
        if (cached != null) {
            return cached;
        }
        String name = errors.call("DescribeOrganizationalUnit", () -> client.describeOrganizationalUnit(
                DescribeOrganizationalUnitRequest.builder().organizationalUnitId(parent.id()).build()).organizationalUnit().name());
        String path = pathTo(parentOf(parent.id()), cache) + "/" + name;
        cache.put(parent.id(), path);
        return path;
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            // Closing HTTP pools at exit cannot change the answer already given.
        }
    }
}
