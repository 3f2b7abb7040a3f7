package io.trailguard.detect;

import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.LOW;
import static io.trailguard.detect.Severity.MEDIUM;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.ne;
import static io.trailguard.detect.Patterns.neOrMissing;
import static io.trailguard.detect.Patterns.notExists;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.Patterns.word;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** Insider rules: ways in and credentials used where they should not be. */
final class InsiderAccessRules {

    static final String SET = "insider";

    private InsiderAccessRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-instance-credentials-outside-aws", HIGH, "EC2 instance credentials used from outside AWS")
                        .pattern(pattern(and(
                                eq("userIdentity.arn", "*:assumed-role/aws:*"),
                                ne("eventSource", "ssm.amazonaws.com"),
                                ne("eventName", "RegisterManagedInstance"),
                                ne("sourceIPAddress", "AWS Internal"))))
                        .rationale("Credentials of the aws:ec2-instance identity live in the instance metadata service; seen"
                                + " anywhere but from AWS itself, someone copied them off the instance.")
                        .attack("T1552.005", "T1078.004").stratus("aws.credential-access.ec2-steal-instance-credentials")
                        .sigma("aws_cloudtrail_imds_malicious_usage")
                        .fires("doc:ec2-instance-credentials-outside-aws")
                        .misses("doc:ec2-instance-credentials-aws-internal", "AWS Internal: the SSM agent on the instance")
                        .misses("panther:AWS.CloudTrail.IMDSCredentialExfiltration/Non-Instance Role", "an ordinary role session")
                        .sets(SET).build(),
                rule("insider-secret-scanner-user-agent", HIGH, "Credential scanner (TruffleHog) testing keys")
                        .pattern(pattern(or(eq("userAgent", "*TruffleHog*"), eq("userAgent", "*trufflehog*"))))
                        .rationale("TruffleHog verifies every key it finds with a call such as GetCallerIdentity; its user"
                                + " agent on a call means a key of this account is in someone's scan results.")
                        .attack("T1552.001", "T1087.004")
                        .sigma("aws_cloudtrail_pua_trufflehog", "aws_sts_getcalleridentity_trufflehog")
                        .fires("panther:AWS.STS.GetCallerIdentity.TruffleHog/TruffleHog GetCallerIdentity")
                        .fires("panther:AWS.STS.GetCallerIdentity.TruffleHog/TruffleHog User Agent Variant")
                        .misses("panther:AWS.STS.GetCallerIdentity.TruffleHog/Normal GetCallerIdentity", "the AWS CLI")
                        .sets(SET).build(),
                rule("insider-console-signin-token", MEDIUM, "Console sign-in token minted outside the SSO portal")
                        .pattern(pattern(and(
                                eq("eventSource", "signin.amazonaws.com"),
                                eq("eventName", "GetSigninToken"),
                                ne("userAgent", "*Jersey/${project.version}*"))))
                        .rationale("GetSigninToken turns API credentials into a console session (tools such as aws_consoler do"
                                + " it); the IAM Identity Center portal is the one legitimate caller and identifies itself by its"
                                + " Jersey user agent.")
                        .attack("T1550.001", "T1021.007").sigma("aws_console_getsignintoken")
                        .fires("panther:AWS.Console.GetSigninToken.Abuse/Suspicious GetSigninToken")
                        .misses("panther:AWS.Console.GetSigninToken.Abuse/Legitimate SSO Portal GetSigninToken", "the SSO portal")
                        .sets(SET).build(),
                rule("insider-identity-provider-changed", HIGH, "SAML provider or Identity Center identity source changed")
                        .pattern(pattern(or(
                                and(eq("eventSource", "iam.amazonaws.com"),
                                        or(and(eq("eventName", "DeleteSAMLProvider"), notExists("errorCode")),
                                                oneOf("eventName", "UpdateSAMLProvider", "CreateSAMLProvider")),
                                        neOrMissing("userIdentity.arn", "*:assumed-role/AWSServiceRoleForSSO/*")),
                                and(oneOf("eventSource", "sso.amazonaws.com", "sso-directory.amazonaws.com"),
                                        oneOf("eventName", "AssociateDirectory", "DisassociateDirectory",
                                                "EnableExternalIdPConfigurationForDirectory",
                                                "DisableExternalIdPConfigurationForDirectory")))))
                        .rationale("Whoever controls the identity provider signs in as anyone: a new or changed SAML provider"
                                + " (a golden-SAML setup) or a swapped Identity Center directory outlives every credential"
                                + " rotation. Identity Center's own service role manages its providers and is left out, as is"
                                + " AssumeRoleWithSAML, which is every federated sign-in.")
                        .attack("T1484.002", "T1556.007")
                        .sigma("aws_delete_saml_provider", "aws_sso_idp_change", "aws_susp_saml_activity")
                        .fires("panther:AWS.Suspicious.SAML.Activity/DeleteSAMLProvider")
                        .fires("panther:AWS.Suspicious.SAML.Activity/UpdateSAMLProvider")
                        .fires("panther:AWS.Suspicious.SAML.Activity/CreateSAMLProvider")
                        .fires("doc:sso-enable-external-idp")
                        .misses("panther:AWS.IAM.CreateUser/IAM User Created", "another IAM change")
                        .misses("panther:AWS.Suspicious.SAML.Activity/Activity from AWSSSO Service Managed Role", "Identity Center itself")
                        .sets(SET).build(),
                rule("insider-s3browser-iam-activity", HIGH, "IAM users, keys, passwords or policies made with S3 Browser")
                        .pattern(pattern(and(
                                eq("eventSource", "iam.amazonaws.com"),
                                eq("userAgent", "*S3 Browser*"),
                                or(oneOf("eventName", "CreateUser", "CreateAccessKey", "GetLoginProfile", "CreateLoginProfile"),
                                        and(eq("eventName", "PutUserPolicy"),
                                                eq("requestParameters.policyDocument", "*<YOUR-BUCKET-NAME>*"))))))
                        .rationale("Attackers holding stolen keys use the S3 Browser desktop client to mint IAM users and keys;"
                                + " its unedited policy template (<YOUR-BUCKET-NAME>) is a signature of that tooling.")
                        .attack("T1136.003", "T1098.001", "T1078.004")
                        .sigma("aws_iam_s3browser_loginprofile_creation", "aws_iam_s3browser_templated_s3_bucket_policy_creation",
                                "aws_iam_s3browser_user_or_accesskey_creation")
                        .supersedes("insider-iam-user-created")
                        .fires("doc:iam-create-user-s3browser")
                        .fires("doc:iam-put-user-policy-s3browser-template")
                        .misses("panther:AWS.IAM.CreateUser/IAM User Created", "the console")
                        .sets(SET).build(),
                rule("insider-iam-user-session-and-enumeration", LOW, "IAM user keys minting session tokens or listing buckets")
                        .pattern(pattern(or(
                                and(eq("eventSource", "sts.amazonaws.com"), eq("eventName", "GetSessionToken"),
                                        eq("userIdentity.type", "IAMUser")),
                                and(eq("eventSource", "s3.amazonaws.com"), eq("eventName", "ListBuckets"),
                                        ne("userIdentity.type", "AssumedRole")))))
                        .rationale("Long-lived IAM user keys are what leaks; a leaked key is first used to mint session tokens"
                                + " that outlive its deletion, or to list the account's buckets. Role sessions do both all day and"
                                + " are left out. Low: a record to correlate, not a page.")
                        .attack("T1550.001", "T1619", "T1580")
                        .sigma("aws_sts_getsessiontoken_misuse", "aws_enum_buckets")
                        .fires("panther:AWS.STS.GetSessionToken.Misuse/GetSessionToken by IAM User")
                        .fires("doc:s3-list-buckets-iam-user")
                        .misses("panther:AWS.STS.GetSessionToken.Misuse/GetSessionToken by Assumed Role", "a role session")
                        .misses("doc:s3-list-buckets-assumed-role", "a role session")
                        .sets(SET).build(),
                rule("insider-ec2-remote-access-keys", MEDIUM, "SSH keys pushed to instances or imported, serial console opened")
                        .pattern(pattern(or(
                                and(eq("eventSource", "ec2-instance-connect.amazonaws.com"),
                                        oneOf("eventName", "SendSSHPublicKey", "SendSerialConsoleSSHPublicKey")),
                                and(eq("eventSource", "ec2.amazonaws.com"),
                                        oneOf("eventName", "ImportKeyPair", "EnableSerialConsoleAccess")))))
                        .rationale("EC2 Instance Connect and the serial console give a shell on an instance with nothing but"
                                + " an API call, around security groups and bastions; an imported key pair is a lasting way in"
                                + " on every instance launched with it.")
                        .attack("T1021.004", "T1098.004")
                        .stratus("aws.lateral-movement.ec2-instance-connect", "aws.lateral-movement.ec2-serial-console-send-ssh-public-key")
                        .sigma("aws_ec2_import_key_pair_activity")
                        .fires("panther:AWS.EC2.MultiInstanceConnect/Public SSH Key Sent Successfully - Counts Toward Threshold")
                        .fires("doc:ec2-send-serial-console-ssh-public-key")
                        .fires("doc:ec2-import-key-pair")
                        .misses("panther:AWS.EC2.DownloadInstanceUserData/Successful Attempt", "reads an attribute")
                        .sets(SET).build(),
                rule("insider-ec2-user-data-changed", HIGH, "EC2 instance user data changed")
                        .pattern(pattern(and(
                                eq("eventSource", "ec2.amazonaws.com"),
                                eq("eventName", "ModifyInstanceAttribute"),
                                or(eq("requestParameters.attribute", "userData"), eq("requestParameters.userData", word("*"))))))
                        .rationale("User data runs as root at the next start: rewriting it runs the insider's script with the"
                                + " instance's role. CloudTrail records the change either as attribute userData or with the"
                                + " (redacted) value itself.")
                        .attack("T1059.009").stratus("aws.execution.ec2-user-data")
                        .sigma("aws_ec2_startup_script_change")
                        .fires("panther:AWS.EC2.Startup.Script.Change/ModifyInstanceAttributeUserdata")
                        .misses("panther:AWS.EC2.DownloadInstanceUserData/Successful Attempt", "reading user data")
                        .sets(SET).build(),
                rule("insider-ecs-task-credential-endpoint", MEDIUM, "ECS task reading its credential endpoint")
                        .pattern(pattern(and(
                                eq("eventSource", "ecs.amazonaws.com"),
                                oneOf("eventName", "RegisterTaskDefinition", "RunTask"),
                                or(eq("requestParameters.containerDefinitions[0].command[*]", "*CONTAINER_CREDENTIALS_RELATIVE_URI*"),
                                        eq("requestParameters.overrides.containerOverrides[0].command[*]",
                                                "*CONTAINER_CREDENTIALS_RELATIVE_URI*")))))
                        .rationale("A container command that fetches its task role's credentials is copying them out; the"
                                + " first container and the first override are checked, which keeps one wildcard per selector"
                                + " and the alarm description's query whole.")
                        .attack("T1552.005", "T1525").sigma("aws_ecs_task_definition_cred_endpoint_query")
                        .fires("doc:ecs-register-task-definition-credential-uri")
                        .misses("doc:ecs-register-task-definition-plain", "an ordinary command")
                        .sets(SET).build());
    }
}
