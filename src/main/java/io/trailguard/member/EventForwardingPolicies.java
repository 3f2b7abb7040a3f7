package io.trailguard.member;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/**
 * The role EventBridge assumes to forward CloudTrail events from every other region to the home region's default
 * bus (a cross-region bus target needs a role).
 */
final class EventForwardingPolicies {

    private EventForwardingPolicies() {}

    static PolicyDocument trust(String accountId) {
        return PolicyDocument.of(Statement.allow("EventBridgeAssume")
                .principal(Principal.service("events.amazonaws.com"))
                .actions("sts:AssumeRole")
                .condition("StringEquals", "aws:SourceAccount", accountId)
                .condition("ArnLike", "aws:SourceArn", Names.eventRuleArn("*", accountId, Names.EVENTS_FORWARD_RULE))
                .build());
    }

    static PolicyDocument permissions(String homeRegion, String accountId) {
        return PolicyDocument.of(Statement.allow("PutEventsOnHomeBus")
                .actions("events:PutEvents")
                .resources(Names.defaultEventBusArn(homeRegion, accountId))
                .build());
    }
}
