package io.trailguard.stackset;

import io.trailguard.detect.Rule;
import java.util.List;
import java.util.Set;

/**
 * One profile as the StackSets component needs it, assembled from config by {@code stack/}.
 *
 * @param name                 profile name (StackSet {@code trailguard-members-<name>})
 * @param organizationalUnits  deployment targets
 * @param regions              where each account's stack instances go: the feed's regions, home first
 * @param rules                the rules every account of the profile deploys
 * @param template             the profile's member resources rendered for {@code ${AWS::AccountId}}
 */
public record MemberProfile(String name, List<String> organizationalUnits, List<String> regions, List<Rule> rules,
                            MemberTemplate template) {

    public MemberProfile {
        organizationalUnits = List.copyOf(organizationalUnits);
        regions = List.copyOf(regions);
        rules = List.copyOf(rules);
    }

    public Set<String> regionSet() {
        return Set.copyOf(regions);
    }
}
