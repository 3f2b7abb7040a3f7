package io.trailguard.org;

import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.TooManyRequestsException;
import software.amazon.awssdk.services.sts.model.StsException;

/** Turns what the SDK throws into a message that says what to do, naming the identity in use where it matters. */
final class OrganizationsErrors {

    static final String NEEDED_ACTIONS = "organizations:DescribeOrganization, organizations:ListAccounts, "
            + "organizations:ListParents and organizations:DescribeOrganizationalUnit";

    private final Supplier<String> caller;

    /** @param caller names the identity the calls are made as; asked only when an error needs it */
    OrganizationsErrors(Supplier<String> caller) {
        this.caller = caller;
    }

    <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(operation, e);
        }
    }

    InventoryException translate(String operation, SdkException e) {
        String action = "organizations:" + operation;
        if (e instanceof AccessDeniedException) {
            return new InventoryException(action + " was denied: the caller needs " + NEEDED_ACTIONS
                    + ", in the management account or a delegated administrator account (acting as " + callerName()
                    + "; pass --role-arn for a read-only role in the management account, see docs/coverage.md)", e);
        }
        if (e instanceof AwsOrganizationsNotInUseException) {
            return new InventoryException("the account of " + callerName() + " is not a member of an organization"
                    + " (use credentials for the organization's management account, or --role-arn)", e);
        }
        if (e instanceof TooManyRequestsException) {
            return new InventoryException(action + " was still throttled after " + AwsAccess.MAX_ATTEMPTS
                    + " attempts (Organizations limits request rates per organization); try again in a minute", e);
        }
        if (e instanceof StsException sts) {
            return new InventoryException("could not assume the role to read the organization: "
                    + serviceMessage(sts) + " (check --role-arn and the role's trust policy)", e);
        }
        if (e instanceof AwsServiceException s) {
            return new InventoryException(action + " failed: " + serviceMessage(s), e);
        }
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof SdkClientException && detail.contains("Unable to load credentials")) {
            return new InventoryException("no AWS credentials found: set AWS_PROFILE or pass --profile, "
                    + "or provide credentials the way the AWS CLI finds them", e);
        }
        if (e instanceof SdkClientException && detail.contains("SSO token")) {
            return new InventoryException("the profile's IAM Identity Center session has no valid token (" + detail
                    + "): run `aws sso login --profile <name>` and try again", e);
        }
        return new InventoryException(action + " failed: " + e.getMessage(), e);
    }

    private String callerName() {
        try {
            return caller.get();
        } catch (RuntimeException e) {
            return "an identity that sts:GetCallerIdentity could not name: " + e.getMessage();
        }
    }

    private static String serviceMessage(AwsServiceException e) {
        if (e.awsErrorDetails() == null) {
            return e.getMessage();
        }
        String code = e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails().errorMessage();
        return (code == null ? "" : code + ": ") + (message == null ? e.getMessage() : message);
    }
}
