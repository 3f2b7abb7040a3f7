package io.trailguard.alerting;

import io.trailguard.naming.Topology;
import java.util.List;

/**
 * The regions that need central topics: those where trailguard alarms live. Member log groups, their alarms and the
 * backstop all sit in the home region (a feed brings every region's events there), so today that is the home
 * region alone; topics are per region because an alarm can notify only a topic in its own region.
 */
public final class AlertRegions {

    private AlertRegions() {}

    public static List<String> of(Topology topology) {
        return List.of(topology.homeRegion());
    }
}
