package io.trailguard.config;

import java.util.List;
import java.util.Optional;

/**
 * {@code trailguard:members.stackset}: the service-managed StackSets of member monitoring.
 *
 * @param callAs               {@code SELF} (management account) or {@code DELEGATED_ADMIN}
 * @param adminAccountId       the account the StackSets are created in: the management account or the delegated admin
 * @param operationPreferences how an operation rolls out
 * @param profiles             one StackSet each
 */
public record StackSetSettings(String callAs, String adminAccountId, OperationPreferences operationPreferences,
                               List<StackSetProfile> profiles) {

    public static final String SELF = "SELF";
    public static final String DELEGATED_ADMIN = "DELEGATED_ADMIN";

    public StackSetSettings {
        profiles = List.copyOf(profiles);
    }

    /** No profile: what a stack without a {@code stackset} section binds to. */
    public static StackSetSettings none(String managementAccountId) {
        return new StackSetSettings(SELF, managementAccountId, OperationPreferences.DEFAULTS, List.of());
    }

    /** The profile whose StackSet deploys to this OU (the schema and the check keep it at most one). */
    public Optional<StackSetProfile> profileFor(String ou) {
        return profiles.stream().filter(p -> p.organizationalUnits().contains(ou)).findFirst();
    }

    /**
     * @param maxConcurrentPercentage    accounts per region at once, 1-100
     * @param failureTolerancePercentage failed accounts per region tolerated, 0-100
     * @param regionConcurrencyType      {@code SEQUENTIAL} or {@code PARALLEL}
     * @param regionOrder                region order of a sequential rollout; empty: home region first
     */
    public record OperationPreferences(int maxConcurrentPercentage, int failureTolerancePercentage,
                                       String regionConcurrencyType, List<String> regionOrder) {
        public static final OperationPreferences DEFAULTS = new OperationPreferences(25, 10, "SEQUENTIAL", List.of());

        public OperationPreferences {
            regionOrder = List.copyOf(regionOrder);
        }
    }
}
