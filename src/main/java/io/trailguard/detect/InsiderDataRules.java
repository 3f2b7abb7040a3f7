package io.trailguard.detect;

import static io.trailguard.detect.Severity.CRITICAL;
import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.MEDIUM;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.isFalse;
import static io.trailguard.detect.Patterns.notExists;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.Patterns.word;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** Insider rules: data shared out, opened up or read in bulk. */
final class InsiderDataRules {

    static final String SET = "insider";

    private InsiderDataRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-ebs-snapshot-shared", CRITICAL, "EBS snapshot shared with another account or made public")
                        .pattern(pattern(and(
                                eq("eventName", "ModifySnapshotAttribute"),
                                or(eq("requestParameters.createVolumePermission.add.items[*].userId", word("*")),
                                        eq("requestParameters.createVolumePermission.add.items[*].group", "all")),
                                notExists("errorCode"))))
                        .rationale("Sharing a snapshot copies a whole disk out of the organization in one call.")
                        .attack("T1537").stratus("aws.exfiltration.ec2-share-ebs-snapshot")
                        .fires("panther:AWS.CloudTrail.SnapshotMadePublic/Snapshot Made Publicly Accessible")
                        .fires("panther:AWS.CloudTrail.SnapshotMadePublic/Snapshot Mader Available to Single Person")
                        .misses("panther:AWS.CloudTrail.SnapshotMadePublic/Snapshot Not Made Publicly Accessible", "group none")
                        .misses("panther:AWS.CloudTrail.SnapshotMadePublic/Error Making Snapshot Publicly Accessible", "the call failed")
                        .sigma("aws_snapshot_backup_exfiltration")
                        .sets(SET).build(),
                rule("insider-ami-shared", HIGH, "AMI shared with another account or made public")
                        .pattern(pattern(and(
                                eq("eventName", "ModifyImageAttribute"),
                                or(eq("requestParameters.launchPermission.add.items[*].userId", word("*")),
                                        eq("requestParameters.launchPermission.add.items[*].group", "all")),
                                notExists("errorCode"))))
                        .rationale("An AMI carries its disks, with whatever secrets and data were baked in.")
                        .attack("T1537").stratus("aws.exfiltration.ec2-share-ami")
                        .fires("panther:AWS.CloudTrail.AMIModifiedForPublicAccess/AMI Made Public")
                        .fires("panther:AWS.CloudTrail.AMIModifiedForPublicAccess/Access Granted To Unknown User")
                        .misses("panther:AWS.CloudTrail.AMIModifiedForPublicAccess/AMI Launch Permissions Not Modified", "another attribute")
                        .misses("panther:AWS.CloudTrail.AMIModifiedForPublicAccess/Error Making AMI Public", "the call failed")
                        .sets(SET).build(),
                rule("insider-rds-snapshot-shared", CRITICAL, "RDS snapshot shared with another account or made public")
                        .pattern(pattern(and(
                                oneOf("eventName", "ModifyDBSnapshotAttribute", "ModifyDBClusterSnapshotAttribute"),
                                eq("requestParameters.attributeName", "restore"),
                                eq("requestParameters.valuesToAdd[*]", word("*")),
                                notExists("errorCode"))))
                        .rationale("A shared database snapshot is the whole database, restorable in the receiver's account.")
                        .attack("T1537").stratus("aws.exfiltration.rds-share-snapshot")
                        .fires("panther:AWS.RDS.SnapshotShared/Snapshot shared with another account")
                        .misses("panther:AWS.RDS.SnapshotShared/Snapshot shared with no accounts", "nothing added")
                        .sets(SET).build(),
                rule("insider-public-access-block-removed", CRITICAL, "S3 public access block removed or weakened")
                        .pattern(pattern(and(
                                eq("eventSource", "s3.amazonaws.com"),
                                or(
                                        oneOf("eventName", "DeleteBucketPublicAccessBlock", "DeleteAccountPublicAccessBlock"),
                                        and(oneOf("eventName", "PutBucketPublicAccessBlock", "PutAccountPublicAccessBlock"),
                                                or(isFalse("requestParameters.PublicAccessBlockConfiguration.BlockPublicAcls"),
                                                        isFalse("requestParameters.PublicAccessBlockConfiguration.IgnorePublicAcls"),
                                                        isFalse("requestParameters.PublicAccessBlockConfiguration.BlockPublicPolicy"),
                                                        isFalse("requestParameters.PublicAccessBlockConfiguration.RestrictPublicBuckets")))),
                                notExists("errorCode"))))
                        .rationale("The public access block is what stands between a careless (or deliberate) bucket policy"
                                + " and the internet; removing it at bucket or account level precedes a public share.")
                        .attack("T1562.007", "T1530")
                        .fires("panther:AWS.S3.DeletePublicAccessBlock/Public Access Block Deleted Successfully")
                        .fires("doc:s3-put-account-public-access-block-weakened")
                        .misses("panther:AWS.S3.DeletePublicAccessBlock/Public Access Block Deletion Failed", "the call failed")
                        .misses("panther:AWS.S3.DeletePublicAccessBlock/Non-S3 Event", "not S3")
                        .misses("doc:s3-put-bucket-public-access-block-all-on", "all four settings on")
                        .sets(SET).build(),
                rule("insider-kms-key-policy-or-grant", HIGH, "KMS key policy changed or grant created by a person")
                        .pattern(pattern(and(
                                eq("eventSource", "kms.amazonaws.com"),
                                or(eq("eventName", "PutKeyPolicy"),
                                        and(eq("eventName", "CreateGrant"), notExists("userIdentity.invokedBy"))))))
                        .rationale("A key policy or grant decides who can decrypt; adding an outside principal exfiltrates"
                                + " every object the key protects. Grants AWS services create for their own use carry"
                                + " invokedBy and are left out.")
                        .attack("T1098", "T1537")
                        .fires("panther:AWS.CloudTrail.ResourceMadePublic/Wildcard Principal No Conditions (Should Alert)")
                        .fires("doc:kms-create-grant-by-user")
                        .misses("doc:kms-create-grant-by-service", "EBS created the grant for a volume")
                        .misses("panther:AWS.KMS.CustomerManagedKeyLoss/KMS Key Non Deletion Event", "Decrypt")
                        .sets(SET).build(),
                rule("insider-dynamodb-bulk-scan", HIGH, "Many DynamoDB table scans")
                        .pattern(pattern(and(eq("eventSource", "dynamodb.amazonaws.com"), eq("eventName", "Scan"))))
                        .rationale("Applications query by key; a burst of Scans reads whole tables. Needs DynamoDB data"
                                + " events on the trail.")
                        .attack("T1530").atLeast(50, 300)
                        .fires("doc:dynamodb-scan", 50, true, "50 scans in one period")
                        .fires("doc:dynamodb-scan", 49, false, "49: a reporting job's ceiling")
                        .misses("panther:AWS.Console.RootLogin/Non-Login Event", "DescribeTable")
                        .sets(SET).build(),
                rule("insider-dynamodb-export", HIGH, "DynamoDB table exported or streamed out")
                        .pattern(pattern(and(
                                eq("eventSource", "dynamodb.amazonaws.com"),
                                oneOf("eventName", "ExportTableToPointInTime", "EnableKinesisStreamingDestination"))))
                        .rationale("An export writes the whole table to S3 (possibly another account's bucket) in one call.")
                        .attack("T1530", "T1537")
                        .fires("doc:dynamodb-export-table")
                        .misses("doc:dynamodb-scan", "a single scan")
                        .sets(SET).build());
    }
}
