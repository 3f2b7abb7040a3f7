package io.trailguard.detect;

import static io.trailguard.detect.Severity.HIGH;
import static io.trailguard.detect.Severity.LOW;
import static io.trailguard.detect.Patterns.and;
import static io.trailguard.detect.Patterns.eq;
import static io.trailguard.detect.Patterns.oneOf;
import static io.trailguard.detect.Patterns.or;
import static io.trailguard.detect.Patterns.pattern;
import static io.trailguard.detect.RuleBuilder.rule;

import java.util.List;

/** Insider rules: destroying storage, preparing ransomware, weakening encryption and data management. */
final class InsiderDestructionRules {

    static final String SET = "insider";

    private InsiderDestructionRules() {}

    static List<Rule> all() {
        return List.of(
                rule("insider-storage-deleted", HIGH, "S3 bucket, EFS file system or mount target, or AMI deleted")
                        .pattern(pattern(or(
                                and(eq("eventSource", "s3.amazonaws.com"), eq("eventName", "DeleteBucket")),
                                and(eq("eventSource", "elasticfilesystem.amazonaws.com"),
                                        oneOf("eventName", "DeleteFileSystem", "DeleteMountTarget")),
                                and(eq("eventSource", "ec2.amazonaws.com"), eq("eventName", "DeregisterImage")))))
                        .rationale("Deleting whole stores is sabotage that backups of the objects inside do not undo (an AMI"
                                + " is often the only copy of a hand-built server). Attempts count: a denied deletion shows"
                                + " intent.")
                        .attack("T1485").stratus("aws.impact.ec2-deregister-ami")
                        .sigma("aws_cloudtrail_bucket_deleted", "aws_efs_fileshare_modified_or_deleted",
                                "aws_efs_fileshare_mount_modified_or_deleted")
                        .fires("panther:AWS.S3.BucketDeleted/An S3 Bucket was deleted")
                        .fires("doc:efs-delete-file-system")
                        .fires("doc:ec2-deregister-image")
                        .misses("panther:AWS.EC2.Monitoring/CopyImage", "creating an image")
                        .sets(SET).build(),
                rule("insider-s3-ransomware-precursor", HIGH, "S3 versioning suspended or objects re-encrypted with a customer key")
                        .pattern(pattern(and(
                                eq("eventSource", "s3.amazonaws.com"),
                                or(and(eq("eventName", "PutBucketVersioning"),
                                                eq("requestParameters.VersioningConfiguration.Status", "Suspended")),
                                        and(oneOf("eventName", "PutObject", "CopyObject", "CreateMultipartUpload"),
                                                eq("additionalEventData.SSEApplied", "SSE_C"))))))
                        .rationale("S3 ransomware first suspends versioning (so overwrites destroy the old versions), then"
                                + " rewrites objects with SSE-C, a key only the attacker holds. SSE-C needs S3 data events, which"
                                + " the trail records for guarded buckets.")
                        .attack("T1486", "T1490").stratus("aws.impact.s3-ransomware-client-side-encryption")
                        .sigma("aws_disable_bucket_versioning")
                        .fires("panther:AWS.S3.SuspendVersioning/Versioning Suspended Successfully")
                        .fires("doc:s3-copy-object-sse-c")
                        .misses("panther:AWS.S3.SuspendVersioning/Versioning Enabled", "enabling it")
                        .misses("doc:s3-put-object-sse-kms", "SSE-KMS, the organization's own key")
                        .sets(SET).build(),
                rule("insider-encryption-weakened", HIGH, "EBS default encryption disabled or external key material imported")
                        .pattern(pattern(or(
                                and(eq("eventSource", "ec2.amazonaws.com"), eq("eventName", "DisableEbsEncryptionByDefault")),
                                and(eq("eventSource", "kms.amazonaws.com"), eq("eventName", "ImportKeyMaterial")))))
                        .rationale("New volumes stop being encrypted, or a key's material comes from outside, so whoever kept"
                                + " a copy of it can decrypt (or, by letting it expire, destroy) everything the key protects.")
                        .attack("T1486", "T1565", "T1608.003").sigma("aws_ec2_disable_encryption", "aws_kms_import_key_material")
                        .fires("panther:AWS.EC2.EBS.Encryption.Disabled/DisableEbsEncryptionByDefault Event")
                        .fires("doc:kms-import-key-material")
                        .misses("panther:AWS.KMS.CustomerManagedKeyLoss/KMS Key Non Deletion Event", "Decrypt")
                        .sets(SET).build(),
                rule("insider-s3-data-management-changed", LOW, "S3 logging, website, encryption or replication settings changed")
                        .pattern(pattern(and(
                                eq("eventSource", "s3.amazonaws.com"),
                                oneOf("eventName", "PutBucketLogging", "PutBucketWebsite", "PutBucketEncryption",
                                        "PutEncryptionConfiguration", "PutLifecycleConfiguration", "PutReplicationConfiguration",
                                        "ReplicateObject", "RestoreObject"))))
                        .rationale("Turning off access logging, publishing a bucket as a website or changing its encryption are"
                                + " quiet steps before data leaves; low, as a record for the investigation. Lifecycle and"
                                + " replication changes are CIS CloudWatch.8's.")
                        .attack("T1537", "T1562.008").sigma("aws_s3_data_management_tampering")
                        .fires("panther:AWS.S3.DisableBucketLogging/Bucket Logging Disabled Successfully")
                        .misses("panther:AWS.S3.BucketPolicyModified/S3 Bucket Policy Modified", "a policy: CIS")
                        .sets(SET).build(),
                rule("insider-managed-compute-changes", LOW, "EKS cluster or Glue development endpoint created, changed or deleted")
                        .pattern(pattern(or(
                                and(eq("eventSource", "eks.amazonaws.com"), oneOf("eventName", "CreateCluster", "DeleteCluster")),
                                and(eq("eventSource", "glue.amazonaws.com"),
                                        oneOf("eventName", "CreateDevEndpoint", "UpdateDevEndpoint", "DeleteDevEndpoint")))))
                        .rationale("Both run code with a role passed to them: a Glue development endpoint with an admin role is"
                                + " a known privilege escalation, a new cluster a place to hide workloads. Low: routine for"
                                + " platform teams.")
                        .attack("T1548", "T1610")
                        .sigma("aws_eks_cluster_created_or_deleted", "aws_passed_role_to_glue_development_endpoint")
                        .fires("doc:eks-create-cluster")
                        .fires("doc:glue-create-dev-endpoint")
                        .misses("panther:AWS.CloudTrail.Account.Discovery/DescribeAccount", "unrelated")
                        .sets(SET).build());
    }
}
