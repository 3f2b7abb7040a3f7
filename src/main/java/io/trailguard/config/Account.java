package io.trailguard.config;

import io.trailguard.detect.GuardedResource;
import java.util.List;

/**
 * One monitored account.
 *
 * @param id               12-digit account id
 * @param name             human name, unique in config
 * @param ou               parent OU id ({@code ou-...}) or root id ({@code r-...})
 * @param monitoring       defaults merged with this account's overrides
 * @param guardedResources resources in this account whose use is restricted to named principals
 * @param deployment       stacks, or a stack instance of the StackSet of the profile targeting {@code ou}
 */
public record Account(
        String id,
        String name,
        String ou,
        MemberSettings monitoring,
        List<GuardedResource> guardedResources,
        Deployment deployment) {

    public Account(String id, String name, String ou, MemberSettings monitoring, List<GuardedResource> guardedResources) {
        this(id, name, ou, monitoring, guardedResources, Deployment.STACKS);
    }

    public boolean inStackSet() {
        return deployment == Deployment.STACKSET;
    }
}
