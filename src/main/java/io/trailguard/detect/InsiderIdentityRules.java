package io.trailguard.detect;

import static io.trailguard.detect.Severity.CRITICAL;
import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.MEDIUM;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.Patterns.word;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** Insider rules: credentials and trust that outlive the insider's own access. */
final class InsiderIdentityRules {

    static final String SET = "insider";

    private InsiderIdentityRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-access-key-for-named-user", HIGH, "Access key created for a named IAM user")
                        .pattern(pattern(and(
                                eq("eventSource", "iam.amazonaws.com"),
                                eq("eventName", "CreateAccessKey"),
                                eq("requestParameters.userName", word("*")))))
                        .rationale("A key created for another user is a backdoor that survives the creator's offboarding."
                                + " Filter patterns cannot compare two fields, so the rule fires whenever a target user is"
                                + " named (self-service without a user name does not fire); the alarm's query shows caller and"
                                + " target side by side.")
                        .attack("T1098.001").stratus("aws.persistence.iam-backdoor-user")
                        .fires("panther:AWS.IAM.Backdoor.User.Keys/user1 create keys for user2")
                        .misses("panther:AWS.IAM.Backdoor.User.Keys/CreateKey returns error code", "no target user named")
                        .sigma("aws_iam_backdoor_users_keys")
                        .sets(SET).build(),
                rule("insider-login-profile-for-user", HIGH, "Console password created or reset for an IAM user")
                        .pattern(pattern(and(
                                eq("eventSource", "iam.amazonaws.com"),
                                oneOf("eventName", "CreateLoginProfile", "UpdateLoginProfile"))))
                        .rationale("Setting another user's console password lets the insider sign in as them; users change"
                                + " their own password with ChangePassword, which this rule leaves out.")
                        .attack("T1098").stratus("aws.persistence.iam-create-user-login-profile",
                                "aws.privilege-escalation.iam-update-user-login-profile")
                        .fires("panther:AWS.User.Login.Profile.Modified/User changed password for other")
                        .misses("panther:AWS.IAM.CredentialsUpdated/User Password Was Changed", "ChangePassword: own password")
                        .sigma("aws_update_login_profile")
                        .sets(SET).build(),
                rule("insider-role-trust-policy-changed", HIGH, "IAM role trust policy changed")
                        .pattern(pattern(and(eq("eventSource", "iam.amazonaws.com"), eq("eventName", "UpdateAssumeRolePolicy"))))
                        .rationale("Adding an outside principal to a role's trust policy gives a lasting way back in.")
                        .attack("T1098.003").stratus("aws.persistence.iam-backdoor-role")
                        .fires("panther:AWS.IAM.BackdoorRole/IAM Role Policy Updated to Allow Internet Access")
                        .misses("panther:AWS.CloudTrail.IAMAnythingChanged/IAM Read Only Activity", "a read")
                        .sets(SET).build(),
                rule("insider-iam-user-created", MEDIUM, "IAM user created")
                        .pattern(pattern(and(eq("eventSource", "iam.amazonaws.com"), eq("eventName", "CreateUser"))))
                        .rationale("Organizations that sign in through IAM Identity Center rarely need IAM users; a new one is"
                                + " often a backdoor identity.")
                        .attack("T1136.003").stratus("aws.persistence.iam-create-admin-user")
                        .fires("panther:AWS.IAM.CreateUser/IAM User Created")
                        .fires("doc:iam-create-user-by-iam-user-key")
                        .misses("panther:AWS.IAM.CreateUser/IAM User Not Created", "AttachUserPolicy")
                        .sets(SET).build(),
                rule("insider-roles-anywhere-trust-anchor", HIGH, "IAM Roles Anywhere trust anchor or profile changed")
                        .pattern(pattern(and(
                                eq("eventSource", "rolesanywhere.amazonaws.com"),
                                oneOf("eventName", "CreateTrustAnchor", "UpdateTrustAnchor", "EnableTrustAnchor",
                                        "CreateProfile", "UpdateProfile"))))
                        .rationale("A trust anchor for the insider's own CA lets certificates they mint assume roles from"
                                + " outside AWS, with no IAM user or key to revoke.")
                        .attack("T1098").stratus("aws.persistence.rolesanywhere-create-trust-anchor")
                        .fires("doc:rolesanywhere-create-trust-anchor")
                        .misses("doc:rolesanywhere-list-trust-anchors", "a read")
                        .sets(SET).build(),
                rule("insider-federation-token", MEDIUM, "Federation token issued")
                        .pattern(pattern(and(eq("eventSource", "sts.amazonaws.com"), eq("eventName", "GetFederationToken"))))
                        .rationale("GetFederationToken turns an IAM user's key into console sessions that survive deleting"
                                + " the key; almost no modern workload needs it.")
                        .attack("T1550.001").stratus("aws.persistence.sts-federation-token")
                        .fires("doc:sts-get-federation-token")
                        .misses("panther:AWS.STS.GetSessionToken.Misuse/GetSessionToken by IAM User", "another STS call")
                        .sets(SET).build(),
                rule("insider-root-console-login", CRITICAL, "Console sign-in (or attempt) as root")
                        .pattern(pattern(and(eq("eventName", "ConsoleLogin"), eq("userIdentity.type", "Root"))))
                        .rationale("Root sign-in should happen only in a documented break-glass procedure; failed attempts"
                                + " mean someone is trying the root password.")
                        .attack("T1078.004")
                        .fires("panther:AWS.Console.RootLogin/Successful Root Login")
                        .fires("panther:AWS.Console.RootLoginFailed/Failed Root Login")
                        .misses("panther:AWS.Console.LoginWithoutMFA/No MFA Login - IAM User", "an IAM user")
                        .sets(SET).build());
    }
}
