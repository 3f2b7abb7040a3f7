package io.trailguard.member;

import io.trailguard.config.Account;
import io.trailguard.config.MemberSettings.Feed;
import io.trailguard.config.StackConfig;
import java.util.List;
import java.util.TreeSet;

/** The regions an account's feed needs a provider in; the home region first. */
public final class FeedRegions {

    /** CloudTrail delivers global-service events (IAM, STS, Organizations) to EventBridge only in us-east-1. */
    static final String GLOBAL_EVENTS_REGION = "us-east-1";

    private FeedRegions() {}

    public static List<String> of(StackConfig config, Account account) {
        String home = config.homeRegion();
        if (account.monitoring().feed() == Feed.TRAIL) {
            // A multi-region trail in the home region covers every region and global events with one provider.
            return List.of(home);
        }
        TreeSet<String> others = new TreeSet<>(config.organization().allowedRegions());
        others.add(GLOBAL_EVENTS_REGION);
        others.remove(home);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(home), others.stream()).toList();
    }
}
