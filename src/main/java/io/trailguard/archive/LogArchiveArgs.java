package io.trailguard.archive;

import io.trailguard.config.LogArchiveSettings;
import io.trailguard.iam.AdminRoles;
import io.trailguard.naming.Topology;

/**
 * What the evidence store is built from.
 *
 * @param topology   accounts and central names; the bucket and trail ARNs its policies name
 * @param settings   the archive's own settings: bucket, Object Lock, lifecycle, access logs, readers
 * @param adminRoles the roles that administer the trail key and are exempt from the bucket's tamper deny
 */
public record LogArchiveArgs(Topology topology, LogArchiveSettings settings, AdminRoles adminRoles) {}
