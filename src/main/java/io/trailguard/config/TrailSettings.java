package io.trailguard.config;

import java.util.List;

/**
 * The organization trail.
 *
 * @param name                  trail name; its ARN uses the management account id
 * @param insightTypes          CloudTrail Insights types (empty: Insights off)
 * @param dataEvents            data-event selectors beyond the guarded resources (which are added automatically)
 * @param logGroupRetentionDays retention of the central log group in the log-archive account
 * @param excludeManagementEventSources management event sources not logged (e.g. kms, rdsdata), empty by default
 */
public record TrailSettings(
        String name,
        List<String> insightTypes,
        List<DataEventSelector> dataEvents,
        int logGroupRetentionDays,
        List<String> excludeManagementEventSources) {

    /**
     * Data events of one resource type, optionally limited to ARN prefixes and to read or write events.
     *
     * @param resourceType CloudTrail resource type, e.g. {@code AWS::S3::Object}
     * @param arnPrefixes  limit to these ARNs (empty: all resources of the type)
     * @param readOnly     {@code null}: both; true: reads only; false: writes only
     */
    public record DataEventSelector(String resourceType, List<String> arnPrefixes, Boolean readOnly) {}
}
