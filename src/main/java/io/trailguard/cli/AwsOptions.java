package io.trailguard.cli;

import io.trailguard.org.AwsAccess;
import picocli.CommandLine.Option;

/** How a command that calls AWS gets its credentials and region: the same three options on every such command. */
final class AwsOptions {

    @Option(names = "--profile", paramLabel = "NAME", description = "Named profile from the AWS config files (default: the default credential chain).")
    String profile;

    @Option(names = "--role-arn", paramLabel = "ARN",
            description = "Role to assume first with those credentials (see the command's docs for the read-only role it needs).")
    String roleArn;

    @Option(names = "--region", paramLabel = "REGION", description = "Region for the clients; it also picks the partition (default: the stack's home region).")
    String region;

    /** The region given, else {@code fallback}. */
    String regionOr(String fallback) {
        return region != null ? region : fallback;
    }

    /** Credentials from these options, with the clients in {@code region}. */
    AwsAccess access(String region) {
        return new AwsAccess(profile, roleArn, region);
    }
}
