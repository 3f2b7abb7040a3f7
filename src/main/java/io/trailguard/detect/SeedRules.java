package io.trailguard.detect;

import static io.trailguard.detect.Severity.CRITICAL;
import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.MEDIUM;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.ne;
import static io.trailguard.detect.Patterns.notExists;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** The product seed's four rules, as a security team would write them for alerting rather than for compliance. */
final class SeedRules {

    static final String SET = "seed";

    private SeedRules() {}

    static List<Rule> all() {
        return List.of(
                rule("seed-unauthorized-operations", MEDIUM, "Repeated unauthorized API calls")
                        .pattern(pattern(and(
                                or(eq("errorCode", "*UnauthorizedOperation"), eq("errorCode", "AccessDenied*")),
                                ne("sourceIPAddress", "delivery.logs.amazonaws.com"),
                                ne("eventName", "HeadBucket"))))
                        .rationale("Someone probing for permissions trips many denials in a short time; single denials are"
                                + " everyday noise (expired consoles, HeadBucket probes, log delivery), hence 5 in 5 minutes"
                                + " and the two exclusions CIS 4.1 later added.")
                        .attack("T1580", "T1526").atLeast(5, 300)
                        .fires("panther:AWS.CloudTrail.UnauthorizedAPICall/Unauthorized API Call from Within AWS (IP)", 5, true, "5 denials")
                        .fires("panther:AWS.CloudTrail.UnauthorizedAPICall/Unauthorized API Call from Within AWS (IP)", 4, false, "everyday denials")
                        .misses("panther:AWS.CloudTrail.UnauthorizedAPICall/Authorized API Call", "the same call, allowed")
                        .sets(SET).build(),
                rule("seed-root-activity", CRITICAL, "Root user used")
                        .pattern(pattern(and(
                                eq("userIdentity.type", "Root"),
                                notExists("userIdentity.invokedBy"),
                                ne("eventType", "AwsServiceEvent"))))
                        .rationale("Root is a break-glass identity; any sign-in or call with it, successful or not, must be"
                                + " explained. Calls AWS services make on root's behalf are left out.")
                        .attack("T1078.004")
                        .fires("panther:AWS.Root.Activity/Root Activity")
                        .misses("panther:AWS.Root.Activity/IAMUser Activity", "an IAM user")
                        .sets(SET).build(),
                rule("seed-kms-key-deletion", HIGH, "KMS key disabled, scheduled for deletion or stripped of key material")
                        .pattern(pattern(and(
                                eq("eventSource", "kms.amazonaws.com"),
                                oneOf("eventName", "ScheduleKeyDeletion", "DisableKey", "DeleteImportedKeyMaterial"))))
                        .rationale("Destroying a key makes every backup and object encrypted with it unreadable: sabotage"
                                + " that survives restores. Failed attempts count too: they show intent.")
                        .attack("T1485", "T1486")
                        .fires("panther:AWS.KMS.CustomerManagedKeyLoss/KMS Key Scheduled For Deletion")
                        .misses("panther:AWS.KMS.CustomerManagedKeyLoss/KMS Key Non Deletion Event", "Decrypt")
                        .sigma("aws_kms_import_key_material")
                        .sets(SET).build(),
                rule("seed-cloudtrail-changes", HIGH, "CloudTrail trail or event data store changed")
                        .pattern(pattern(and(
                                eq("eventSource", "cloudtrail.amazonaws.com"),
                                oneOf("eventName", "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging",
                                        "PutEventSelectors", "PutInsightSelectors", "DeleteEventDataStore",
                                        "UpdateEventDataStore", "StopEventDataStoreIngestion"))))
                        .rationale("The audit trail is the evidence; any change to what it records, or where, must be reviewed."
                                + " Includes selectors and CloudTrail Lake stores, which the CIS list predates.")
                        .attack("T1562.008").stratus("aws.defense-evasion.cloudtrail-stop", "aws.defense-evasion.cloudtrail-delete",
                                "aws.defense-evasion.cloudtrail-event-selectors")
                        .fires("panther:AWS.CloudTrail.EventSelectorsDisabled/Event Selector Disabled")
                        .misses("panther:AWS.CloudTrail.EventSelectorsDisabled/Uninteresting Event Type", "GetEventSelectors")
                        .sets(SET).build());
    }
}
