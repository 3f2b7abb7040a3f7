package io.trailguard.member;

import java.util.List;

/** The EventBridge pattern that selects every CloudTrail-delivered event on a default bus. */
public final class CloudTrailEventPattern {

    /** Every detail-type CloudTrail delivers to EventBridge (EventBridge user guide, "Events from AWS services"). */
    public static final List<String> DETAIL_TYPES = List.of(
            "AWS API Call via CloudTrail",
            "AWS Console Action via CloudTrail",
            "AWS Console Sign In via CloudTrail",
            "AWS Service Event via CloudTrail");

    /** Read-only management events reach a rule only in this state; without it a "Describe*" sweep goes unseen. */
    public static final String RULE_STATE = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS";

    private CloudTrailEventPattern() {}

    static String json() {
        StringBuilder b = new StringBuilder("{\"detail-type\":[");
        for (int i = 0; i < DETAIL_TYPES.size(); i++) {
            b.append(i == 0 ? "" : ",").append('"').append(DETAIL_TYPES.get(i)).append('"');
        }
        return b.append("]}").toString();
    }
}
