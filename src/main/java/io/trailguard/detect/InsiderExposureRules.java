package io.trailguard.detect;

import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.MEDIUM;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.isTrue;
import static io.trailguard.detect.Patterns.notExists;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.Patterns.word;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** Insider rules: resources opened to the outside, copied out or taken over. */
final class InsiderExposureRules {

    static final String SET = "insider";

    private InsiderExposureRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-lambda-public-access", HIGH, "Lambda function URL created or opened without authentication")
                        .pattern(pattern(and(
                                eq("eventSource", "lambda.amazonaws.com"),
                                or(eq("eventName", "CreateFunctionUrlConfig*"),
                                        and(eq("eventName", "UpdateFunctionUrlConfig*"), eq("requestParameters.authType", "NONE")),
                                        and(eq("eventName", "AddPermission*"), eq("requestParameters.functionUrlAuthType", "NONE"))))))
                        .rationale("A function URL is an HTTPS endpoint on the internet; with auth type NONE anyone can invoke"
                                + " the function, and its role, from anywhere. Every new URL is reported, since even an IAM-auth"
                                + " URL is a new way in; an update only when it drops authentication.")
                        .attack("T1190", "T1098").sigma("aws_lambda_function_url")
                        .supersedes(OrganizationTrustRules.LAMBDA_RULE_ID)
                        .fires("doc:lambda-create-function-url-none")
                        .fires("doc:lambda-add-permission-public-url")
                        .misses("doc:lambda-update-function-url-iam", "an update that keeps IAM authentication")
                        .misses("panther:AWS.Lambda.UpdateFunctionCode/IAM User Updates Lambda Code", "code, another rule")
                        .sets(SET).build(),
                rule("insider-service-security-groups-changed", MEDIUM, "Load balancer, RDS or ElastiCache security groups changed")
                        .pattern(pattern(or(
                                and(eq("eventSource", "elasticloadbalancing.amazonaws.com"),
                                        oneOf("eventName", "ApplySecurityGroupsToLoadBalancer", "SetSecurityGroups")),
                                and(eq("eventSource", "rds.amazonaws.com"),
                                        oneOf("eventName", "AuthorizeDBSecurityGroupIngress", "CreateDBSecurityGroup",
                                                "DeleteDBSecurityGroup", "RevokeDBSecurityGroupIngress")),
                                and(eq("eventSource", "elasticache.amazonaws.com"),
                                        oneOf("eventName", "CreateCacheSecurityGroup", "DeleteCacheSecurityGroup",
                                                "AuthorizeCacheSecurityGroupIngress", "RevokeCacheSecurityGroupIngress",
                                                "AuthorizeCacheSecurityGroupEgress", "RevokeCacheSecurityGroupEgress")))))
                        .rationale("CIS watches EC2 security groups; these services keep their own (classic DB and cache"
                                + " security groups, a load balancer's groups), and opening one exposes a database or cache"
                                + " the VPC's groups were meant to shield.")
                        .attack("T1190", "T1562.007")
                        .sigma("aws_cloudtrail_security_group_change_loadbalancer", "aws_cloudtrail_security_group_change_rds",
                                "aws_elasticache_security_group_created", "aws_elasticache_security_group_modified_or_deleted")
                        .fires("doc:elb-set-security-groups")
                        .fires("doc:elasticache-create-cache-security-group")
                        .fires("panther:AWS.RDS.SecurityGroupIngressAuthorized/Ingress Authorized from Public Internet - Critical")
                        .misses("panther:AWS.EC2.SecurityGroupModified/Security Group Not Modified", "EC2's own groups: CIS")
                        .sets(SET).build(),
                rule("insider-rds-takeover", HIGH, "RDS master password reset, cluster changed or deleted, instance restored public")
                        .pattern(pattern(and(
                                eq("eventSource", "rds.amazonaws.com"),
                                or(and(eq("eventName", "ModifyDBInstance"),
                                                eq("responseElements.pendingModifiedValues.masterUserPassword", word("*"))),
                                        oneOf("eventName", "ModifyDBCluster", "DeleteDBCluster"),
                                        and(eq("eventName", "RestoreDBInstanceFromDBSnapshot"),
                                                isTrue("responseElements.publiclyAccessible"))))))
                        .rationale("Resetting the master password hands the insider the database's own superuser; restoring a"
                                + " snapshot as a public instance exposes a full copy; cluster changes and deletions cover"
                                + " both, for Aurora.")
                        .attack("T1098", "T1485", "T1020")
                        .sigma("aws_rds_change_master_password", "aws_rds_dbcluster_actions", "aws_rds_public_db_restore")
                        .fires("panther:AWS.RDS.MasterPasswordUpdated/Master pass modified")
                        .fires("panther:AWS.RDS.PublicRestore/RDS-Restore-Public")
                        .fires("panther:AWS.RDS.InstanceDeletion/RDS Cluster Deleted")
                        .misses("panther:AWS.RDS.PublicRestore/RDS-Restore-Not-Public", "restored private")
                        .misses("panther:AWS.RDS.MasterPasswordUpdated/Allocated storage modified", "storage only")
                        .sets(SET).build(),
                rule("insider-domain-transfer", HIGH, "Route 53 domain unlocked for transfer or given to another account")
                        .pattern(pattern(and(
                                oneOf("eventSource", "route53domains.amazonaws.com", "route53.amazonaws.com"),
                                oneOf("eventName", "DisableDomainTransferLock", "TransferDomainToAnotherAwsAccount"))))
                        .rationale("Whoever holds the domain receives its mail and can get certificates for it; a transfer to"
                                + " another account is the organization's name leaving with the insider.")
                        .attack("T1098", "T1584.001")
                        .sigma("aws_route_53_domain_transferred_lock_disabled", "aws_route_53_domain_transferred_to_another_account")
                        .fires("doc:route53domains-transfer-domain")
                        .misses("panther:AWS.CloudTrail.Account.Discovery/DescribeAccount", "unrelated")
                        .sets(SET).build(),
                rule("insider-ec2-instance-exported", HIGH, "EC2 instance exported as a disk image")
                        .pattern(pattern(and(
                                eq("eventSource", "ec2.amazonaws.com"),
                                eq("eventName", "CreateInstanceExportTask"),
                                notExists("errorCode"),
                                notExists("errorMessage"))))
                        .rationale("An export writes the instance's disks as a VM image to an S3 bucket, which can be anyone's:"
                                + " the whole machine leaves in one call.")
                        .attack("T1537", "T1005").sigma("aws_ec2_vm_export_failure")
                        .fires("doc:ec2-create-instance-export-task")
                        .misses("doc:ec2-create-instance-export-task-denied", "denied: nothing left")
                        .sets(SET).build());
    }
}
