package io.trailguard.detect;

import java.util.Locale;

/** Where an account's log group gets its CloudTrail events from; decides how a rule's pattern is written. */
public enum Feed {
    /** Account-level multi-region trail delivering to the account's log group (CIS verbatim, Security Hub credit). */
    TRAIL,
    /** EventBridge rules in every allowed region forwarding CloudTrail events to the home region's log group. */
    EVENTBRIDGE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
