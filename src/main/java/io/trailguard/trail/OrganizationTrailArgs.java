package io.trailguard.trail;

import io.trailguard.archive.LogArchive;
import io.trailguard.config.GuardedResource;
import io.trailguard.config.TrailSettings;
import io.trailguard.naming.Topology;
import java.util.List;

/**
 * What the organization trail is built from.
 *
 * @param topology         accounts and central names (the trail's own ARN, the central log group's)
 * @param settings         the trail's settings: name, Insights, data events, excluded sources, log group retention
 * @param guardedResources every account's guarded resources, whose data events the trail must record
 * @param archive          the evidence store the trail delivers to
 */
public record OrganizationTrailArgs(Topology topology, TrailSettings settings, List<GuardedResource> guardedResources,
                                    LogArchive archive) {

    public OrganizationTrailArgs {
        guardedResources = List.copyOf(guardedResources);
    }
}
