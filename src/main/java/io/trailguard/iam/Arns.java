package io.trailguard.iam;

/** IAM ARNs written in one place: an account's root principal and its roles. */
public final class Arns {

    private Arns() {}

    /** The account principal: in a policy, it delegates to the account's own IAM policies. */
    public static String accountRoot(String accountId) {
        return "arn:aws:iam::" + accountId + ":root";
    }

    public static String role(String accountId, String roleName) {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }
}
