package io.trailguard.detect;

import io.trailguard.detect.GuardedResource.Type;
import java.util.Map;
import java.util.Set;

/**
 * The CloudTrail event names a guarded resource's {@code allow} map may list, per resource type: data-plane
 * operations (logged as data events, or for KMS and Secrets Manager as read management events) plus the
 * management operations that act on that one resource. Config validation rejects anything else, which catches
 * typos that would otherwise make a rule silently never fire.
 */
public final class GuardedOperations {

    private static final Map<Type, Set<String>> KNOWN = Map.of(
            Type.DYNAMODB_TABLE, Set.of("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem",
                    "BatchWriteItem", "TransactGetItems", "TransactWriteItems", "ExecuteStatement", "BatchExecuteStatement",
                    "ExecuteTransaction", "DescribeTable", "UpdateTable", "DeleteTable", "ExportTableToPointInTime",
                    "CreateBackup", "RestoreTableToPointInTime", "UpdateTimeToLive", "PutResourcePolicy", "DeleteResourcePolicy"),
            Type.LAMBDA_FUNCTION, Set.of("Invoke", "GetFunction", "GetFunctionConfiguration", "UpdateFunctionCode20150331v2",
                    "UpdateFunctionConfiguration20150331v2", "DeleteFunction20150331", "AddPermission20150331v2",
                    "RemovePermission20150331v2", "PublishVersion20150331", "CreateAlias20150331", "UpdateAlias20150331",
                    "PutFunctionConcurrency20171031", "CreateFunctionUrlConfig20211031", "UpdateFunctionUrlConfig20211031"),
            Type.KMS_KEY, Set.of("Decrypt", "Encrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GenerateDataKeyPair",
                    "GenerateDataKeyPairWithoutPlaintext", "ReEncrypt", "Sign", "Verify", "GenerateMac", "VerifyMac", "DescribeKey",
                    "CreateGrant", "RetireGrant", "RevokeGrant", "PutKeyPolicy", "DisableKey", "EnableKey", "ScheduleKeyDeletion",
                    "CancelKeyDeletion", "EnableKeyRotation", "DisableKeyRotation", "GetKeyPolicy"),
            Type.S3_BUCKET, Set.of("GetObject", "PutObject", "DeleteObject", "DeleteObjects", "CopyObject", "HeadObject",
                    "GetObjectAcl", "PutObjectAcl", "RestoreObject", "SelectObjectContent", "CreateMultipartUpload", "UploadPart",
                    "UploadPartCopy", "CompleteMultipartUpload", "AbortMultipartUpload", "ListObjects", "ListObjectsV2",
                    "ListObjectVersions", "ListBucket", "GetObjectTagging", "PutObjectTagging", "DeleteObjectTagging",
                    "GetBucketPolicy", "PutBucketPolicy", "DeleteBucketPolicy", "PutBucketAcl", "PutBucketLifecycle",
                    "PutBucketVersioning", "PutBucketReplication", "DeleteBucket"),
            Type.SECRET, Set.of("GetSecretValue", "BatchGetSecretValue", "DescribeSecret", "PutSecretValue", "UpdateSecret",
                    "RotateSecret", "DeleteSecret", "RestoreSecret", "PutResourcePolicy", "DeleteResourcePolicy",
                    "GetResourcePolicy", "ListSecretVersionIds", "UpdateSecretVersionStage"));

    private GuardedOperations() {}

    /** The event names valid in an {@code allow} map for this type. */
    public static Set<String> known(Type type) {
        return KNOWN.get(type);
    }
}
