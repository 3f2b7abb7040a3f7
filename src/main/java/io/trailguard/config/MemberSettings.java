package io.trailguard.config;

import java.util.List;

/**
 * How one account is monitored, after defaults and the account's overrides are merged.
 *
 * @param feed             where the account's log group gets its events from
 * @param logRetentionDays retention of the account's log group
 * @param ruleSets         catalogue rule sets deployed (e.g. {@code cis}, {@code insider})
 * @param enabledRules     rule ids added beyond the rule sets
 * @param disabledRules    rule ids removed from the rule sets
 * @param acknowledgeNoRules the stack says on purpose that this account may deploy no detection rule at all
 */
public record MemberSettings(
        Feed feed,
        int logRetentionDays,
        List<String> ruleSets,
        List<String> enabledRules,
        List<String> disabledRules,
        boolean acknowledgeNoRules) {

    public MemberSettings(Feed feed, int logRetentionDays, List<String> ruleSets, List<String> enabledRules, List<String> disabledRules) {
        this(feed, logRetentionDays, ruleSets, enabledRules, disabledRules, false);
    }

    public enum Feed {
        /** Account-level multi-region trail delivering to the account's log group (CIS verbatim, Security Hub credit). */
        TRAIL,
        /** EventBridge rules in every allowed region forwarding CloudTrail events to the home region's log group. */
        EVENTBRIDGE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
