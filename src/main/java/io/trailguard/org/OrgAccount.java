package io.trailguard.org;

/**
 * One account as AWS Organizations sees it.
 *
 * @param id         12-digit account id
 * @param name       the account's name in Organizations
 * @param state      lifecycle state
 * @param parentId   the direct parent: an OU id ({@code ou-...}) or the root id ({@code r-...})
 * @param parentPath OU names from the root down to the parent, e.g. {@code Root/Workloads/Prod}
 */
public record OrgAccount(String id, String name, AccountState state, String parentId, String parentPath) {}
