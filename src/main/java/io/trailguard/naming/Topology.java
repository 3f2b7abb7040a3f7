package io.trailguard.naming;

/**
 * The accounts, region and central names every derived name and ARN depends on; what {@link Names} needs of a
 * stack, and nothing more, so that naming stays below the config it is derived from.
 *
 * @param organizationId      organization id ({@code o-...})
 * @param managementAccountId the management account; owns the organization trail's ARN
 * @param logArchiveAccountId the log-archive account; owns the trail bucket, trail key and central log group
 * @param securityAccountId   the security account; owns the central alert topics and their keys
 * @param homeRegion          where the trail, central log group and central resources live
 * @param trailName           the organization trail's name
 * @param trailBucket         the trail bucket's name
 * @param accessLogBucket     the access-log bucket's name
 */
public record Topology(
        String organizationId,
        String managementAccountId,
        String logArchiveAccountId,
        String securityAccountId,
        String homeRegion,
        String trailName,
        String trailBucket,
        String accessLogBucket) {}
