package io.trailguard.member;

import io.trailguard.config.MemberSettings.Feed;
import io.trailguard.detect.Rule;

/**
 * What a responder reads first: the rule, the account, and a Logs Insights query that finds the events behind the
 * alarm. CloudWatch caps alarm descriptions at {@value #MAX_LENGTH} characters; a query that does not fit is
 * replaced by a pointer to the rule, because a truncated query would find the wrong events.
 */
final class AlarmDescription {

    static final int MAX_LENGTH = 1024;

    private AlarmDescription() {}

    static String of(Rule rule, Feed feed, String accountLabel, String logGroup) {
        String head = rule.title() + " [" + rule.id() + ", " + rule.severity().id() + "] in " + accountLabel + ".";
        String withQuery = head + " Logs Insights on " + logGroup + ": " + rule.insightsQuery(feed);
        if (withQuery.length() <= MAX_LENGTH) {
            return withQuery;
        }
        return head + " The Logs Insights query for " + logGroup + " is too long for an alarm description;"
                + " it is listed with the rule in the trailguard catalogue.";
    }
}
