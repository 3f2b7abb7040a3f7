package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.testing.Stacks;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stack files that passed {@code check} and then deployed less than they said, or that AWS would refuse: each is
 * refused at its key path with what would be valid. {@code kind} groups them for the count in the closing note.
 */
class StackFileDefectsTest {

    /** One broken dev stack, named {@code kind: what}; the mutation and the expectation as in {@link BadConfigTest}. */
    static BadConfigTest.Case defect(String kind, String name, String from, String to, String path, String message) {
        return new BadConfigTest.Case(kind + ": " + name, from, to, path, message);
    }

    static final String SANDBOX = "      name: sandbox\n      ou: ou-dev1-workload1\n";
    static final String CRITICAL = "      critical:\n        - protocol: email\n          endpoint: soc-dev@example.com\n";
    static final String GUARDED = "[0].guardedResources[0]";

    static BadConfigTest.Case guarded(String kind, String name, String arn, String principal, String path, String message) {
        return defect(kind, name, SANDBOX, SANDBOX + "      guardedResources:\n        - arn: " + arn + "\n          allow:\n            Query: [\""
                + principal + "\"]\n", "trailguard:accounts[4].guardedResources[0]" + path, message);
    }

    static final String PREFIXES_501 = String.join(", ", java.util.stream.IntStream.range(0, 501)
            .mapToObj(i -> String.format("arn:aws:s3:::evidence-%03d/", i)).toList());
    static final String TABLE = "arn:aws:dynamodb:eu-west-1:555555555555:table/Orders";
    static final String ROLE = "arn:aws:iam::555555555555:role/Reporting";

    static Stream<BadConfigTest.Case> cases() {
        return Stream.of(
                guarded("principal", "sts wildcard everywhere", TABLE, "arn:aws:sts::*:*", ".allow.Query[0]", "has a wildcard in the account field"),
                guarded("principal", "any role of any account", TABLE, "arn:aws:iam::*:role/*", ".allow.Query[0]", "has a wildcard in the account field"),
                guarded("principal", "a role outside the organization's accounts", TABLE, "arn:aws:iam::999999999999:role/Reporting", ".allow.Query[0]", "is not in trailguard:accounts"),
                guarded("principal", "every role of an account", TABLE, "arn:aws:iam::555555555555:role/*", ".allow.Query[0]", "matches every role of the account"),
                guarded("guarded ARN", "another partition", "arn:aws-cn:dynamodb:eu-west-1:555555555555:table/Orders", ROLE, ".arn", "partition `aws-cn` is not supported"),
                guarded("guarded ARN", "a wildcard", "arn:aws:dynamodb:eu-west-1:555555555555:table/Ord*", ROLE, ".arn", "contains a wildcard"),
                guarded("guarded ARN", "a table index, not a table", TABLE + "/index/byDate", ROLE, ".arn", "is not a valid AWS::DynamoDB::Table ARN"),
                guarded("guarded ARN", "a table name with a quote", "'arn:aws:dynamodb:eu-west-1:555555555555:table/Or\"ders'", ROLE, ".arn", "is not a valid AWS::DynamoDB::Table ARN"),
                guarded("guarded ARN", "a KMS alias instead of a key", "arn:aws:kms:eu-west-1:555555555555:key/alias/app", ROLE, ".arn", "is not a valid AWS::KMS::Key ARN"),
                guarded("guarded ARN", "a qualified Lambda ARN", "arn:aws:lambda:eu-west-1:555555555555:function:app:prod", ROLE, ".arn", "is not a valid AWS::Lambda::Function ARN"),
                guarded("guarded ARN", "a secret ARN without its suffix", "arn:aws:secretsmanager:eu-west-1:555555555555:secret:db", ROLE, ".arn", "is not a valid AWS::SecretsManager::Secret ARN"),
                guarded("guarded ARN", "a bucket ARN with an account", "arn:aws:s3::555555555555:bucket-a", ROLE, ".arn", "is not a valid AWS::S3::Object ARN"),
                defect("no rules", "ruleSets: [] without acknowledgement", SANDBOX, SANDBOX + "      ruleSets: []\n", "trailguard:accounts[4].ruleSets", "deploys no detection rule"),
                defect("AWS name", "trail name with adjacent dashes", "  trailguard:trail:\n", "  trailguard:trail:\n    name: my--trail\n", "trailguard:trail.name", "is not a valid trail name"),
                defect("AWS name", "trail name as an IP address", "  trailguard:trail:\n", "  trailguard:trail:\n    name: 192.168.5.4\n", "trailguard:trail.name", "is not a valid trail name"),
                defect("AWS name", "bucket with the xn-- prefix", "  accountId: \"222222222222\"\n", "  accountId: \"222222222222\"\n    bucketName: xn--trail-logs\n", "trailguard:logArchive.bucketName", "is not a valid S3 bucket name"),
                defect("AWS name", "bucket with the sthree- prefix", "  accountId: \"222222222222\"\n", "  accountId: \"222222222222\"\n    bucketName: sthree-trail-logs\n", "trailguard:logArchive.bucketName", "is not a valid S3 bucket name"),
                defect("AWS name", "bucket with the -s3alias suffix", "  accountId: \"222222222222\"\n", "  accountId: \"222222222222\"\n    bucketName: trail-logs-s3alias\n", "trailguard:logArchive.bucketName", "is not a valid S3 bucket name"),
                defect("AWS name", "bucket with the --ol-s3 suffix", "  accountId: \"222222222222\"\n", "  accountId: \"222222222222\"\n    bucketName: trail-logs--ol-s3\n", "trailguard:logArchive.bucketName", "is not a valid S3 bucket name"),
                defect("AWS name", "control character in an account name", "name: sandbox", "name: \"sand\\abox\"", "trailguard:accounts[4].name", "is not an AWS account name"),
                defect("AWS name", "account name longer than Organizations allows", "name: sandbox", "name: " + "s".repeat(51), "trailguard:accounts[4].name", "is not an AWS account name"),
                defect("AWS quota", "maxPolicyChars above the SCP quota", "    targets: [ou-dev1-workload1]\n", "    targets: [ou-dev1-workload1]\n    limits:\n      maxPolicyChars: 20480\n", "trailguard:guardrails.limits.maxPolicyChars", "outside AWS's SCP size quota"),
                defect("AWS quota", "maxPoliciesPerTarget above the quota", "    targets: [ou-dev1-workload1]\n", "    targets: [ou-dev1-workload1]\n    limits:\n      maxPoliciesPerTarget: 11\n", "trailguard:guardrails.limits.maxPoliciesPerTarget", "outside AWS's quota"),
                defect("endpoint", "FIFO queue as an SNS subscriber", CRITICAL, CRITICAL + "        - protocol: sqs\n          endpoint: arn:aws:sqs:eu-west-1:333333333333:intake.fifo\n", "trailguard:alerting.routes.critical[1].endpoint", "is a FIFO queue"),
                defect("endpoint", "email with two dots in a row", "endpoint: soc-dev@example.com", "endpoint: soc..dev@example.com", "trailguard:alerting.routes.critical[0].endpoint", "is not an email address"),
                defect("endpoint", "email with an empty domain label", "endpoint: soc-dev@example.com", "endpoint: soc-dev@example..com", "trailguard:alerting.routes.critical[0].endpoint", "is not an email address"),
                defect("endpoint", "https port out of range", CRITICAL, CRITICAL + "        - protocol: https\n          endpoint: https://hooks.example.com:99999/soc\n", "trailguard:alerting.routes.critical[1].endpoint", "is not an https URL"),
                defect("endpoint", "https port zero", CRITICAL, CRITICAL + "        - protocol: https\n          endpoint: https://hooks.example.com:0/soc\n", "trailguard:alerting.routes.critical[1].endpoint", "is not an https URL"),
                defect("AWS quota", "more than 500 values in the trail's event selectors", "  trailguard:trail:\n",
                        "  trailguard:trail:\n    dataEvents:\n      - resourceType: AWS::S3::Object\n        arnPrefixes: [" + PREFIXES_501 + "]\n",
                        "trailguard:trail.dataEvents", "CloudTrail accepts at most 500"),
                defect("yaml.v3", "duplicate key", "    logRetentionDays: 90\n", "    logRetentionDays: 90\n    logRetentionDays: 365\n", "(file)", "mapping key \"logRetentionDays\" already defined at line"),
                defect("yaml.v3", "bare account id with a leading zero", "- id: \"444444444444\"", "- id: 044444444448", "trailguard:accounts[3].id", "must be a quoted string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedAtItsKeyPath(BadConfigTest.Case c) {
        LoadResult r = Stacks.loadText(c.yaml());
        assertFalse(r.ok(), c + ": must be refused");
        assertTrue(r.errors().stream().anyMatch(e -> e.path().equals(c.path()) && e.message().contains(c.message()) && e.line() > 0),
                () -> c + ": expected `" + c.path() + ": ..." + c.message() + "...` with a line but got:\n" + r.report());
    }
}
