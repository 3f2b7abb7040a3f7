package io.trailguard.member;

import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;

/**
 * What a responder reads first: the rule, the account, and a Logs Insights query that finds the events behind the
 * alarm. CloudWatch caps alarm descriptions at {@value #MAX_LENGTH} characters: when the full query does not fit,
 * its filter stage alone is given (Insights then shows its default fields); when even that does not fit, a pointer
 * to the catalogue, because a truncated query would find the wrong events.
 */
final class AlarmDescription {

    static final int MAX_LENGTH = 1024;
    private static final String FILTER_STAGE = " | filter ";

    private AlarmDescription() {}

    static String of(Rule rule, Feed feed, String accountLabel, String logGroup) {
        String head = rule.title() + " [" + rule.id() + ", " + rule.severity().id() + "] in " + accountLabel + ".";
        String query = RenderedRules.query(rule, feed);
        String full = head + " Logs Insights on " + logGroup + ": " + query;
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        String filterOnly = head + " Logs Insights on " + logGroup + ": " + filterStage(query);
        if (filterOnly.length() <= MAX_LENGTH) {
            return filterOnly;
        }
        return head + " The Logs Insights query for " + logGroup + " is too long for an alarm description;"
                + " it is listed with the rule in the trailguard catalogue.";
    }

    /** {@code filter <condition>} of a {@code fields ... | filter ... | sort ... | limit ...} query. */
    static String filterStage(String query) {
        int start = query.indexOf(FILTER_STAGE);
        if (start < 0) {
            return query;
        }
        int end = query.indexOf(" | ", start + FILTER_STAGE.length());
        return query.substring(start + 3, end < 0 ? query.length() : end);
    }
}
