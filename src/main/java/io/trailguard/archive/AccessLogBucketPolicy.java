package io.trailguard.archive;

import io.trailguard.iam.PolicyDocument;
import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;
import io.trailguard.naming.Names;

/**
 * The access-log bucket's policy: TLS only, and the S3 logging service may write only the trail bucket's
 * logs, from the log-archive account. (A bucket with BucketOwnerEnforced ownership takes log delivery through
 * its policy, not ACLs.)
 */
public final class AccessLogBucketPolicy {

    private AccessLogBucketPolicy() {}

    public static PolicyDocument of(LogArchiveArgs c) {
        String bucket = Names.accessLogBucketArn(c.topology());
        return PolicyDocument.of(
                Policies.denyInsecureTransport(bucket),
                Statement.allow("S3ServerAccessLogDelivery")
                        .principal(Principal.service("logging.s3.amazonaws.com"))
                        .actions("s3:PutObject")
                        .resources(bucket + "/" + LogArchive.ACCESS_LOG_PREFIX + "*")
                        .condition("ArnLike", "aws:SourceArn", Names.trailBucketArn(c.topology()))
                        .condition("StringEquals", "aws:SourceAccount", c.topology().logArchiveAccountId())
                        .build());
    }
}
