package io.trailguard.trail;

import io.trailguard.naming.Topology;
import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/** Trust and permissions of the role CloudTrail uses to write the organization trail into the central log group. */
public final class CentralLogDeliveryPolicies {

    private CentralLogDeliveryPolicies() {}

    /** Only CloudTrail, and only on behalf of the organization trail, may assume the role. */
    public static PolicyDocument trust(Topology c) {
        return PolicyDocument.of(Statement.allow("CloudTrailAssume")
                .principal(Principal.service("cloudtrail.amazonaws.com"))
                .actions("sts:AssumeRole")
                .condition("StringEquals", "aws:SourceArn", Names.orgTrailArn(c))
                .build());
    }

    /** Create streams and put events in the central log group, nothing else. */
    public static PolicyDocument permissions(Topology c) {
        return PolicyDocument.of(Statement.allow("WriteCentralLogGroup")
                .actions("logs:CreateLogStream", "logs:PutLogEvents")
                .resources(Names.centralLogGroupArn(c) + ":log-stream:*")
                .build());
    }
}
