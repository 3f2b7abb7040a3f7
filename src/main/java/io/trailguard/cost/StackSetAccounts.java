package io.trailguard.cost;

import io.trailguard.detect.Feed;
import java.util.List;

/**
 * The accounts one member StackSet deploys to, and what its template creates in each of them (every region's stack
 * together): the part of the bill a plan does not show as resources of its own.
 *
 * @param regions home region first, as for a configured account's feed
 */
public record StackSetAccounts(String stackSet, Feed feed, List<String> regions, long alarms, long compositeAlarms,
                               long kmsKeys, List<String> accountIds) {

    public StackSetAccounts {
        regions = List.copyOf(regions);
        accountIds = List.copyOf(accountIds);
    }
}
