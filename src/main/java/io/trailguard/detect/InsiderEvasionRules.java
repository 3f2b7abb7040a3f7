package io.trailguard.detect;

import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.MEDIUM;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** Insider rules: quieting detectors and their guardrails without switching them off. */
final class InsiderEvasionRules {

    static final String SET = "insider";

    private InsiderEvasionRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-bedrock-controls-changed", MEDIUM, "Bedrock guardrails or invocation logging removed, or model access enabled")
                        .pattern(pattern(and(
                                eq("eventSource", "bedrock.amazonaws.com"),
                                oneOf("eventName", "DeleteGuardrail", "UpdateGuardrail", "DeleteModelInvocationLoggingConfiguration",
                                        "PutFoundationModelEntitlement", "CreateFoundationModelAgreement", "PutUseCaseForModelAccess"))))
                        .rationale("Model abuse on the organization's bill (LLMjacking) starts by enabling model access, removing"
                                + " the guardrails that refuse harmful prompts and deleting the invocation log that would show"
                                + " the prompts. Model-access event names follow what CloudTrail records for the console's model"
                                + " access page.")
                        .attack("T1562.001", "T1496")
                        .sigma("aws_cloudtrail_bedrock_guardrail_deleted", "aws_cloudtrail_bedrock_guardrail_updated")
                        .fires("panther:AWS.Bedrock.GuardrailUpdateDelete/Guardrail Deleted")
                        .fires("panther:AWS.Bedrock.GuardrailUpdateDelete/Guardrail Updated")
                        .fires("panther:AWS.Bedrock.DeleteModelInvocationLoggingConfiguration/Model Invocation Logging Configuration Deleted")
                        .fires("doc:bedrock-put-foundation-model-entitlement")
                        .misses("panther:AWS.Bedrock.GuardrailUpdateDelete/List Guardrails", "a read")
                        .sets(SET).build(),
                rule("insider-guardduty-trusted-lists", HIGH, "GuardDuty trusted IP list or threat list changed")
                        .pattern(pattern(and(
                                eq("eventSource", "guardduty.amazonaws.com"),
                                oneOf("eventName", "CreateIPSet", "UpdateIPSet", "CreateThreatIntelSet", "UpdateThreatIntelSet",
                                        "DeleteThreatIntelSet"))))
                        .rationale("GuardDuty raises no finding for traffic from a trusted IP list: adding the insider's own"
                                + " address (or an attacker's) to one silences every network finding about it; deleting a threat"
                                + " list drops the indicators it carried.")
                        .attack("T1562.001").sigma("aws_guardduty_disruption")
                        .fires("doc:guardduty-create-ipset")
                        .fires("doc:guardduty-create-threat-intel-set")
                        .misses("doc:guardduty-update-detector-enabled", "another GuardDuty change")
                        .sets(SET).build(),
                rule("insider-securityhub-findings-suppressed", MEDIUM, "Security Hub findings updated or insights deleted")
                        .pattern(pattern(and(
                                eq("eventSource", "securityhub.amazonaws.com"),
                                oneOf("eventName", "BatchUpdateFindings", "UpdateFindings", "DeleteInsight", "UpdateInsight"))))
                        .rationale("Marking a finding resolved or suppressed, or deleting the insight a team watches, hides"
                                + " evidence without disabling anything.")
                        .attack("T1562.001").sigma("aws_securityhub_finding_evasion")
                        .fires("panther:AWS.SecurityHub.Finding.Evasion/UpdateFindings")
                        .fires("panther:AWS.SecurityHub.Finding.Evasion/DeleteInsight")
                        .misses("panther:AWS.SecurityHub.Finding.Evasion/CreateInsight", "a new saved view")
                        .sets(SET).build(),
                rule("insider-ses-identity-deleted", MEDIUM, "SES sending identity deleted")
                        .pattern(pattern(and(eq("eventSource", "ses.amazonaws.com"), eq("eventName", "DeleteIdentity"))))
                        .rationale("Deleting a verified domain or address after abusing it for phishing removes the trace of"
                                + " who could send as it.")
                        .attack("T1070").sigma("aws_delete_identity")
                        .fires("doc:ses-delete-identity")
                        .misses("panther:AWS.CloudTrail.SES.ListIdentities/ListIdentities Event", "a read")
                        .sets(SET).build(),
                rule("insider-region-enabled", MEDIUM, "Opt-in region enabled")
                        .pattern(pattern(and(eq("eventSource", "account.amazonaws.com"), eq("eventName", "EnableRegion"))))
                        .rationale("An opt-in region nobody uses is where resources go to stay unseen; the region-deny guardrail"
                                + " blocks use outside the allow-list, and enabling one is the first step around it.")
                        .attack("T1535").sigma("aws_cloudtrail_region_enabled")
                        .fires("doc:account-enable-region")
                        .misses("panther:AWS.CloudTrail.EnableRegion/EnableRegion", "Panther's example carries eventSource"
                                + " cloudtrail.amazonaws.com; Account Management records account.amazonaws.com")
                        .sets(SET).build());
    }
}
