package io.trailguard.detect;

import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.MEDIUM;
import static io.trailguard.detect.Severity.CRITICAL;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.ne;
import static io.trailguard.detect.Patterns.notExists;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.oneOfWords;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.word;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/**
 * CIS AWS Foundations / Security Hub CloudWatch.1-14 and CIS 4.15, spelled exactly as published: Security Hub
 * credits only the verbatim patterns, so these rules are laid out with the CIS layouts, not trailguard's own.
 */
final class CisRules {

    static final String SET = "cis";

    private CisRules() {}

    static List<Rule> all() {
        return List.of(
                rule("cis-root-usage", CRITICAL, "Root user activity")
                        .pattern(Layout.CIS_ROOT.pattern(and(
                                eq("userIdentity.type", "Root"),
                                notExists("userIdentity.invokedBy"),
                                ne("eventType", "AwsServiceEvent"))))
                        .rationale("The root user bypasses IAM and SCP-less guardrails; any direct use is an event.")
                        .securityHub("CloudWatch.1", "1.2: 1.1, 3.3; 1.4: 1.7, 4.3").attack("T1078.004")
                        .fires("panther:AWS.Console.RootLogin/Successful Root Login")
                        .misses("panther:AWS.CloudTrail.UserAccessKeyAuth/Console Login", "an assumed role, not root")
                        .sigma("aws_root_account_usage")
                        .supersedes("seed-root-activity")
                        .sets(SET).build(),
                rule("cis-unauthorized-api-calls", MEDIUM, "Unauthorized API calls")
                        .pattern(Layout.CIS_COMPACT.pattern(or(
                                eq("errorCode", "*UnauthorizedOperation"),
                                eq("errorCode", "AccessDenied*"))))
                        .rationale("Probing for permissions one does not have is typical of an insider exploring beyond their role.")
                        .securityHub("CloudWatch.2", "1.2: 3.1; 1.4: 4.1").attack("T1580")
                        .fires("panther:AWS.CloudTrail.AttemptToLeaveOrg/Failed Attempt to Leave Org")
                        .misses("panther:AWS.CloudTrail.UnauthorizedAPICall/Authorized API Call", "the same call, allowed")
                        .sets(SET).build(),
                rule("cis-console-login-without-mfa", HIGH, "Console sign-in without MFA")
                        .pattern(Layout.CIS_SPACED.pattern(and(
                                eq("eventName", "ConsoleLogin"),
                                ne("additionalEventData.MFAUsed", "Yes"),
                                eq("userIdentity.type", "IAMUser"),
                                eq("responseElements.ConsoleLogin", "Success"))))
                        .rationale("A password alone is the weakest credential; IAM users signing in without MFA are easy to impersonate.")
                        .securityHub("CloudWatch.3", "1.2: 3.2; 1.4: 4.2").attack("T1078.004").stratus("aws.initial-access.console-login-without-mfa")
                        .fires("panther:AWS.Console.LoginWithoutMFA/No MFA Login - IAM User")
                        .misses("panther:AWS.Console.LoginWithoutMFA/No MFA - Login Failed", "failed sign-ins also say MFAUsed No")
                        .misses("panther:AWS.Console.LoginWithoutMFA/MFA Login", "MFA used")
                        .sigma("aws_cloudtrail_console_login_success_without_mfa")
                        .sets(SET).build(),
                rule("cis-iam-policy-changes", MEDIUM, "IAM policy changes")
                        .pattern(Layout.CIS_COMPACT.pattern(oneOfWords("eventName",
                                "DeleteGroupPolicy", "DeleteRolePolicy", "DeleteUserPolicy", "PutGroupPolicy", "PutRolePolicy",
                                "PutUserPolicy", "CreatePolicy", "DeletePolicy", "CreatePolicyVersion", "DeletePolicyVersion",
                                "AttachRolePolicy", "DetachRolePolicy", "AttachUserPolicy", "DetachUserPolicy",
                                "AttachGroupPolicy", "DetachGroupPolicy")))
                        .rationale("Granting oneself or an accomplice more permissions is the first step of most insider attacks.")
                        .securityHub("CloudWatch.4", "1.2: 3.4; 1.4: 4.4").attack("T1098")
                        .fires("panther:AWS.IAM.AttachAdminUserPolicy/IAM User Policy Attached with Administrator Access")
                        .misses("panther:AWS.IAM.Group.Read.Only.Events/Get Group Policy", "reads a policy, changes none")
                        .sets(SET).build(),
                rule("cis-cloudtrail-changes", HIGH, "CloudTrail configuration changes")
                        .pattern(Layout.CIS_COMPACT.pattern(oneOfWords("eventName",
                                "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging")))
                        .rationale("Changing the audit trail is how an insider covers their tracks.")
                        .securityHub("CloudWatch.5", "1.2: 3.5; 1.4: 4.5").attack("T1562.008")
                        .stratus("aws.defense-evasion.cloudtrail-stop", "aws.defense-evasion.cloudtrail-delete")
                        .fires("panther:AWS.CloudTrail.Stopped/CloudTrail Was Stopped")
                        .misses("panther:AWS.CloudTrail.EventSelectorsDisabled/Event Selector Disabled", "selectors are not in the CIS list")
                        .supersedes("seed-cloudtrail-changes")
                        .sets(SET).build(),
                rule("cis-console-auth-failures", MEDIUM, "Console authentication failures")
                        .pattern(Layout.CIS_COMPACT.pattern(and(
                                eq("eventName", word("ConsoleLogin")),
                                eq("errorMessage", "Failed authentication"))))
                        .rationale("Repeated failed sign-ins point at password guessing against colleagues' accounts.")
                        .securityHub("CloudWatch.6", "1.2: 3.6; 1.4: 4.6").attack("T1110")
                        .fires("doc:console-login-failed-authentication")
                        .misses("panther:AWS.Console.RootLogin/Successful Root Login", "successful sign-in")
                        .sigma("aws_cloudtrail_console_login_failed_authentication")
                        .sets(SET).build(),
                rule("cis-cmk-disable-or-deletion", HIGH, "Customer managed key disabled or scheduled for deletion")
                        .pattern(Layout.CIS_COMPACT.pattern(and(
                                eq("eventSource", word("kms.amazonaws.com")),
                                oneOfWords("eventName", "DisableKey", "ScheduleKeyDeletion"))))
                        .rationale("Disabling or deleting a key destroys access to everything encrypted with it.")
                        .securityHub("CloudWatch.7", "1.2: 3.7; 1.4: 4.7").attack("T1485")
                        .fires("panther:AWS.KMS.CustomerManagedKeyLoss/KMS Key Scheduled For Deletion")
                        .misses("panther:AWS.CloudTrail.ResourceMadePublic/Wildcard Principal No Conditions (Should Alert)", "a key policy change")
                        .supersedes("seed-kms-key-deletion")
                        .sets(SET).build(),
                rule("cis-s3-bucket-policy-changes", MEDIUM, "S3 bucket policy changes")
                        .pattern(Layout.CIS_COMPACT.pattern(and(
                                eq("eventSource", word("s3.amazonaws.com")),
                                oneOfWords("eventName", "PutBucketAcl", "PutBucketPolicy", "PutBucketCors", "PutBucketLifecycle",
                                        "PutBucketReplication", "DeleteBucketPolicy", "DeleteBucketCors", "DeleteBucketLifecycle",
                                        "DeleteBucketReplication"))))
                        .rationale("Bucket policies and ACLs decide who can read data; replication and lifecycle can copy or destroy it.")
                        .securityHub("CloudWatch.8", "1.2: 3.8; 1.4: 4.8").attack("T1537")
                        .stratus("aws.exfiltration.s3-backdoor-bucket-policy", "aws.defense-evasion.cloudtrail-lifecycle-rule")
                        .fires("panther:AWS.S3.BucketPolicyModified/S3 Bucket Policy Modified")
                        .misses("panther:AWS.S3.BucketPolicyModified/S3 Bucket Policy Not Modified", "reads the policy")
                        .sets(SET).build(),
                rule("cis-config-changes", MEDIUM, "AWS Config configuration changes")
                        .pattern(Layout.CIS_COMPACT.pattern(and(
                                eq("eventSource", word("config.amazonaws.com")),
                                oneOfWords("eventName", "StopConfigurationRecorder", "DeleteDeliveryChannel",
                                        "PutDeliveryChannel", "PutConfigurationRecorder"))))
                        .rationale("Config records resource history; stopping it hides configuration changes.")
                        .securityHub("CloudWatch.9", "1.2: 3.9; 1.4: 4.9").attack("T1562.001")
                        .fires("panther:AWS.ConfigService.DisabledDeleted/Config Recorder Deleted")
                        .misses("panther:AWS.CloudTrail.Stopped/CloudTrail Was Stopped", "another service")
                        .sets(SET).build(),
                rule("cis-security-group-changes", MEDIUM, "Security group changes")
                        .pattern(Layout.CIS_COMPACT.pattern(oneOfWords("eventName",
                                "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress", "RevokeSecurityGroupIngress",
                                "RevokeSecurityGroupEgress", "CreateSecurityGroup", "DeleteSecurityGroup")))
                        .rationale("Opening a security group exposes hosts and data stores to the internet.")
                        .securityHub("CloudWatch.10", "1.2: 3.10; 1.4: 4.10").attack("T1562.007")
                        .stratus("aws.exfiltration.ec2-security-group-open-port-22-ingress")
                        .fires("panther:AWS.EC2.SecurityGroupModified/Security Group Modified")
                        .misses("panther:AWS.EC2.SecurityGroupModified/Security Group Not Modified", "describe only")
                        .sigma("aws_cloudtrail_security_group_change_ingress_egress")
                        .sets(SET).build(),
                rule("cis-nacl-changes", MEDIUM, "Network ACL changes")
                        .pattern(Layout.CIS_COMPACT.pattern(oneOfWords("eventName",
                                "CreateNetworkAcl", "CreateNetworkAclEntry", "DeleteNetworkAcl", "DeleteNetworkAclEntry",
                                "ReplaceNetworkAclEntry", "ReplaceNetworkAclAssociation")))
                        .rationale("Network ACLs are the subnet-level perimeter.")
                        .securityHub("CloudWatch.11", "1.2: 3.11; 1.4: 4.11").attack("T1562.007")
                        .fires("panther:AWS.EC2.NetworkACLModified/Network ACL Modified")
                        .misses("panther:AWS.EC2.NetworkACLModified/Network ACL Not Modified", "describe only")
                        .sigma("aws_cloudtrail_new_acl_entries")
                        .sets(SET).build(),
                rule("cis-network-gateway-changes", MEDIUM, "Network gateway changes")
                        .pattern(Layout.CIS_COMPACT.pattern(oneOfWords("eventName",
                                "CreateCustomerGateway", "DeleteCustomerGateway", "AttachInternetGateway",
                                "CreateInternetGateway", "DeleteInternetGateway", "DetachInternetGateway")))
                        .rationale("A new internet or customer gateway opens a path for data out of the network.")
                        .securityHub("CloudWatch.12", "1.2: 3.12; 1.4: 4.12").attack("T1599")
                        .fires("panther:AWS.EC2.GatewayModified/Network Gateway Modified")
                        .misses("panther:AWS.EC2.GatewayModified/Network Gateway Not Modified", "describe only")
                        .sets(SET).build(),
                rule("cis-route-table-changes", MEDIUM, "Route table changes")
                        .pattern(Layout.CIS_COMPACT.pattern(oneOfWords("eventName",
                                "CreateRoute", "CreateRouteTable", "ReplaceRoute", "ReplaceRouteTableAssociation",
                                "DeleteRouteTable", "DeleteRoute", "DisassociateRouteTable")))
                        .rationale("Routes decide where traffic goes; a changed route can send it past inspection.")
                        .securityHub("CloudWatch.13", "1.2: 3.13; 1.4: 4.13").attack("T1599")
                        .fires("panther:AWS.EC2.RouteTableModified/Route Table Modified")
                        .misses("panther:AWS.EC2.RouteTableModified/Route Table Not Modified", "describe only")
                        .sigma("aws_cloudtrail_new_route_added")
                        .sets(SET).build(),
                rule("cis-vpc-changes", MEDIUM, "VPC changes")
                        .pattern(Layout.CIS_COMPACT.pattern(oneOfWords("eventName",
                                "CreateVpc", "DeleteVpc", "ModifyVpcAttribute", "AcceptVpcPeeringConnection",
                                "CreateVpcPeeringConnection", "DeleteVpcPeeringConnection", "RejectVpcPeeringConnection",
                                "AttachClassicLinkVpc", "DetachClassicLinkVpc", "DisableVpcClassicLink", "EnableVpcClassicLink")))
                        .rationale("Peering and new VPCs can bridge isolated networks to ones an insider controls.")
                        .securityHub("CloudWatch.14", "1.2: 3.14; 1.4: 4.14").attack("T1599")
                        .fires("panther:AWS.EC2.VPCModified/VPC Modified")
                        .misses("panther:AWS.EC2.VPCModified/VPC Not Modified", "describe only")
                        .sets(SET).build(),
                rule("cis-organizations-changes", HIGH, "AWS Organizations changes")
                        .pattern(Layout.CIS_SPACED.pattern(and(
                                eq("eventSource", word("organizations.amazonaws.com")),
                                oneOf("eventName", "AcceptHandshake", "AttachPolicy", "CreateAccount", "CreateOrganizationalUnit",
                                        "CreatePolicy", "DeclineHandshake", "DeleteOrganization", "DeleteOrganizationalUnit",
                                        "DeletePolicy", "DetachPolicy", "DisablePolicyType", "EnablePolicyType",
                                        "InviteAccountToOrganization", "LeaveOrganization", "MoveAccount",
                                        "RemoveAccountFromOrganization", "UpdatePolicy", "UpdateOrganizationalUnit"))))
                        .rationale("SCP and membership changes remove the organization's guardrails.")
                        .cis("1.3+: 4.15").attack("T1484").stratus("aws.defense-evasion.organizations-leave")
                        .fires("panther:AWS.CloudTrail.AttemptToLeaveOrg/Failed Attempt to Leave Org")
                        .misses("panther:AWS.CloudTrail.Account.Discovery/DescribeAccount", "a read")
                        .sets(SET).build());
    }
}
