package io.trailguard.member;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/** Trust and permissions of the role CloudTrail uses to write an account trail into the account's log group. */
final class AccountTrailDeliveryPolicies {

    private AccountTrailDeliveryPolicies() {}

    /**
     * Only CloudTrail, and only for this account's trailguard trail, may assume the role. The trail ARN carries the
     * account; {@code aws:SourceAccount} would add nothing but a dependency on a key CloudTrail's documentation does
     * not promise on this call.
     */
    static PolicyDocument trust(String homeRegion, String accountId) {
        return PolicyDocument.of(Statement.allow("CloudTrailAssume")
                .principal(Principal.service("cloudtrail.amazonaws.com"))
                .actions("sts:AssumeRole")
                .condition("StringEquals", "aws:SourceArn", Names.memberTrailArn(homeRegion, accountId))
                .build());
    }

    /** CloudTrail names the streams {@code <account>_CloudTrail_<region>}; the role may create and write only those. */
    static PolicyDocument permissions(String homeRegion, String accountId) {
        return PolicyDocument.of(Statement.allow("WriteAccountTrailStreams")
                .actions("logs:CreateLogStream", "logs:PutLogEvents")
                .resources(Names.memberLogGroupArn(homeRegion, accountId) + ":log-stream:" + accountId + "_CloudTrail_*")
                .build());
    }
}
