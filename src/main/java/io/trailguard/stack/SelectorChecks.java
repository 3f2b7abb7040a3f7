package io.trailguard.stack;

import io.trailguard.config.Account;
import io.trailguard.config.ConfigError;
import io.trailguard.detect.GuardedResource;
import io.trailguard.config.KeyPath;
import io.trailguard.config.StackConfig;
import io.trailguard.trail.TrailSelectors;
import java.util.List;

/**
 * The organization trail's advanced event selectors fit CloudTrail's limit: at most 500 values across all
 * selectors of a trail (CloudTrail user guide, logging-data-events-with-cloudtrail: "a maximum of 500 values for
 * all conditions and selectors on a trail"). Guarded resources and configured data events both add values.
 */
final class SelectorChecks {

    private SelectorChecks() {}

    static List<ConfigError> check(StackConfig c) {
        List<GuardedResource> guarded = c.accounts().stream().flatMap((Account a) -> a.guardedResources().stream()).toList();
        int values = TrailSelectors.valueCount(TrailSelectors.of(c.trail(), guarded));
        if (values <= TrailSelectors.MAX_VALUES) {
            return List.of();
        }
        return List.of(new ConfigError(KeyPath.of("trail").key("dataEvents").toString(),
                "the organization trail's event selectors would hold " + values + " values; CloudTrail accepts at most " + TrailSelectors.MAX_VALUES,
                "guarded resources and dataEvents arnPrefixes each add values: guard fewer resources or use shorter ARN prefixes that cover several"));
    }
}
