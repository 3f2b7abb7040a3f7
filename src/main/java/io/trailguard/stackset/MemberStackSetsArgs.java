package io.trailguard.stackset;

import io.trailguard.config.StackSetSettings;
import io.trailguard.naming.Topology;
import java.util.List;

/**
 * @param topology the home region and the administrator's names
 * @param settings callAs, administrator account and operation preferences
 * @param profiles one StackSet each
 * @param trailKeyArn the trail key's ARN, the templates' {@code TrailKeyArn} parameter
 */
public record MemberStackSetsArgs(Topology topology, StackSetSettings settings, List<MemberProfile> profiles,
                                  com.pulumi.core.Output<String> trailKeyArn) {

    public MemberStackSetsArgs {
        profiles = List.copyOf(profiles);
    }
}
