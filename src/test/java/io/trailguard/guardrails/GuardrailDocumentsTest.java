package io.trailguard.guardrails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.GuardrailSettings.Guardrail;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Severity;
import io.trailguard.guardrails.PolicyJsonView.StatementView;
import io.trailguard.naming.Names;
import io.trailguard.stack.ComponentArgs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuardrailDocumentsTest {

    private final StackConfig prod = TestStacks.prod();
    private final List<String> deployOnly = List.of("arn:aws:iam::*:role/TrailguardDeployRole");

    private PolicyJsonView document(Guardrail g) {
        return PolicyJsonView.parse(GuardrailCatalog.document(g, ComponentArgs.guardrails(prod)).toJson());
    }

    @Test
    void regionDenyDeniesEverythingButGlobalServicesOutsideAllowedRegions() {
        List<StatementView> statements = document(Guardrail.REGION_DENY).statements();
        assertEquals(1, statements.size());
        StatementView s = statements.get(0);
        assertEquals("Deny", s.effect());
        assertTrue(s.actions().isEmpty(), "a region deny must use NotAction, not Action");
        assertEquals(GlobalServices.CONTROL_TOWER_REGION_DENY_NOT_ACTIONS, s.notActions());
        assertTrue(s.notActions().containsAll(List.of("iam:*", "sts:*", "organizations:*", "support:*", "cloudfront:*", "route53:*")));
        assertEquals(List.of("*"), s.resources());
        assertEquals(Optional.of(List.of("eu-west-1", "eu-central-1", "us-east-1")), s.condition("StringNotEquals", "aws:RequestedRegion"));
    }

    @Test
    void regionDenyExemptsDeployAndBreakGlassRolesInEveryAccount() {
        StatementView s = document(Guardrail.REGION_DENY).statements().get(0);
        assertEquals(Optional.of(List.of("arn:aws:iam::*:role/TrailguardDeployRole", "arn:aws:iam::*:role/BreakGlassAdmin",
                "arn:aws:iam::*:role/IncidentResponder")), s.condition("ArnNotLike", "aws:PrincipalArn"));
    }

    @Test
    void globalServiceListIsControlTowersWithItsSource() {
        assertEquals(86, GlobalServices.CONTROL_TOWER_REGION_DENY_NOT_ACTIONS.size(), "Control Tower's GRREGIONDENY list as retrieved has 86 entries");
        assertEquals(GlobalServices.CONTROL_TOWER_REGION_DENY_NOT_ACTIONS.size(),
                GlobalServices.CONTROL_TOWER_REGION_DENY_NOT_ACTIONS.stream().distinct().count());
        assertTrue(GlobalServices.SOURCE.contains("primary-region-deny-policy"));
    }

    @Test
    void auditTrailProtectionCoversEveryOrganizationTrailAndEventDataStore() {
        PolicyJsonView doc = document(Guardrail.PROTECT_AUDIT_TRAIL);
        List<String> trailActions = actionsOn(doc, "arn:aws:cloudtrail:*:100000000001:trail/*");
        assertTrue(trailActions.containsAll(List.of("cloudtrail:StopLogging", "cloudtrail:DeleteTrail", "cloudtrail:UpdateTrail",
                "cloudtrail:PutEventSelectors", "cloudtrail:PutInsightSelectors")), trailActions.toString());
        assertTrue(covers(doc, Names.orgTrailArn(ComponentArgs.topology(prod))), "trailguard's own organization trail");
        assertTrue(covers(doc, "arn:aws:cloudtrail:us-east-1:100000000001:trail/aws-controltower-BaselineCloudTrail"), "other organization trails");
        assertFalse(covers(doc, "arn:aws:cloudtrail:eu-west-1:100000000006:trail/team-trail"), "a workload team's own trail");
        List<String> lakeActions = actionsOn(doc, "arn:aws:cloudtrail:*:100000000001:eventdatastore/*");
        assertTrue(lakeActions.containsAll(List.of("cloudtrail:DeleteEventDataStore", "cloudtrail:StopEventDataStoreIngestion",
                "cloudtrail:UpdateEventDataStore", "cloudtrail:PutResourcePolicy")), lakeActions.toString());
    }

    @Test
    void monitoringProtectionCoversEveryTrailguardNameAndNothingElse() {
        PolicyJsonView doc = document(Guardrail.PROTECT_MONITORING);
        String region = "eu-west-1";
        String account = "100000000006";
        assertTrue(covers(doc, Names.memberLogGroupArn(region, account)));
        assertTrue(covers(doc, Names.centralLogGroupArn(ComponentArgs.topology(prod))));
        assertTrue(covers(doc, Names.memberLogGroupArn(region, account) + ":log-stream:100000000006_CloudTrail_eu-west-1"));
        assertTrue(covers(doc, "arn:aws:cloudwatch:eu-west-1:100000000006:alarm:" + Names.ruleResourceName("cis-3.5-cloudtrail-changes")));
        assertTrue(covers(doc, Names.localTopicArn(region, account)));
        assertTrue(covers(doc, Names.centralTopicArn(ComponentArgs.topology(prod), region, Severity.CRITICAL.id())));
        assertTrue(covers(doc, Names.memberTrailArn(region, account)));
        assertTrue(covers(doc, "arn:aws:events:eu-west-1:100000000006:rule/trailguard-forward-cloudtrail"));
        assertTrue(covers(doc, "arn:aws:events:eu-west-1:100000000006:rule/custom-bus/trailguard-forward-cloudtrail"));

        // DenyLogsPolicyTampering is account-wide by necessity (those actions take no resource); the rest is by name.
        PolicyJsonView named = doc.without("DenyLogsPolicyTampering");
        assertFalse(covers(named, Names.logGroupArn(region, account, "/aws/lambda/payments")));
        assertFalse(covers(named, "arn:aws:cloudwatch:eu-west-1:100000000006:alarm:payments-latency"));
        assertFalse(covers(named, "arn:aws:sns:eu-west-1:100000000006:payments-events"));
        assertFalse(covers(named, "arn:aws:events:eu-west-1:100000000006:rule/payments-nightly"));
        assertFalse(covers(named, "arn:aws:iam::100000000006:role/PaymentsService"));
    }

    /**
     * Found 5 (issue 12): a Logs resource policy is what lets the EventBridge feed write the member log group, and an
     * account policy can mask or divert every group's events; neither action takes a resource or a name condition.
     */
    @Test
    void logsResourceAndAccountPoliciesAreOnlyTheDeployRoles() {
        StatementView s = document(Guardrail.PROTECT_MONITORING).statement("DenyLogsPolicyTampering");
        assertEquals(List.of("logs:PutResourcePolicy", "logs:DeleteResourcePolicy", "logs:PutAccountPolicy", "logs:DeleteAccountPolicy"), s.actions());
        assertEquals(List.of("*"), s.resources());
        assertEquals(Optional.of(deployOnly), s.condition("ArnNotLike", "aws:PrincipalArn"));
    }

    @Test
    void monitoringProtectionIncludesDisablingAlarmActionsAndSilencingTopics() {
        PolicyJsonView doc = document(Guardrail.PROTECT_MONITORING);
        assertTrue(doc.statement("DenyTrailguardAlarmTampering").actions().containsAll(List.of("cloudwatch:DisableAlarmActions", "cloudwatch:DeleteAlarms", "cloudwatch:PutCompositeAlarm")));
        assertTrue(doc.statement("DenyTrailguardTopicTampering").actions().containsAll(List.of("sns:DeleteTopic", "sns:Unsubscribe", "sns:SetTopicAttributes")));
        assertTrue(doc.statement("DenyTrailguardLogGroupReconfiguration").actions().containsAll(List.of("logs:DeleteMetricFilter", "logs:DeleteSubscriptionFilter")));
        assertTrue(doc.statement("DenyTrailguardLogGroupDeletion").actions().containsAll(List.of("logs:DeleteLogGroup", "logs:PutRetentionPolicy")));
    }

    @Test
    void exemptRolesCannotBeRewrittenByOrdinaryAdmins() {
        PolicyJsonView doc = document(Guardrail.PROTECT_MONITORING);
        StatementView roles = doc.statement("DenyExemptRoleTampering");
        assertTrue(roles.actions().contains("iam:UpdateAssumeRolePolicy"));
        assertTrue(roles.resources().containsAll(List.of("arn:aws:iam::*:role/TrailguardDeployRole", "arn:aws:iam::*:role/BreakGlassAdmin",
                "arn:aws:iam::*:role/IncidentResponder")));
        StatementView creation = doc.statement("DenyBreakGlassRoleCreation");
        assertEquals(List.of("iam:CreateRole"), creation.actions());
    }

    private static List<String> concat(List<String> a, String b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }

    /** Found 5 (issue 12): the deploy role's name is exempt from every SCP, so creating it where it is missing is denied. */
    @Test
    void nobodyCreatesARoleWithTheDeployRolesName() {
        StatementView creation = document(Guardrail.PROTECT_MONITORING).statement("DenyDeployRoleCreation");
        assertEquals(List.of("iam:CreateRole"), creation.actions());
        assertEquals(List.of("arn:aws:iam::*:role/TrailguardDeployRole"), creation.resources());
    }

    @Test
    void logArchiveProtectionCoversBucketsObjectsAndKeyByAlias() {
        PolicyJsonView doc = document(Guardrail.PROTECT_LOG_ARCHIVE);
        String bucket = Names.trailBucketArn(ComponentArgs.topology(prod));
        List<String> onBucket = actionsOn(doc, bucket);
        assertTrue(onBucket.containsAll(List.of("s3:DeleteBucket", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutBucketObjectLockConfiguration",
                "s3:PutBucketVersioning", "s3:PutLifecycleConfiguration", "s3:PutBucketLogging", "s3:PutEncryptionConfiguration",
                "s3:PutBucketPublicAccessBlock")), onBucket.toString());
        assertEquals(onBucket, actionsOn(doc, Names.accessLogBucketArn(ComponentArgs.topology(prod))), "the access-log bucket is protected alike");
        List<String> onObjects = actionsOn(doc, bucket + "/*");
        assertTrue(onObjects.containsAll(List.of("s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObject", "s3:BypassGovernanceRetention",
                "s3:PutObjectRetention", "s3:PutObjectLegalHold")), onObjects.toString());
        assertTrue(onBucket.contains("s3:PutBucketRequestPayment"), "Found 5 (issue 12): Requester Pays stops CloudTrail delivery");

        StatementView key = doc.statement("DenyTrailKeyTampering");
        assertTrue(key.actions().containsAll(List.of("kms:DisableKey", "kms:ScheduleKeyDeletion", "kms:PutKeyPolicy")));
        assertEquals(Optional.of(List.of(Names.TRAIL_KEY_ALIAS)), key.condition("ForAnyValue:StringEquals", "kms:ResourceAliases"));
        StatementView alias = doc.statement("DenyTrailKeyAliasTampering");
        assertTrue(alias.resources().stream().anyMatch(r -> ArnGlob.matches(r, "arn:aws:kms:eu-west-1:100000000002:" + Names.TRAIL_KEY_ALIAS)));
    }

    @Test
    void everyTamperProtectionExemptsOnlyTheDeployRole() {
        for (Guardrail g : List.of(Guardrail.PROTECT_AUDIT_TRAIL, Guardrail.PROTECT_MONITORING, Guardrail.PROTECT_LOG_ARCHIVE)) {
            for (StatementView s : document(g).statements()) {
                assertEquals("Deny", s.effect());
                if (s.sid().equals("DenyTrailLogDestruction") || s.sid().equals("DenyTrailLogLegalHold")) {
                    continue;
                }
                // Response: the restart-logging runbook re-applies selectors; only EventBridge's response role starts
                // runbooks and passes their roles.
                List<String> expected = switch (s.sid()) {
                    case "DenyTrailguardAccountTrailSelectors" -> concat(deployOnly, "arn:aws:iam::*:role/trailguard-response-restart-logging");
                    case "DenyTrailguardRunbookStart", "DenyTrailguardRunbookRolePassing" ->
                            concat(deployOnly, "arn:aws:iam::*:role/trailguard-response-events");
                    default -> deployOnly;
                };
                assertEquals(Optional.of(expected), s.condition("ArnNotLike", "aws:PrincipalArn"), g + " " + s.sid());
            }
        }
    }

    /** Found 5 (issue 12): the deploy role was exempt from object-level destruction, which deployment never needs. */
    @Test
    void objectDestructionIsDeniedToEveryoneAndLegalHoldsToAllButIncidentResponders() {
        PolicyJsonView doc = document(Guardrail.PROTECT_LOG_ARCHIVE);
        StatementView destruction = doc.statement("DenyTrailLogDestruction");
        assertEquals(List.of("s3:DeleteObjectVersion", "s3:BypassGovernanceRetention", "s3:PutObjectRetention"), destruction.actions());
        assertFalse(destruction.hasCondition(), "no exemption, not even the deploy role");
        StatementView hold = doc.statement("DenyTrailLogLegalHold");
        assertEquals(List.of("s3:PutObjectLegalHold"), hold.actions());
        assertEquals(Optional.of(List.of("arn:aws:iam::*:role/BreakGlassAdmin", "arn:aws:iam::*:role/IncidentResponder")),
                hold.condition("ArnNotLike", "aws:PrincipalArn"));
        for (StatementView s : doc.statements()) {
            if (s.condition("ArnNotLike", "aws:PrincipalArn").equals(Optional.of(deployOnly))) {
                assertTrue(s.actions().stream().noneMatch(a -> List.of("s3:DeleteObjectVersion", "s3:BypassGovernanceRetention",
                        "s3:PutObjectRetention", "s3:PutObjectLegalHold").contains(a)), s.sid() + " exempts the deploy role from " + s.actions());
            }
        }
    }

    @Test
    void leavingTheOrganizationIsDeniedToEveryone() {
        StatementView s = document(Guardrail.DENY_LEAVE_ORGANIZATION).statements().get(0);
        assertEquals("Deny", s.effect());
        assertEquals(List.of("organizations:LeaveOrganization"), s.actions());
        assertEquals(List.of("*"), s.resources());
        assertFalse(s.hasCondition(), "not even the deploy role may take an account out of the organization");
    }

    /**
     * Found 6 (issue 12): only root can recover a bucket whose policy locks everyone out; the exemption is AWS's example
     * SCP (aws-samples/service-control-policy-examples, Privileged-access-controls/
     * Deny-the-root-user-from-performing-actions-except-S3-bucketpolicy-changes.json).
     */
    @Test
    void rootUserIsDeniedEverythingButBucketPolicyRecovery() {
        StatementView s = document(Guardrail.DENY_ROOT_USER).statements().get(0);
        assertTrue(s.actions().isEmpty(), "NotAction, not Action");
        assertEquals(List.of("s3:GetBucketPolicy", "s3:PutBucketPolicy", "s3:DeleteBucketPolicy"), s.notActions());
        assertEquals(Optional.of(List.of("arn:aws:iam::*:root")), s.condition("ArnLike", "aws:PrincipalArn"));
    }

    @Test
    void documentsAreMinifiedJson() {
        for (Guardrail g : Guardrail.values()) {
            String json = GuardrailCatalog.document(g, ComponentArgs.guardrails(prod)).toJson();
            assertFalse(json.contains("\n") || json.contains(": ") || json.contains(", "), g + " is not minified");
            assertTrue(json.startsWith("{\"Version\":\"2012-10-17\""), json);
        }
    }

    private static List<String> actionsOn(PolicyJsonView doc, String resource) {
        return doc.statements().stream().filter(s -> s.resources().contains(resource)).flatMap(s -> s.actions().stream()).toList();
    }

    private static boolean covers(PolicyJsonView doc, String arn) {
        return doc.statements().stream().flatMap(s -> s.resources().stream()).anyMatch(r -> ArnGlob.matches(r, arn));
    }
}
