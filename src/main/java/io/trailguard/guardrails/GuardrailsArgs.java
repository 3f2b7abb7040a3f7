package io.trailguard.guardrails;

import io.trailguard.config.GuardrailSettings;
import io.trailguard.config.LogArchiveSettings;
import io.trailguard.config.Organization;
import io.trailguard.naming.Topology;
import java.util.Set;

/**
 * What the guardrails are planned from.
 *
 * @param topology     accounts and central names (the trail and bucket ARNs the SCPs protect)
 * @param organization the organization's regions and the roles exempt from its guardrails
 * @param logArchive   the archive's buckets, which ProtectLogArchive covers
 * @param guardrails   which SCPs, their targets and AWS's quotas
 * @param accountIds   the accounts in config: a target account must be one of them
 */
public record GuardrailsArgs(Topology topology, Organization organization, LogArchiveSettings logArchive,
                             GuardrailSettings guardrails, Set<String> accountIds) {

    public GuardrailsArgs {
        accountIds = Set.copyOf(accountIds);
    }
}
