package io.trailguard.archive;

import io.trailguard.iam.Principal;
import io.trailguard.iam.Statement;

/** Statements every bucket of the archive carries. */
final class Policies {

    private Policies() {}

    static Statement denyInsecureTransport(String bucketArn) {
        return Statement.deny("DenyInsecureTransport")
                .principal(Principal.ANYONE)
                .actions("s3:*")
                .resources(bucketArn, bucketArn + "/*")
                .condition("Bool", "aws:SecureTransport", "false")
                .build();
    }
}
