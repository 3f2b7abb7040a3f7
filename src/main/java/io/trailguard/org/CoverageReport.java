package io.trailguard.org;

import java.util.List;

/**
 * Stack config compared with the organization.
 *
 * @param organization   the organization as read
 * @param configAccounts how many accounts stack config lists
 * @param gaps           every difference, organization-level first, then config order, then uncovered accounts
 * @param uncovered      live accounts of the organization that config does not list, by id
 */
public record CoverageReport(OrganizationSnapshot organization, int configAccounts, List<CoverageGap> gaps,
                             List<OrgAccount> uncovered) {

    public CoverageReport {
        gaps = List.copyOf(gaps);
        uncovered = List.copyOf(uncovered);
    }

    public boolean covered() {
        return gaps.isEmpty();
    }
}
