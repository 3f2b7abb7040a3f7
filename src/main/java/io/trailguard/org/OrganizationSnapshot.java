package io.trailguard.org;

import java.util.List;
import java.util.Optional;

/**
 * The organization at one moment: its identity and every account in it.
 *
 * @param organizationId      {@code o-...}
 * @param managementAccountId the account that owns the organization
 * @param accounts            every account, in the order Organizations listed them
 */
public record OrganizationSnapshot(String organizationId, String managementAccountId, List<OrgAccount> accounts) {

    public OrganizationSnapshot {
        accounts = List.copyOf(accounts);
    }

    public Optional<OrgAccount> account(String id) {
        return accounts.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
