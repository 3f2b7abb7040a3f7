package io.trailguard.trail;

import com.pulumi.aws.Provider;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import io.trailguard.config.TrailSettings;
import io.trailguard.detect.GuardedResource;
import io.trailguard.naming.Topology;
import java.util.List;
import java.util.Objects;

/**
 * What the organization trail is built from.
 *
 * @param topology         accounts and central names (the trail's own ARN, the central log group's)
 * @param settings         the trail's settings: name, Insights, data events, excluded sources, log group retention
 * @param guardedResources every account's guarded resources, whose data events the trail must record
 * @param trailBucketName  the evidence bucket the trail delivers to
 * @param trailKeyArn      the key that encrypts the log files and the central log group
 * @param archiveReadiness what CloudTrail checks when the trail is created (bucket and key policies)
 * @param management       the management account's provider: only it can register the delegated administrator
 */
public record OrganizationTrailArgs(Topology topology, TrailSettings settings, List<GuardedResource> guardedResources,
                                    Output<String> trailBucketName, Output<String> trailKeyArn,
                                    List<Resource> archiveReadiness, Provider management) {

    public OrganizationTrailArgs {
        guardedResources = List.copyOf(guardedResources);
        archiveReadiness = List.copyOf(archiveReadiness);
        Objects.requireNonNull(management, "OrganizationTrail needs the management account's provider");
    }
}
