package io.trailguard.detect;

import static io.trailguard.detect.Severity.CRITICAL;
import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.isTrue;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.Patterns.word;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/**
 * Insider rules: secrets and SecureString parameters read in bulk. One rule per API and call shape, because a call
 * returns one value (GetSecretValue, GetParameter), up to 10 (GetParameters, a GetParametersByPath page) or up to 20
 * (BatchGetSecretValue with a list), or a whole filtered set (BatchGetSecretValue with filters): counting calls alike
 * lets a five-call harvest of a hundred secrets through. Each threshold is set at roughly 20 values in 5 minutes per
 * account, the volume at which the single-value rule has always fired; failed calls count, since a harvest that is
 * partly denied is still a harvest.
 */
final class InsiderSecretRules {

    static final String SET = "insider";

    private InsiderSecretRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-secrets-get-value-bulk", HIGH, "Many Secrets Manager secrets read one by one")
                        .pattern(pattern(and(eq("eventSource", "secretsmanager.amazonaws.com"), eq("eventName", "GetSecretValue"))))
                        .rationale("One secret per call. A workload reads its few secrets at start and caches them (the AWS"
                                + " caching clients refresh hourly), so 20 reads in 5 minutes in one account is someone walking"
                                + " the secret list; 19 stays quiet.")
                        .attack("T1555.006").stratus("aws.credential-access.secretsmanager-retrieve-secrets")
                        .atLeast(20, 300)
                        .fires("panther:AWS.SecretsManager.RetrieveSecrets/GetSecretValue Denied", 20, true, "20 reads in one period")
                        .fires("panther:AWS.SecretsManager.RetrieveSecrets/GetSecretValue Denied", 19, false, "19 reads: a busy deploy")
                        .misses("panther:AWS.CloudTrail.ResourceMadePublic/Secrets Manager Restricted Access (Should Not Alert)", "PutResourcePolicy")
                        .misses("panther:AWS.SecretsManager.BatchRetrieveSecrets/BatchGetSecretValue", "batch reads have their own rules")
                        .sets(SET).build(),
                rule("insider-secrets-batch-filtered", CRITICAL, "Secrets Manager secrets read in bulk by filter")
                        .pattern(pattern(and(
                                eq("eventSource", "secretsmanager.amazonaws.com"),
                                eq("eventName", "BatchGetSecretValue"),
                                eq("requestParameters.filters[*].key", word("*")))))
                        .rationale("With filters, one BatchGetSecretValue call returns every secret the filter matches (a"
                                + " negated tag matches all of them): the whole store in a single call, so one call alarms.")
                        .attack("T1555.006").stratus("aws.credential-access.secretsmanager-batch-retrieve-secrets")
                        .fires("panther:AWS.SecretsManager.BatchRetrieveSecrets/BatchGetSecretValue")
                        .fires("panther:AWS.SecretsManager.BatchRetrieveSecretsCatchAll/BatchGetSecretValue Catch-All")
                        .misses("doc:secretsmanager-batch-get-by-list", "an explicit list of ids, counted by its own rule")
                        .sets(SET).build(),
                rule("insider-secrets-batch-list", HIGH, "Secrets Manager secrets read in batches by id")
                        .pattern(pattern(and(
                                eq("eventSource", "secretsmanager.amazonaws.com"),
                                eq("eventName", "BatchGetSecretValue"),
                                eq("requestParameters.secretIdList[*]", word("*")))))
                        .rationale("A list names up to 20 secrets per call. A service that loads its own batch at start makes"
                                + " one call; a second within 5 minutes passes the 20 secrets that trip the one-by-one rule, and"
                                + " a 5-call harvest (up to 100 secrets) alarms.")
                        .attack("T1555.006").stratus("aws.credential-access.secretsmanager-batch-retrieve-secrets")
                        .atLeast(2, 300)
                        .fires("doc:secretsmanager-batch-get-by-list", 5, true, "a 5-call harvest")
                        .fires("doc:secretsmanager-batch-get-by-list", 2, true, "two batches: over 20 secrets")
                        .fires("doc:secretsmanager-batch-get-by-list", 1, false, "one batch: a service starting")
                        .misses("panther:AWS.SecretsManager.BatchRetrieveSecrets/BatchGetSecretValue", "a filter, not a list")
                        .sets(SET).build(),
                rule("insider-ssm-parameter-decrypt-bulk", HIGH, "Many SSM SecureString parameters decrypted one by one")
                        .pattern(pattern(and(
                                eq("eventSource", "ssm.amazonaws.com"),
                                oneOf("eventName", "GetParameter", "GetParameterHistory"),
                                isTrue("requestParameters.withDecryption"))))
                        .rationale("One parameter (or its history) per call, decrypted: 20 in 5 minutes is harvesting, as for"
                                + " GetSecretValue. Plain parameter reads (configuration) are left out.")
                        .attack("T1552").stratus("aws.credential-access.ssm-retrieve-securestring-parameters")
                        .atLeast(20, 300)
                        .fires("panther:AWS.SSM.DecryptSSMParams/Single Secret Accessed in Single Event", 20, true, "20 decrypted reads")
                        .fires("panther:AWS.SSM.DecryptSSMParams/Single Secret Accessed in Single Event", 19, false, "19: below")
                        .misses("panther:AWS.SSM.DecryptSSMParams/Multiple Secrets Accessed in Same Event", "GetParameters has its own rule")
                        .sets(SET).build(),
                rule("insider-ssm-parameters-decrypt-bulk", HIGH, "SSM SecureString parameters decrypted in batches")
                        .pattern(pattern(and(
                                eq("eventSource", "ssm.amazonaws.com"),
                                eq("eventName", "GetParameters"),
                                isTrue("requestParameters.withDecryption"))))
                        .rationale("GetParameters decrypts up to 10 names per call: two calls in 5 minutes pass the 20-value"
                                + " line; a service loading its handful of secrets makes one.")
                        .attack("T1552").stratus("aws.credential-access.ssm-retrieve-securestring-parameters")
                        .atLeast(2, 300)
                        .fires("panther:AWS.SSM.DecryptSSMParams/Multiple Secrets Accessed in Same Event", 2, true, "two batches")
                        .fires("panther:AWS.SSM.DecryptSSMParams/Multiple Secrets Accessed in Same Event", 1, false, "one batch")
                        .misses("panther:AWS.SSM.DecryptSSMParams/Accessed Parameters Aren't Encrypted", "no decryption")
                        .sets(SET).build(),
                rule("insider-ssm-parameters-by-path-decrypt", HIGH, "SSM parameter paths decrypted page after page")
                        .pattern(pattern(and(
                                eq("eventSource", "ssm.amazonaws.com"),
                                eq("eventName", "GetParametersByPath"),
                                isTrue("requestParameters.withDecryption"))))
                        .rationale("A page holds up to 10 parameters; an application loading its own prefix reads one or two"
                                + " pages, so three pages (30 values) in 5 minutes is a sweep.")
                        .attack("T1552").stratus("aws.credential-access.ssm-retrieve-securestring-parameters")
                        .atLeast(3, 300)
                        .fires("doc:ssm-get-parameters-by-path-app", 3, true, "three pages")
                        .fires("doc:ssm-get-parameters-by-path-app", 2, false, "an application's own prefix")
                        .misses("panther:AWS.SSM.DecryptSSMParams/Accessed Parameters Aren't Encrypted", "GetParameters, no decryption")
                        .sets(SET).build(),
                rule("insider-ssm-parameters-root-decrypt", CRITICAL, "Every SSM parameter decrypted from the root path")
                        .pattern(pattern(and(
                                eq("eventSource", "ssm.amazonaws.com"),
                                eq("eventName", "GetParametersByPath"),
                                eq("requestParameters.path", "/"),
                                isTrue("requestParameters.recursive"),
                                isTrue("requestParameters.withDecryption"))))
                        .rationale("A recursive, decrypted read from / asks for every parameter of the account; no application"
                                + " needs that, so its first page alarms.")
                        .attack("T1552").stratus("aws.credential-access.ssm-retrieve-securestring-parameters")
                        .supersedes("insider-ssm-parameters-by-path-decrypt")
                        .fires("doc:ssm-get-parameters-by-path-root")
                        .misses("doc:ssm-get-parameters-by-path-app", "an application's own prefix")
                        .sets(SET).build());
    }
}
