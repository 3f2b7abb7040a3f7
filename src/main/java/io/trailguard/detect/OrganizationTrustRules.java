package io.trailguard.detect;

import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.ne;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.Patterns.regex;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Trust granted outside the organization, rendered per account: a role trust policy or a Lambda resource policy that
 * names none of the allowed accounts. A filter cannot ask whether <em>some</em> principal of a document is outside a
 * list; it can ask whether a document mentions none of the listed ids (one regular expression with an alternative per
 * id), which is what these rules test. A document that names an allowed account and an outside one at once is
 * therefore not caught; a wildcard principal is.
 *
 * <p>The allowed accounts are the account itself and the organization's foundation accounts (management, log
 * archive, security), all from config. Listing every member account would be more precise, but would rewrite every
 * account's filter whenever an account is onboarded, and onboarding must change nothing that exists; so trust between
 * two member accounts also fires (noisier, never blind).
 */
public final class OrganizationTrustRules {

    public static final String ROLE_RULE_ID = "insider-role-trusts-outside-org";
    public static final String LAMBDA_RULE_ID = "insider-lambda-permission-outside-org";
    /** The foundation accounts the catalogue's own copies are rendered for (the fixtures' account first). */
    static final List<String> EXAMPLE_ORGANIZATION = List.of("111122223333", "444455556666");

    private OrganizationTrustRules() {}

    /** The catalogue's copies, rendered for {@link #EXAMPLE_ORGANIZATION}. */
    static List<Rule> all() {
        return forAccount(EXAMPLE_ORGANIZATION.get(0), EXAMPLE_ORGANIZATION);
    }

    /**
     * Both rules for one account.
     *
     * @param accountId  the account the rules are deployed to
     * @param foundation the management, log-archive and security account ids
     */
    public static List<Rule> forAccount(String accountId, List<String> foundation) {
        List<String> allowed = allowList(accountId, foundation);
        return List.of(roleRule(allowed), lambdaRule(allowed));
    }

    private static List<String> allowList(String own, List<String> others) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(own);
        ids.addAll(others);
        return new ArrayList<>(ids);
    }

    private static Rule roleRule(List<String> allowed) {
        String ids = String.join("|", allowed);
        return rule(ROLE_RULE_ID, HIGH, "IAM role created or changed to trust an account outside the organization")
                .pattern(pattern(and(
                        eq("eventSource", "iam.amazonaws.com"),
                        or(trustDocument("CreateRole", "requestParameters.assumeRolePolicyDocument", ids),
                                trustDocument("UpdateAssumeRolePolicy", "requestParameters.policyDocument", ids)))))
                .rationale("A role that an outside account (or anyone: Principal \"*\") may assume is a door that stays open"
                                + " after the insider leaves. The trust document must name neither this account nor a foundation"
                        + " account, and either an AWS principal or no service at all; service-only trust (ec2, lambda) is"
                        + " left out.")
                .attack("T1098.003", "T1199").stratus("aws.persistence.iam-backdoor-role", "aws.persistence.iam-create-backdoor-role")
                .supersedes("insider-role-trust-policy-changed")
                .fires("doc:iam-create-role-external-trust")
                .fires("panther:AWS.IAM.BackdoorRole/IAM Role Policy Updated to Allow Internet Access")
                .misses("doc:iam-create-role-org-trust", "an account of the organization")
                .misses("doc:iam-create-role-service-trust", "a service principal")
                .misses("panther:AWS.IAM.BackdoorRole/IAM Role Policy Updated Without Internet Access", "ec2 service trust")
                .sets(InsiderIdentityRules.SET).build();
    }

    private static Expr trustDocument(String eventName, String field, String ids) {
        return and(eq("eventName", eventName), ne(field, regex(ids)), or(eq(field, "*AWS*"), ne(field, "*Service*")));
    }

    private static Rule lambdaRule(List<String> allowed) {
        return rule(LAMBDA_RULE_ID, HIGH, "Lambda function opened to anyone or to an account outside the organization")
                .pattern(pattern(and(
                        eq("eventSource", "lambda.amazonaws.com"),
                        oneOf("eventName", "AddPermission*"),
                        ne("requestParameters.principal", "*.*"),
                        ne("requestParameters.principal", regex(String.join("|", allowed))))))
                .rationale("A resource policy statement for \"*\" or an outside account lets them invoke the function, with"
                        + " its role. Service principals (they contain a dot) are left out: their source conditions are"
                        + " another matter.")
                .attack("T1098", "T1190").stratus("aws.persistence.lambda-backdoor-function")
                .fires("doc:lambda-add-permission-wildcard")
                .fires("doc:lambda-add-permission-external-account")
                .fires("doc:lambda-add-permission-public-url")
                .misses("doc:lambda-add-permission-org-account", "an account of the organization")
                .misses("doc:lambda-add-permission-service", "a service principal")
                .sets(InsiderIdentityRules.SET).build();
    }
}
