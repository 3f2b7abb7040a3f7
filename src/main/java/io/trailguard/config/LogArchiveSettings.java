package io.trailguard.config;

import java.util.List;

/**
 * The log-archive account and the evidence bucket in it.
 *
 * @param accountId      log-archive account; CloudTrail delegated administrator
 * @param bucketName     trail bucket name (default {@code trailguard-trail-<account>-<home region>})
 * @param objectLock     default retention for every delivered log file
 * @param lifecycle      storage-class transition and expiry
 * @param accessLogs     server access logging into a separate, unlocked bucket
 * @param readerRoleArns roles allowed to decrypt the logs (investigators, SIEM ingestion)
 * @param trailKeyArn    the trail key's ARN from the foundation stack, for member-only runs; empty when not given
 */
public record LogArchiveSettings(
        String accountId,
        String bucketName,
        ObjectLockSettings objectLock,
        LifecycleSettings lifecycle,
        AccessLogSettings accessLogs,
        List<String> readerRoleArns,
        String trailKeyArn) {

    public LogArchiveSettings withTrailKeyArn(String arn) {
        return new LogArchiveSettings(accountId, bucketName, objectLock, lifecycle, accessLogs, readerRoleArns, arn);
    }

    public enum ObjectLockMode { COMPLIANCE, GOVERNANCE }

    public record ObjectLockSettings(ObjectLockMode mode, int days) {}

    /** Transition to {@code transitionStorageClass} after {@code transitionDays}, expire after {@code expireDays}. */
    public record LifecycleSettings(int transitionDays, String transitionStorageClass, int expireDays,
                                    int noncurrentExpireDays) {}

    public record AccessLogSettings(boolean enabled, String bucketName, int expireDays) {}
}
