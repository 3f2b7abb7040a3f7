package io.trailguard.detect;

import static io.trailguard.detect.Severity.CRITICAL;
import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.isFalse;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** Insider rules: switching off or blinding the audit and detection services. */
final class InsiderAuditRules {

    static final String SET = "insider";

    private InsiderAuditRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-cloudtrail-selectors-changed", HIGH, "CloudTrail event or insight selectors changed")
                        .pattern(pattern(and(
                                eq("eventSource", "cloudtrail.amazonaws.com"),
                                oneOf("eventName", "PutEventSelectors", "PutInsightSelectors"))))
                        .rationale("Narrowing selectors silently drops data or management events from the trail while it"
                                + " keeps logging, which the CIS trail rule does not see.")
                        .attack("T1562.008").stratus("aws.defense-evasion.cloudtrail-event-selectors")
                        .fires("panther:AWS.CloudTrail.EventSelectorsDisabled/Event Selector Disabled")
                        .misses("panther:AWS.CloudTrail.EventSelectorsDisabled/Uninteresting Event Type", "GetEventSelectors reads them")
                        .supersedes("seed-cloudtrail-changes")
                        .sets(SET).build(),
                rule("insider-cloudtrail-logging-stopped", CRITICAL, "CloudTrail logging stopped, trail deleted or redirected")
                        .pattern(pattern(and(
                                eq("eventSource", "cloudtrail.amazonaws.com"),
                                oneOf("eventName", "StopLogging", "DeleteTrail", "UpdateTrail", "DeleteEventDataStore",
                                        "StopEventDataStoreIngestion"))))
                        .rationale("Stopping, deleting or re-pointing a trail (UpdateTrail can change bucket and log group) is"
                                + " the classic first move before acting unobserved.")
                        .attack("T1562.008").stratus("aws.defense-evasion.cloudtrail-stop", "aws.defense-evasion.cloudtrail-delete")
                        .fires("panther:AWS.CloudTrail.Stopped/CloudTrail Was Stopped")
                        .fires("panther:AWS.CloudTrail.SecurityConfigurationChange/Security Configuration Changed")
                        .misses("panther:AWS.CloudTrail.Stopped/CloudTrail Was Started", "StartLogging restores logging")
                        .sigma("aws_cloudtrail_disable_logging")
                        .supersedes("seed-cloudtrail-changes")
                        .sets(SET).build(),
                rule("insider-vpc-flow-logs-deleted", HIGH, "VPC flow logs deleted")
                        .pattern(pattern(and(eq("eventSource", "ec2.amazonaws.com"), eq("eventName", "DeleteFlowLogs"))))
                        .rationale("Flow logs are the only record of where data left the network.")
                        .attack("T1562.008").stratus("aws.defense-evasion.vpc-remove-flow-logs")
                        .fires("panther:AWS.VPCFlow.LogsDeleted/Logs Deleted")
                        .misses("panther:AWS.EC2.VPCModified/VPC Not Modified", "DescribeVpcs")
                        .sigma("aws_cloudtrail_vpc_flow_logs_deleted")
                        .sets(SET).build(),
                rule("insider-dns-query-logs-deleted", HIGH, "Route 53 Resolver query logging deleted")
                        .pattern(pattern(and(
                                eq("eventSource", "route53resolver.amazonaws.com"),
                                oneOf("eventName", "DeleteResolverQueryLogConfig", "DisassociateResolverQueryLogConfig"))))
                        .rationale("DNS query logs reveal exfiltration over DNS and contact with attacker infrastructure.")
                        .attack("T1562.008").stratus("aws.defense-evasion.dns-delete-logs")
                        .fires("panther:AWS.CloudTrail.DNSLogsDeleted/Logs Deleted")
                        .misses("panther:AWS.VPCFlow.LogsDeleted/Logs Deleted", "flow logs, another rule")
                        .sets(SET).build(),
                rule("insider-guardduty-disabled", CRITICAL, "GuardDuty disabled, detached or suppressed")
                        .pattern(pattern(and(
                                eq("eventSource", "guardduty.amazonaws.com"),
                                or(
                                        oneOf("eventName", "DeleteDetector", "DisassociateFromMasterAccount",
                                                "DisassociateFromAdministratorAccount", "StopMonitoringMembers", "DeleteMembers",
                                                "DisassociateMembers", "DeletePublishingDestination"),
                                        and(eq("eventName", "UpdateDetector"), isFalse("requestParameters.enable")),
                                        and(oneOf("eventName", "CreateFilter", "UpdateFilter"), eq("requestParameters.action", "ARCHIVE"))))))
                        .rationale("Deleting the detector, leaving the administrator account or auto-archiving findings blinds"
                                + " the SOC to everything GuardDuty would have found next.")
                        .attack("T1562.001")
                        .fires("doc:guardduty-delete-detector")
                        .fires("doc:guardduty-archive-filter")
                        .misses("doc:guardduty-update-detector-enabled", "UpdateDetector that keeps it enabled")
                        .sigma("aws_cloudtrail_guardduty_detector_deleted_or_updated")
                        .sets(SET).build(),
                rule("insider-securityhub-disabled", HIGH, "Security Hub disabled, detached or standards turned off")
                        .pattern(pattern(and(
                                eq("eventSource", "securityhub.amazonaws.com"),
                                oneOf("eventName", "DisableSecurityHub", "BatchDisableStandards", "DisableImportFindingsForProduct",
                                        "DisassociateFromAdministratorAccount", "DisassociateFromMasterAccount",
                                        "DisassociateMembers", "DeleteMembers", "DisableOrganizationAdminAccount"))))
                        .rationale("Security Hub aggregates every other detector's findings; turning it or its standards off"
                                + " hides them from the central team.")
                        .attack("T1562.001")
                        .fires("doc:securityhub-disable")
                        .misses("panther:AWS.SecurityHub.Finding.Evasion/CreateInsight", "an insight is a saved view")
                        .sets(SET).build(),
                rule("insider-config-disabled", HIGH, "AWS Config recorder, channel, rules or packs deleted or stopped")
                        .pattern(pattern(and(
                                eq("eventSource", "config.amazonaws.com"),
                                oneOf("eventName", "StopConfigurationRecorder", "DeleteConfigurationRecorder",
                                        "DeleteDeliveryChannel", "DeleteConfigRule", "DeleteOrganizationConfigRule",
                                        "DeleteConformancePack", "DeleteOrganizationConformancePack", "DeleteConfigurationAggregator"))))
                        .rationale("Config's history proves what a resource looked like when data left; deleting rules and"
                                + " packs also removes compliance checks.")
                        .attack("T1562.001")
                        .fires("panther:AWS.ConfigService.DisabledDeleted/Config Recorder Deleted")
                        .misses("panther:AWS.ConfigService.DisabledDeleted/Config Recorder Delivery Channel Created", "creating is fine")
                        .sigma("aws_config_disable_recording")
                        .sets(SET).build(),
                rule("insider-access-analyzer-suppressed", HIGH, "IAM Access Analyzer deleted or findings auto-archived")
                        .pattern(pattern(and(
                                eq("eventSource", "access-analyzer.amazonaws.com"),
                                oneOf("eventName", "DeleteAnalyzer", "CreateArchiveRule", "UpdateArchiveRule", "ApplyArchiveRule"))))
                        .rationale("Access Analyzer reports resources shared outside the organization; an archive rule"
                                + " quietly hides the share an insider just created.")
                        .attack("T1562.001")
                        .fires("doc:access-analyzer-delete-analyzer")
                        .misses("doc:access-analyzer-create-analyzer", "creating an analyzer adds coverage")
                        .sets(SET).build());
    }
}
