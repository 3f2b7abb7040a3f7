package io.trailguard.stackset;

import io.trailguard.config.StackSetSettings;
import io.trailguard.naming.Topology;
import java.util.List;

/**
 * @param topology the home region and the administrator's names
 * @param settings callAs, administrator account and operation preferences
 * @param profiles one StackSet each
 */
public record MemberStackSetsArgs(Topology topology, StackSetSettings settings, List<MemberProfile> profiles) {

    public MemberStackSetsArgs {
        profiles = List.copyOf(profiles);
    }
}
