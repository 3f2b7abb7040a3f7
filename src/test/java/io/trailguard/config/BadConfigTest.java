package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.testing.Stacks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each case breaks the dev stack in one way and expects an error naming the key path and saying what is wrong. */
class BadConfigTest {

    /** One broken stack: replace {@code from} (first occurrence) with {@code to} in Pulumi.dev.yaml. */
    record Case(String name, String from, String to, String path, String message) {
        String yaml() {
            String original = Stacks.text("dev");
            String broken = original.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
            assertNotEquals(original, broken, name + ": the mutation must apply");
            return broken;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String SANDBOX = "      name: sandbox\n      ou: ou-dev1-workload1\n";
    static final String CRITICAL = "      critical:\n        - protocol: email\n          endpoint: soc-dev@example.com\n";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("unquoted account id", "managementAccountId: \"111111111111\"", "managementAccountId: 111111111111",
                        "trailguard:organization.managementAccountId", "must be a quoted string"),
                new Case("eleven-digit account id", "- id: \"444444444444\"", "- id: \"44444444444\"",
                        "trailguard:accounts[3].id", "is not an AWS account id"),
                new Case("duplicate account id", "- id: \"555555555555\"", "- id: \"444444444444\"",
                        "trailguard:accounts[4].id", "is listed twice"),
                new Case("duplicate account name", "name: sandbox", "name: workload-dev",
                        "trailguard:accounts[4].name", "is used twice"),
                new Case("log archive not in accounts", "  accountId: \"222222222222\"", "  accountId: \"666666666666\"",
                        "trailguard:logArchive.accountId", "is not in trailguard:accounts"),
                new Case("security account not in accounts", "securityAccountId: \"333333333333\"", "securityAccountId: \"777777777777\"",
                        "trailguard:alerting.securityAccountId", "is not in trailguard:accounts"),
                new Case("log archive is the management account", "  accountId: \"222222222222\"", "  accountId: \"111111111111\"",
                        "trailguard:logArchive.accountId", "is the management account"),
                new Case("unknown region", "allowedRegions: [eu-west-1]", "allowedRegions: [eu-west-1, eu-wset-2]",
                        "trailguard:organization.allowedRegions[1]", "is not an AWS region"),
                new Case("home region outside the allow-list", "homeRegion: eu-west-1", "homeRegion: eu-central-1",
                        "trailguard:organization.homeRegion", "is not in allowedRegions"),
                new Case("central log retention AWS does not accept", "logGroupRetentionDays: 90", "logGroupRetentionDays: 100",
                        "trailguard:trail.logGroupRetentionDays", "is not a CloudWatch Logs retention value"),
                new Case("member log retention AWS does not accept", "  logRetentionDays: 90", "  logRetentionDays: 45",
                        "trailguard:members.logRetentionDays", "is not a CloudWatch Logs retention value"),
                new Case("account override retention AWS does not accept", SANDBOX, SANDBOX + "      logRetentionDays: 366\n",
                        "trailguard:accounts[4].logRetentionDays", "is not a CloudWatch Logs retention value"),
                new Case("unknown Object Lock mode", "mode: GOVERNANCE", "mode: LEGAL_HOLD",
                        "trailguard:logArchive.objectLock.mode", "is not valid"),
                new Case("zero Object Lock days", "days: 30", "days: 0",
                        "trailguard:logArchive.objectLock.days", "is out of range"),
                new Case("expiry before transition", "expireDays: 365", "expireDays: 20",
                        "trailguard:logArchive.lifecycle.expireDays", "is not after the transition"),
                new Case("expiry before the lock ends", "days: 30", "days: 400",
                        "trailguard:logArchive.lifecycle.expireDays", "comes before the Object Lock retention ends"),
                new Case("STANDARD_IA transition too early", "transitionDays: 30\n      transitionStorageClass: GLACIER_IR", "transitionDays: 7\n      transitionStorageClass: STANDARD_IA",
                        "trailguard:logArchive.lifecycle.transitionDays", "too early for STANDARD_IA"),
                new Case("malformed email endpoint", "endpoint: soc-dev@example.com", "endpoint: soc-dev.example.com",
                        "trailguard:alerting.routes.critical[0].endpoint", "is not an email address"),
                new Case("plain http endpoint", CRITICAL, CRITICAL + "        - protocol: https\n          endpoint: http://hooks.example.com/soc\n",
                        "trailguard:alerting.routes.critical[1].endpoint", "is not an https URL"),
                new Case("sqs endpoint that is not a queue ARN", CRITICAL, CRITICAL + "        - protocol: sqs\n          endpoint: https://sqs.eu-west-1.amazonaws.com/333333333333/q\n",
                        "trailguard:alerting.routes.critical[1].endpoint", "is not a valid ARN for this protocol"),
                new Case("lambda endpoint that is not a function ARN", CRITICAL, CRITICAL + "        - protocol: lambda\n          endpoint: arn:aws:lambda:eu-west-1:333333333333:layer:x\n",
                        "trailguard:alerting.routes.critical[1].endpoint", "is not a valid ARN for this protocol"),
                new Case("unknown protocol", "- protocol: email", "- protocol: sms",
                        "trailguard:alerting.routes.critical[0].protocol", "is not valid"),
                new Case("no critical endpoint", CRITICAL, "      critical: []\n",
                        "trailguard:alerting.routes.critical", "has no endpoint"),
                new Case("misspelled top-level key", "trailguard:members:", "trailguard:member:",
                        "trailguard:member", "unknown key"),
                // Found 7 (issue 12): the guardrails' aws:PrincipalArn patterns assume a role without an IAM path.
                new Case("deploy role under an IAM path", "deployRoleName: TrailguardDeployRole", "deployRoleName: ops/TrailguardDeployRole",
                        "trailguard:organization.deployRoleName", "has an IAM path"),
                new Case("misspelled nested key", "deployRoleName:", "deployRolName:",
                        "trailguard:organization.deployRolName", "unknown key"),
                new Case("misspelled account key", SANDBOX, SANDBOX + "      disabledRule: [x]\n",
                        "trailguard:accounts[4].disabledRule", "unknown key"),
                new Case("malformed OU id", "ou: r-dev1", "ou: root",
                        "trailguard:accounts[0].ou", "is not an OU or root id"),
                new Case("guarded resource in an unknown account", SANDBOX, SANDBOX
                        + "      guardedResources:\n        - arn: arn:aws:dynamodb:eu-west-1:999999999999:table/Orders\n          allow:\n            Query: [arn:aws:iam::555555555555:role/App]\n",
                        "trailguard:accounts[4].guardedResources[0].arn", "is in account 999999999999"),
                new Case("guarded resource of an unsupported kind", SANDBOX, SANDBOX
                        + "      guardedResources:\n        - arn: arn:aws:ec2:eu-west-1:555555555555:instance/i-0abc\n          allow:\n            StartInstances: [arn:aws:iam::555555555555:role/App]\n",
                        "trailguard:accounts[4].guardedResources[0].arn", "is not a supported resource ARN"),
                new Case("guarded resource with a malformed principal", SANDBOX, SANDBOX
                        + "      guardedResources:\n        - arn: arn:aws:dynamodb:eu-west-1:555555555555:table/Orders\n          allow:\n            Query: [AppRole]\n",
                        "trailguard:accounts[4].guardedResources[0].allow.Query[0]", "is not a principal ARN pattern"),
                new Case("access-log bucket collides with the trail bucket", "    objectLock:", "    bucketName: shared-bucket-name\n    accessLogs:\n      bucketName: shared-bucket-name\n    objectLock:",
                        "trailguard:logArchive.accessLogs.bucketName", "is the trail bucket itself"),
                new Case("invalid bucket name", "    objectLock:", "    bucketName: Trail_Bucket\n    objectLock:",
                        "trailguard:logArchive.bucketName", "is not a valid S3 bucket name"),
                new Case("malformed organization id", "id: o-dev1a2b3c4d", "id: org-1",
                        "trailguard:organization.id", "is not an organization id"),
                new Case("malformed guardrail target", "targets: [ou-dev1-workload1]", "targets: [workloads]",
                        "trailguard:guardrails.targets[0]", "is not a policy target"),
                new Case("scope naming an unknown account", "trailguard:members:", "trailguard:scope: accounts:999999999999\n  trailguard:members:",
                        "trailguard:scope", "is not in trailguard:accounts"),
                new Case("member-only scope without the trail key's ARN", "trailguard:members:", "trailguard:scope: accounts:555555555555\n  trailguard:members:",
                        "trailguard:logArchive.trailKeyArn", "is required"),
                new Case("trail key given by its alias", "  trailguard:logArchive:\n",
                        "  trailguard:scope: accounts:555555555555\n  trailguard:logArchive:\n    trailKeyArn: arn:aws:kms:eu-west-1:222222222222:alias/trailguard-trail\n",
                        "trailguard:logArchive.trailKeyArn", "is not the trail key's ARN"),
                new Case("scalar where a list belongs", "allowedRegions: [eu-west-1]", "allowedRegions: eu-west-1",
                        "trailguard:organization.allowedRegions", "expected a list"),
                new Case("unknown Insights type", "logGroupRetentionDays: 90", "logGroupRetentionDays: 90\n    insightTypes: [ApiCallVolumeInsight]",
                        "trailguard:trail.insightTypes[0]", "is not valid"),
                new Case("malformed break-glass role name", "[BreakGlassAdmin]", "[Break Glass]",
                        "trailguard:organization.breakGlassRoleNames[0]", "is not an IAM role name"),
                new Case("reader that is not a role ARN", "arn:aws:iam::333333333333:role/SecurityInvestigator", "arn:aws:iam::333333333333:user/alice",
                        "trailguard:logArchive.readerRoleArns[0]", "is not an IAM role ARN"),
                new Case("unknown data-event resource type", "logGroupRetentionDays: 90", "logGroupRetentionDays: 90\n    dataEvents:\n      - resourceType: AWS::S3::Objects",
                        "trailguard:trail.dataEvents[0].resourceType", "is not a data-event resource type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheKeyPathAndWhatIsWrong(Case c) {
        LoadResult r = Stacks.loadText(c.yaml());
        assertFalse(r.ok(), c.name + " must be rejected");
        assertNull(r.config(), "no config is handed on when there are errors");
        assertTrue(r.errors().stream().anyMatch(e -> e.path().equals(c.path) && e.message().contains(c.message)),
                () -> c.name + ": expected `" + c.path + ": ..." + c.message + "...` but got:\n" + r.report());
        assertTrue(r.errors().stream().allMatch(e -> e.line() > 0), () -> "every error carries its line:\n" + r.report());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsNothingElseThanTheBreakage(Case c) {
        LoadResult r = Stacks.loadText(c.yaml());
        // One mutation may imply a second, related error (e.g. a misspelled required key is also missing), never a cascade.
        assertTrue(r.errors().size() <= 2, () -> c.name + ": a single breakage should not cascade:\n" + r.report());
    }
}
