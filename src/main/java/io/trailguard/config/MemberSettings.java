package io.trailguard.config;

import io.trailguard.detect.Feed;
import java.util.List;

/**
 * How one account is monitored, after defaults and the account's overrides are merged.
 *
 * @param feed             where the account's log group gets its events from
 * @param logRetentionDays retention of the account's log group
 * @param ruleSets         catalogue rule sets deployed (e.g. {@code cis}, {@code insider})
 * @param enabledRules     rule ids added beyond the rule sets
 * @param disabledRules    rule ids removed from the rule sets
 */
public record MemberSettings(
        Feed feed,
        int logRetentionDays,
        List<String> ruleSets,
        List<String> enabledRules,
        List<String> disabledRules) {}
