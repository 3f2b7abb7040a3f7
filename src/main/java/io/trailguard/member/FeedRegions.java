package io.trailguard.member;

import io.trailguard.detect.Feed;
import java.util.List;
import java.util.TreeSet;

/** The regions an account's feed needs a provider in; the home region first. */
public final class FeedRegions {

    /** CloudTrail delivers global-service events (IAM, STS, Organizations) to EventBridge only in us-east-1. */
    static final String GLOBAL_EVENTS_REGION = "us-east-1";

    private FeedRegions() {}

    /** @param allowedRegions the regions workloads may use, each of which an EventBridge feed listens in */
    public static List<String> of(String home, List<String> allowedRegions, Feed feed) {
        if (feed == Feed.TRAIL) {
            // A multi-region trail in the home region covers every region and global events with one provider.
            return List.of(home);
        }
        TreeSet<String> others = new TreeSet<>(allowedRegions);
        others.add(GLOBAL_EVENTS_REGION);
        others.remove(home);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(home), others.stream()).toList();
    }
}
