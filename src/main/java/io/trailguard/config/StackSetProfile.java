package io.trailguard.config;

import java.util.List;

/**
 * What the accounts of some OUs share, deployed as one StackSet: members defaults merged with the profile's own.
 *
 * @param name                part of the StackSet name
 * @param organizationalUnits the StackSet's deployment targets
 * @param monitoring          the settings every account of the profile gets
 */
public record StackSetProfile(String name, List<String> organizationalUnits, MemberSettings monitoring) {

    public StackSetProfile {
        organizationalUnits = List.copyOf(organizationalUnits);
    }
}
