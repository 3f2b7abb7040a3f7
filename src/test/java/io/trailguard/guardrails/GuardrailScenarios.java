package io.trailguard.guardrails;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The security requirements the guardrails must meet, as requests with the answer AWS must give, for the
 * prod stack's accounts. They are evaluated by an independent IAM simulator (guardrails-sim/), not by
 * trailguard's code.
 */
final class GuardrailScenarios {

    enum Expect { Allowed, Denied }

    /**
     * @param account   the caller's account; the simulator applies the SCPs attached to its root, OU and itself
     * @param principal the caller's {@code aws:PrincipalArn}
     * @param context   request context beyond {@code aws:PrincipalArn} and {@code aws:RequestedRegion}
     */
    record Scenario(String why, String account, String principal, String action, String region, String resource,
                    Map<String, Object> context, Expect expect) {}

    static final String MANAGEMENT = "100000000001";
    static final String LOG_ARCHIVE = "100000000002";
    static final String NETWORK = "100000000004";
    static final String PAYMENTS = "100000000006";
    static final String SANDBOX = "100000000012";

    /** The OU each account must be in for these requirements to mean what they say. */
    static final Map<String, String> EXPECTED_OUS = Map.of(
            LOG_ARCHIVE, "ou-p7q8-security",
            NETWORK, "ou-p7q8-infrastr",
            PAYMENTS, "ou-p7q8-workloads",
            SANDBOX, "ou-p7q8-sandboxes");

    private static final String ORG_TRAIL = "arn:aws:cloudtrail:eu-west-1:" + MANAGEMENT + ":trail/trailguard-organization";
    private static final String TRAIL_BUCKET = "arn:aws:s3:::trailguard-trail-" + LOG_ARCHIVE + "-eu-west-1";
    private static final String TRAIL_KEY = "arn:aws:kms:eu-west-1:" + LOG_ARCHIVE + ":key/1234abcd-12ab-34cd-56ef-1234567890ab";
    private static final Map<String, Object> TRAIL_KEY_ALIAS = Map.of("kms:ResourceAliases", List.of("alias/trailguard-trail"));

    private final List<Scenario> rows = new ArrayList<>();

    static List<Scenario> all() {
        GuardrailScenarios s = new GuardrailScenarios();
        s.regionDeny();
        s.auditTrail();
        s.monitoring();
        s.logArchive();
        s.leaveOrganization();
        s.rootUser();
        s.tamperHoles();
        return List.copyOf(s.rows);
    }

    private void regionDeny() {
        allowed("work in an allowed region", PAYMENTS, admin(PAYMENTS), "ec2:RunInstances", "eu-west-1", "arn:aws:ec2:eu-west-1:" + PAYMENTS + ":instance/i-0abc");
        allowed("work in another allowed region", PAYMENTS, admin(PAYMENTS), "ec2:RunInstances", "eu-central-1", "arn:aws:ec2:eu-central-1:" + PAYMENTS + ":instance/i-0abc");
        denied("the same work in a denied region", PAYMENTS, admin(PAYMENTS), "ec2:RunInstances", "us-west-2", "arn:aws:ec2:us-west-2:" + PAYMENTS + ":instance/i-0abc");
        denied("data access in a denied region", PAYMENTS, admin(PAYMENTS), "dynamodb:Query", "ap-southeast-1", "arn:aws:dynamodb:ap-southeast-1:" + PAYMENTS + ":table/Orders");
        denied("S3 through a denied region's endpoint", PAYMENTS, admin(PAYMENTS), "s3:GetObject", "ap-south-1", "arn:aws:s3:::payments-statements-prod/2024/01.pdf");
        denied("infrastructure OU is region-fenced too", NETWORK, admin(NETWORK), "ec2:CreateVpc", "us-west-1", "arn:aws:ec2:us-west-1:" + NETWORK + ":vpc/*");
        denied("sandbox OU is region-fenced too", SANDBOX, admin(SANDBOX), "ec2:RunInstances", "sa-east-1", "arn:aws:ec2:sa-east-1:" + SANDBOX + ":instance/i-0abc");
        allowed("IAM is global", PAYMENTS, admin(PAYMENTS), "iam:CreateRole", "us-west-2", "arn:aws:iam::" + PAYMENTS + ":role/ReportingService");
        allowed("STS is global", PAYMENTS, admin(PAYMENTS), "sts:AssumeRole", "ap-south-1", "arn:aws:iam::" + PAYMENTS + ":role/ReportingService");
        allowed("Organizations is global", PAYMENTS, admin(PAYMENTS), "organizations:DescribeOrganization", "us-west-2", "*");
        allowed("Support is global", PAYMENTS, admin(PAYMENTS), "support:DescribeCases", "us-west-2", "*");
        allowed("CloudFront is global", PAYMENTS, admin(PAYMENTS), "cloudfront:CreateInvalidation", "us-west-2", "arn:aws:cloudfront::" + PAYMENTS + ":distribution/E1ABCDEF");
        allowed("Route 53 is global", PAYMENTS, admin(PAYMENTS), "route53:ChangeResourceRecordSets", "us-west-2", "arn:aws:route53:::hostedzone/Z123");
        allowed("deploy role is exempt from the region deny", PAYMENTS, role(PAYMENTS, "TrailguardDeployRole"), "ec2:RunInstances", "us-west-2", "arn:aws:ec2:us-west-2:" + PAYMENTS + ":instance/i-0abc");
        allowed("break-glass role is exempt from the region deny", PAYMENTS, role(PAYMENTS, "BreakGlassAdmin"), "ec2:RunInstances", "us-west-2", "arn:aws:ec2:us-west-2:" + PAYMENTS + ":instance/i-0abc");
        allowed("second break-glass role is exempt too", SANDBOX, role(SANDBOX, "IncidentResponder"), "lambda:InvokeFunction", "ap-northeast-1", "arn:aws:lambda:ap-northeast-1:" + SANDBOX + ":function:forensics");
    }

    private void auditTrail() {
        String admin = admin(LOG_ARCHIVE);
        for (String action : List.of("cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail", "cloudtrail:PutEventSelectors", "cloudtrail:PutInsightSelectors")) {
            denied("delegated admin cannot " + action + " the organization trail", LOG_ARCHIVE, admin, action, "eu-west-1", ORG_TRAIL);
            allowed("deploy role may " + action + " the organization trail", LOG_ARCHIVE, deploy(LOG_ARCHIVE), action, "eu-west-1", ORG_TRAIL);
        }
        denied("break-glass is not exempt from trail protection", LOG_ARCHIVE, role(LOG_ARCHIVE, "BreakGlassAdmin"), "cloudtrail:PutEventSelectors", "eu-west-1", ORG_TRAIL);
        denied("other organization trails are protected too", LOG_ARCHIVE, admin, "cloudtrail:StopLogging", "eu-west-1",
                "arn:aws:cloudtrail:eu-west-1:" + MANAGEMENT + ":trail/aws-controltower-BaselineCloudTrail");
        String eventDataStore = "arn:aws:cloudtrail:eu-west-1:" + MANAGEMENT + ":eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE";
        denied("organization event data store cannot be deleted", LOG_ARCHIVE, admin, "cloudtrail:DeleteEventDataStore", "eu-west-1", eventDataStore);
        denied("organization event data store ingestion cannot be stopped", LOG_ARCHIVE, admin, "cloudtrail:StopEventDataStoreIngestion", "eu-west-1", eventDataStore);
        allowed("deploy role manages event data stores", LOG_ARCHIVE, deploy(LOG_ARCHIVE), "cloudtrail:DeleteEventDataStore", "eu-west-1", eventDataStore);
        allowed("a team's own account trail is theirs", PAYMENTS, admin(PAYMENTS), "cloudtrail:StopLogging", "eu-west-1", "arn:aws:cloudtrail:eu-west-1:" + PAYMENTS + ":trail/payments-debug-trail");
    }

    private void monitoring() {
        String a = PAYMENTS;
        String logGroup = "arn:aws:logs:eu-west-1:" + a + ":log-group:/trailguard/cloudtrail";
        String alarm = "arn:aws:cloudwatch:eu-west-1:" + a + ":alarm:trailguard-cis-3.5-cloudtrail-changes";
        String topic = "arn:aws:sns:eu-west-1:" + a + ":trailguard-local-alerts";
        String rule = "arn:aws:events:eu-west-1:" + a + ":rule/trailguard-forward-cloudtrail";
        String accountTrail = "arn:aws:cloudtrail:eu-west-1:" + a + ":trail/trailguard-account-trail";
        List<String[]> protectedActions = List.of(
                new String[] {"logs:DeleteLogGroup", logGroup, "log group"},
                new String[] {"logs:PutRetentionPolicy", logGroup, "log group"},
                new String[] {"logs:DeleteMetricFilter", logGroup, "log group"},
                new String[] {"logs:DeleteSubscriptionFilter", logGroup, "log group"},
                new String[] {"cloudwatch:DeleteAlarms", alarm, "alarm"},
                new String[] {"cloudwatch:DisableAlarmActions", alarm, "alarm"},
                new String[] {"cloudwatch:PutCompositeAlarm", "arn:aws:cloudwatch:eu-west-1:" + a + ":alarm:trailguard-insider-secrets-bulk-read-notify", "composite alarm"},
                new String[] {"sns:DeleteTopic", topic, "topic"},
                new String[] {"sns:Unsubscribe", topic, "topic"},
                new String[] {"sns:SetTopicAttributes", topic, "topic"},
                new String[] {"events:DisableRule", rule, "rule"},
                new String[] {"events:RemoveTargets", rule, "rule"},
                new String[] {"cloudtrail:StopLogging", accountTrail, "account trail"},
                new String[] {"iam:UpdateAssumeRolePolicy", "arn:aws:iam::" + a + ":role/TrailguardDeployRole", "deploy role"},
                new String[] {"iam:AttachRolePolicy", "arn:aws:iam::" + a + ":role/BreakGlassAdmin", "break-glass role"},
                new String[] {"iam:CreateRole", "arn:aws:iam::" + a + ":role/IncidentResponder", "break-glass role name"});
        for (String[] p : protectedActions) {
            denied("admin cannot " + p[0] + " trailguard's " + p[2], a, admin(a), p[0], "eu-west-1", p[1]);
            allowed("deploy role may " + p[0] + " trailguard's " + p[2], a, deploy(a), p[0], "eu-west-1", p[1]);
        }
        response(a, accountTrail);
        denied("break-glass is not exempt from monitoring protection", a, role(a, "BreakGlassAdmin"), "cloudwatch:DisableAlarmActions", "eu-west-1", alarm);
        denied("break-glass cannot rewrite the deploy role's trust", a, role(a, "BreakGlassAdmin"), "iam:UpdateAssumeRolePolicy", "eu-west-1", "arn:aws:iam::" + a + ":role/TrailguardDeployRole");
        allowed("other log groups are the team's", a, admin(a), "logs:DeleteLogGroup", "eu-west-1", "arn:aws:logs:eu-west-1:" + a + ":log-group:/aws/lambda/payments-api");
        allowed("other alarms are the team's", a, admin(a), "cloudwatch:DisableAlarmActions", "eu-west-1", "arn:aws:cloudwatch:eu-west-1:" + a + ":alarm:payments-latency");
        allowed("other topics are the team's", a, admin(a), "sns:DeleteTopic", "eu-west-1", "arn:aws:sns:eu-west-1:" + a + ":payments-events");
        allowed("other rules are the team's", a, admin(a), "events:DeleteRule", "eu-west-1", "arn:aws:events:eu-west-1:" + a + ":rule/payments-nightly");
        allowed("other roles are the team's", a, admin(a), "iam:UpdateAssumeRolePolicy", "eu-west-1", "arn:aws:iam::" + a + ":role/PaymentsService");
    }

    private void logArchive() {
        String a = LOG_ARCHIVE;
        String log = TRAIL_BUCKET + "/AWSLogs/o-p7q8r9s0t1/100000000006/CloudTrail/eu-west-1/2024/01/01/log.json.gz";
        for (String action : List.of("s3:DeleteBucket", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutLifecycleConfiguration",
                "s3:PutBucketVersioning", "s3:PutBucketObjectLockConfiguration", "s3:PutBucketLogging", "s3:PutEncryptionConfiguration",
                "s3:PutBucketPublicAccessBlock")) {
            denied("admin cannot " + action + " the trail bucket", a, admin(a), action, "eu-west-1", TRAIL_BUCKET);
        }
        for (String action : List.of("s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObject", "s3:BypassGovernanceRetention", "s3:PutObjectRetention")) {
            denied("admin cannot " + action + " a trail log file", a, admin(a), action, "eu-west-1", log);
        }
        allowed("deploy role may change the trail bucket policy", a, deploy(a), "s3:PutBucketPolicy", "eu-west-1", TRAIL_BUCKET);
        allowed("reading evidence is not tampering", a, admin(a), "s3:GetObject", "eu-west-1", log);
        allowed("other buckets are the account's", a, admin(a), "s3:PutBucketPolicy", "eu-west-1", "arn:aws:s3:::log-archive-scratch");
        denied("break-glass is not exempt from log-archive protection", a, role(a, "BreakGlassAdmin"), "s3:DeleteObjectVersion", "eu-west-1", log);
        for (String action : List.of("kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:DisableKeyRotation")) {
            deniedWith("admin cannot " + action + " the trail key", a, admin(a), action, "eu-west-1", TRAIL_KEY, TRAIL_KEY_ALIAS);
        }
        allowedWith("deploy role may schedule the trail key's deletion", a, deploy(a), "kms:ScheduleKeyDeletion", "eu-west-1", TRAIL_KEY, TRAIL_KEY_ALIAS);
        deniedWith("break-glass cannot disable the trail key", a, role(a, "BreakGlassAdmin"), "kms:DisableKey", "eu-west-1", TRAIL_KEY, TRAIL_KEY_ALIAS);
        allowedWith("other keys are the account's", a, admin(a), "kms:DisableKey", "eu-west-1",
                "arn:aws:kms:eu-west-1:" + a + ":key/0987dcba-09fe-87dc-65ba-ab0987654321", Map.of("kms:ResourceAliases", List.of("alias/scratch")));
        denied("the trail key's alias cannot be re-pointed", a, admin(a), "kms:UpdateAlias", "eu-west-1", "arn:aws:kms:eu-west-1:" + a + ":alias/trailguard-trail");
        denied("the trail key's alias cannot be deleted", a, admin(a), "kms:DeleteAlias", "eu-west-1", "arn:aws:kms:eu-west-1:" + a + ":alias/trailguard-trail");
    }

    private void leaveOrganization() {
        denied("an admin cannot take the account out of the organization", PAYMENTS, admin(PAYMENTS), "organizations:LeaveOrganization", "us-east-1", "*");
        denied("not even the deploy role can leave", NETWORK, deploy(NETWORK), "organizations:LeaveOrganization", "us-east-1", "*");
        denied("not even break-glass can leave", SANDBOX, role(SANDBOX, "BreakGlassAdmin"), "organizations:LeaveOrganization", "us-east-1", "*");
    }

    private void rootUser() {
        denied("root user is denied where DenyRootUser is attached", PAYMENTS, root(PAYMENTS), "ec2:DescribeInstances", "eu-west-1", "*");
        denied("root user cannot create IAM users there", SANDBOX, root(SANDBOX), "iam:CreateUser", "eu-west-1", "arn:aws:iam::" + SANDBOX + ":user/backdoor");
        allowed("DenyRootUser is attached only to its configured OUs", NETWORK, root(NETWORK), "ec2:DescribeInstances", "eu-west-1", "*");
    }

    /** Issue 12, Found 5 and 6: ways an admin could blind monitoring unseen, and the root user's bucket-policy recovery. */
    private void tamperHoles() {
        String a = PAYMENTS;
        for (String action : List.of("logs:PutResourcePolicy", "logs:DeleteResourcePolicy", "logs:PutAccountPolicy", "logs:DeleteAccountPolicy")) {
            denied("admin cannot " + action + " (EventBridge feed permission, masking, diversion)", a, admin(a), action, "eu-west-1", "*");
            allowed("deploy role may " + action, a, deploy(a), action, "eu-west-1", "*");
        }
        denied("admin cannot " + "create a role with the deploy role's name where it is missing", a, admin(a), "iam:CreateRole", "eu-west-1",
                "arn:aws:iam::" + a + ":role/TrailguardDeployRole");
        denied("break-glass cannot create a role with the deploy role's name either", a, role(a, "BreakGlassAdmin"), "iam:CreateRole", "eu-west-1",
                "arn:aws:iam::" + a + ":role/TrailguardDeployRole");
        allowed("a role under a path is no deploy role (its ARN matches no exemption)", a, admin(a), "iam:CreateRole", "eu-west-1",
                "arn:aws:iam::" + a + ":role/ops/TrailguardDeployRole");
        denied("a role under a path named like the deploy role gets no exemption", a, "arn:aws:iam::" + a + ":role/ops/TrailguardDeployRole",
                "cloudwatch:DisableAlarmActions", "eu-west-1", "arn:aws:cloudwatch:eu-west-1:" + a + ":alarm:trailguard-cis-3.5-cloudtrail-changes");

        String l = LOG_ARCHIVE;
        String log = TRAIL_BUCKET + "/AWSLogs/o-p7q8r9s0t1/100000000006/CloudTrail/eu-west-1/2024/01/01/log.json.gz";
        denied("admin cannot make the archive Requester Pays (stops CloudTrail delivery)", l, admin(l), "s3:PutBucketRequestPayment", "eu-west-1", TRAIL_BUCKET);
        allowed("deploy role may set the archive's payment configuration", l, deploy(l), "s3:PutBucketRequestPayment", "eu-west-1", TRAIL_BUCKET);
        for (String action : List.of("s3:DeleteObjectVersion", "s3:BypassGovernanceRetention", "s3:PutObjectRetention", "s3:PutObjectLegalHold")) {
            denied("not even the deploy role may " + action + " a trail log file", l, deploy(l), action, "eu-west-1", log);
        }
        denied("an admin cannot lift or place a legal hold", l, admin(l), "s3:PutObjectLegalHold", "eu-west-1", log);
        allowed("an incident responder may place a legal hold", l, role(l, "IncidentResponder"), "s3:PutObjectLegalHold", "eu-west-1", log);
        denied("an incident responder still cannot delete a version", l, role(l, "IncidentResponder"), "s3:DeleteObjectVersion", "eu-west-1", log);

        String bucket = "arn:aws:s3:::payments-statements-prod";
        for (String action : List.of("s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy")) {
            allowed("root may " + action + " to recover a locked-out bucket (AWS example SCP)", a, root(a), action, "eu-west-1", bucket);
        }
        denied("root may not change anything else on the bucket", a, root(a), "s3:PutBucketAcl", "eu-west-1", bucket);
        heartbeatSchedules();
    }

    /** Issue 12, the forwarding heartbeat: its schedules and their group are monitoring machinery. */
    private void heartbeatSchedules() {
        String a = PAYMENTS;
        String schedule = "arn:aws:scheduler:eu-central-1:" + a + ":schedule/trailguard-heartbeat/trailguard-forwarding-heartbeat";
        String group = "arn:aws:scheduler:eu-central-1:" + a + ":schedule-group/trailguard-heartbeat";
        for (String action : List.of("scheduler:UpdateSchedule", "scheduler:DeleteSchedule", "scheduler:CreateSchedule")) {
            denied("admin cannot " + action + " the forwarding heartbeat", a, admin(a), action, "eu-central-1", schedule);
            allowed("deploy role may " + action + " the forwarding heartbeat", a, deploy(a), action, "eu-central-1", schedule);
        }
        denied("admin cannot delete the heartbeat's schedule group", a, admin(a), "scheduler:DeleteScheduleGroup", "eu-central-1", group);
        denied("break-glass cannot stop the heartbeat either", a, role(a, "BreakGlassAdmin"), "scheduler:UpdateSchedule", "eu-central-1", schedule);
        allowed("the account's own schedules are its own", a, admin(a), "scheduler:DeleteSchedule", "eu-central-1",
                "arn:aws:scheduler:eu-central-1:" + a + ":schedule/default/nightly-report");
        denied("admin cannot re-trust the heartbeat role", a, admin(a), "iam:UpdateAssumeRolePolicy", "eu-west-1",
                "arn:aws:iam::" + a + ":role/trailguard-forwarding-heartbeat");
    }

    /** Response runbooks, their roles and who may start them (issue 17). */
    private void response(String a, String accountTrail) {
        String runbook = "arn:aws:ssm:eu-west-1:" + a + ":document/trailguard-response-revoke-sessions";
        String definition = "arn:aws:ssm:eu-west-1:" + a + ":automation-definition/trailguard-response-revoke-sessions:$DEFAULT";
        String runbookRole = "arn:aws:iam::" + a + ":role/trailguard-response-revoke-sessions";
        String events = role(a, "trailguard-response-events");
        for (String action : List.of("ssm:UpdateDocument", "ssm:DeleteDocument", "ssm:ModifyDocumentPermission", "ssm:UpdateDocumentDefaultVersion")) {
            denied("admin cannot " + action + " a response runbook", a, admin(a), action, "eu-west-1", runbook);
            allowed("deploy role may " + action + " a response runbook", a, deploy(a), action, "eu-west-1", runbook);
        }
        denied("admin cannot start a response runbook by hand", a, admin(a), "ssm:StartAutomationExecution", "eu-west-1", definition);
        allowed("EventBridge's response role starts response runbooks", a, events, "ssm:StartAutomationExecution", "eu-west-1", definition);
        allowed("other runbooks are the team's", a, admin(a), "ssm:StartAutomationExecution", "eu-west-1",
                "arn:aws:ssm:eu-west-1:" + a + ":automation-definition/team-patching:$DEFAULT");
        denied("admin cannot pass a runbook role to their own automation", a, admin(a), "iam:PassRole", "eu-west-1", runbookRole);
        allowed("EventBridge's response role passes runbook roles", a, events, "iam:PassRole", "eu-west-1", runbookRole);
        denied("admin cannot widen a runbook role", a, admin(a), "iam:PutRolePolicy", "eu-west-1", runbookRole);
        denied("admin cannot re-trust EventBridge's response role", a, admin(a), "iam:UpdateAssumeRolePolicy", "eu-west-1", events);
        String restart = role(a, "trailguard-response-restart-logging");
        allowed("restart-logging re-applies the account trail's selectors", a, restart, "cloudtrail:PutEventSelectors", "eu-west-1", accountTrail);
        allowed("restart-logging restarts the account trail", a, restart, "cloudtrail:StartLogging", "eu-west-1", accountTrail);
        denied("restart-logging's role cannot stop the account trail", a, restart, "cloudtrail:StopLogging", "eu-west-1", accountTrail);
        denied("admin still cannot change the account trail's selectors", a, admin(a), "cloudtrail:PutEventSelectors", "eu-west-1", accountTrail);
    }

    private static String admin(String account) {
        return role(account, "AdministratorAccess");
    }

    private static String deploy(String account) {
        return role(account, "TrailguardDeployRole");
    }

    private static String role(String account, String name) {
        return "arn:aws:iam::" + account + ":role/" + name;
    }

    private static String root(String account) {
        return "arn:aws:iam::" + account + ":root";
    }

    private void allowed(String why, String account, String principal, String action, String region, String resource) {
        rows.add(new Scenario(why, account, principal, action, region, resource, Map.of(), Expect.Allowed));
    }

    private void denied(String why, String account, String principal, String action, String region, String resource) {
        rows.add(new Scenario(why, account, principal, action, region, resource, Map.of(), Expect.Denied));
    }

    private void allowedWith(String why, String account, String principal, String action, String region, String resource, Map<String, Object> context) {
        rows.add(new Scenario(why, account, principal, action, region, resource, context, Expect.Allowed));
    }

    private void deniedWith(String why, String account, String principal, String action, String region, String resource, Map<String, Object> context) {
        rows.add(new Scenario(why, account, principal, action, region, resource, context, Expect.Denied));
    }
}
