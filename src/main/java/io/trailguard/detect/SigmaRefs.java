package io.trailguard.detect;

import static io.trailguard.detect.SigmaRefs.Fidelity.APPROXIMATED;
import static io.trailguard.detect.SigmaRefs.Fidelity.EXACT;
import static io.trailguard.detect.SigmaRefs.Fidelity.NARROWED;
import static io.trailguard.detect.SigmaRefs.Fidelity.NOT_PORTED;
import static io.trailguard.detect.SigmaRefs.Fidelity.PARTIAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SigmaHQ CloudTrail rules (SigmaHQ/sigma {@value #COMMIT}, {@code rules/cloud/aws/cloudtrail/}) that trailguard
 * measures its catalogue against, with the attribution the Detection Rule License 1.1 asks of derived rules: the
 * Sigma id, its authors and a link to the source. Each entry says how faithfully trailguard ports it and why; a rule
 * that ports one names it with {@link RuleBuilder#sigma}.
 */
public final class SigmaRefs {

    public static final String COMMIT = "8eaafff1f2845a696050e05e72ba1140ee190698";
    public static final String LICENSE = "Detection Rule License (DRL) 1.1";

    /** How a trailguard rule relates to the Sigma rule's condition. */
    public enum Fidelity {
        /** Same events (possibly with failed attempts too, which only adds evidence). */
        EXACT,
        /** A subset of Sigma's events, for a stated reason. */
        NARROWED,
        /** Sigma compares fields or searches a whole object; the port tests what a filter can. */
        APPROXIMATED,
        /** Part of the condition is ported, part deliberately left out. */
        PARTIAL,
        /** Not ported, for the stated reason. */
        NOT_PORTED
    }

    /**
     * One Sigma rule.
     *
     * @param file   file name without {@code .yml} in {@code rules/cloud/aws/cloudtrail/}
     * @param note   what the port could not express or chose to leave out; empty when nothing
     */
    public record Sigma(String file, String id, String title, String author, Fidelity fidelity, String note) {
        public String url() {
            return "https://github.com/SigmaHQ/sigma/blob/" + COMMIT + "/rules/cloud/aws/cloudtrail/" + file + ".yml";
        }
    }

    private static final Map<String, Sigma> BY_FILE = index(List.of(
            entry("aws_cloudtrail_bedrock_guardrail_deleted", "59b70e4d-dd17-44a9-b740-acf07ae3eb6a", "AWS Bedrock Guardrail Deleted",
                    "Marco Pedrinazzi (@pedrinazziM) (InTheCyber)", EXACT, ""),
            entry("aws_cloudtrail_bedrock_guardrail_updated", "1c722651-254a-4b04-a9f4-99b62a2d0a1f", "AWS Bedrock Guardrail Updated",
                    "Marco Pedrinazzi (@pedrinazziM) (InTheCyber)", EXACT, ""),
            entry("aws_cloudtrail_bucket_deleted", "39c9f26d-6e3b-4dbb-9c7a-4154b0281112", "AWS Bucket Deleted",
                    "Ivan Saakov, Nasreddine Bencherchali", EXACT, ""),
            entry("aws_cloudtrail_console_login_failed_authentication", "6393e346-1977-46ef-8987-ad414a145fad", "AWS ConsoleLogin Failed Authentication",
                    "Ivan Saakov, Nasreddine Bencherchali", EXACT, ""),
            entry("aws_cloudtrail_console_login_success_without_mfa", "77caf516-34e5-4df9-b4db-20744fea0a60", "AWS Successful Console Login Without MFA",
                    "Thuya@Hacktilizer, Ivan Saakov", NARROWED, "CIS CloudWatch.3 (IAM users; root sign-in has its own rules): verbatim CIS pattern, which Security Hub credits"),
            entry("aws_cloudtrail_disable_logging", "4db60cc0-36fb-42b7-9b58-a5b53019fb74", "AWS CloudTrail Important Change",
                    "vitaliy0x1", EXACT, ""),
            entry("aws_cloudtrail_guardduty_detector_deleted_or_updated", "d2656e78-c069-4571-8220-9e0ab5913f19", "AWS GuardDuty Detector Deleted Or Updated",
                    "suktech24", EXACT, "attempts included: a denied DeleteDetector shows intent"),
            entry("aws_cloudtrail_imds_malicious_usage", "352a918a-34d8-4882-8470-44830c507aa3", "Malicious Usage Of IMDS Credentials Outside Of AWS Infrastructure",
                    "jamesc-grafana", EXACT, "the `.+:assumed-role/aws:.+` regex is a glob here, so no regex is spent"),
            entry("aws_cloudtrail_new_acl_entries", "e1f7febb-7b94-4234-b5c6-00fb8500f5dd", "New Network ACL Entry Added",
                    "jamesc-grafana", EXACT, "inside CIS CloudWatch.11 (network ACL changes)"),
            entry("aws_cloudtrail_new_route_added", "c803b2ce-c4a2-4836-beae-b112010390b1", "New Network Route Added",
                    "jamesc-grafana", EXACT, "inside CIS CloudWatch.13 (route table changes)"),
            entry("aws_cloudtrail_pua_trufflehog", "a840e606-7c8c-4684-9bc1-eb6b6155127f", "PUA - AWS TruffleHog Execution",
                    "Swachchhanda Shrawan Poudel (Nextron Systems)", EXACT, ""),
            entry("aws_cloudtrail_region_enabled", "a5ffb6ea-c784-4e01-b30a-deb6e58ca2ab", "AWS EnableRegion Command Monitoring",
                    "Ivan Saakov, Sergey Zelenskiy", EXACT, ""),
            entry("aws_cloudtrail_security_group_change_ingress_egress", "6fb77778-040f-4015-9440-572aa9b6b580", "Ingress/Egress Security Group Modification",
                    "jamesc-grafana", EXACT, "inside CIS CloudWatch.10 (security group changes)"),
            entry("aws_cloudtrail_security_group_change_loadbalancer", "7a4409fc-f8ca-45f6-8006-127d779eaad9", "LoadBalancer Security Group Modification",
                    "jamesc-grafana", EXACT, ""),
            entry("aws_cloudtrail_security_group_change_rds", "14f3f1c8-02d5-43a2-a191-91ffb52d3015", "RDS Database Security Group Modification",
                    "jamesc-grafana", EXACT, ""),
            entry("aws_cloudtrail_ssm_malicious_usage", "38e7f511-3f74-41d4-836e-f57dfa18eead", "Potential Malicious Usage of CloudTrail System Manager",
                    "jamesc-grafana", EXACT, "attempts included (the Sigma rule keeps successes only); StartSession too"),
            entry("aws_cloudtrail_vpc_flow_logs_deleted", "e386b9b5-af12-450e-afff-761730fb8a98", "AWS VPC Flow Logs Deleted",
                    "Ivan Saakov", EXACT, ""),
            entry("aws_config_disable_recording", "07330162-dba1-4746-8121-a9647d49d297", "AWS Config Disabling Channel/Recorder",
                    "vitaliy0x1", EXACT, ""),
            entry("aws_console_getsignintoken", "f8103686-e3e8-46f3-be72-65f7fcb4aa53", "AWS Console GetSigninToken Potential Abuse",
                    "Chester Le Bron (@123Le_Bron)", EXACT, ""),
            entry("aws_delete_identity", "20f754db-d025-4a8f-9d74-e0037e999a9a", "SES Identity Has Been Deleted",
                    "Janantha Marasinghe", EXACT, ""),
            entry("aws_delete_saml_provider", "ccd6a6c8-bb4e-4a91-9d2a-07e632819374", "AWS SAML Provider Deletion Activity",
                    "Ivan Saakov", EXACT, "Sigma's `status: success` is no errorCode in CloudTrail"),
            entry("aws_disable_bucket_versioning", "a136ac98-b2bc-4189-a14d-f0d0388e57a7", "AWS S3 Bucket Versioning Disable",
                    "Sean Johnstone | Unit 42", EXACT, ""),
            entry("aws_ec2_disable_encryption", "16124c2d-e40b-4fcc-8f2c-5ab7870a2223", "AWS EC2 Disable EBS Encryption",
                    "Sittikorn S", EXACT, ""),
            entry("aws_ec2_import_key_pair_activity", "92f84194-8d9a-4ee0-8699-c30bfac59780", "AWS Key Pair Import Activity",
                    "Ivan Saakov", EXACT, ""),
            entry("aws_ec2_startup_script_change", "1ab3c5ed-5baf-417b-bb6b-78ca33f6c3df", "AWS EC2 Startup Shell Script Change",
                    "faloker", EXACT, ""),
            entry("aws_ec2_vm_export_failure", "54b9a76a-3c71-4673-b4b3-2edb4566ea7b", "AWS EC2 VM Export Failure",
                    "Diogo Braz", APPROXIMATED, "Sigma drops calls whose responseElements contains \"Failure\" anywhere; a filter cannot search a whole object, so only errorCode and errorMessage are tested"),
            entry("aws_ecs_task_definition_cred_endpoint_query", "b94bf91e-c2bf-4047-9c43-c6810f43baad", "AWS ECS Task Definition That Queries The Credential Endpoint",
                    "Darin Smith", NARROWED, "DescribeTaskDefinition carries no containerDefinitions in its request, so only RegisterTaskDefinition and RunTask (overrides) can match; the first container and the first override are checked"),
            entry("aws_efs_fileshare_modified_or_deleted", "25cb1ba1-8a19-4a23-a198-d252664c8cef", "AWS EFS Fileshare Modified or Deleted",
                    "Austin Songer @austinsonger", EXACT, ""),
            entry("aws_efs_fileshare_mount_modified_or_deleted", "6a7ba45c-63d8-473e-9736-2eaabff79964", "AWS EFS Fileshare Mount Modified or Deleted",
                    "Austin Songer @austinsonger", EXACT, ""),
            entry("aws_eks_cluster_created_or_deleted", "33d50d03-20ec-4b74-a74e-1e65a38af1c0", "AWS EKS Cluster Created or Deleted",
                    "Austin Songer", EXACT, ""),
            entry("aws_elasticache_security_group_created", "4ae68615-866f-4304-b24b-ba048dfa5ca7", "AWS ElastiCache Security Group Created",
                    "Austin Songer @austinsonger", EXACT, ""),
            entry("aws_elasticache_security_group_modified_or_deleted", "7c797da2-9cf2-4523-ba64-33b06339f0cc", "AWS ElastiCache Security Group Modified or Deleted",
                    "Austin Songer @austinsonger", EXACT, ""),
            entry("aws_enum_buckets", "f305fd62-beca-47da-ad95-7690a0620084", "Potential Bucket Enumeration on AWS",
                    "Christopher Peacock @securepeacock, SCYTHE @scythe_io", EXACT, ""),
            entry("aws_guardduty_disruption", "6e61ee20-ce00-4f8d-8aee-bedd8216f7e3", "AWS GuardDuty Important Change",
                    "faloker", EXACT, ""),
            entry("aws_iam_backdoor_users_keys", "0a5177f4-6ca9-44c2-aacf-d3f3d8b6e4d2", "AWS IAM Backdoor Users Keys",
                    "faloker", APPROXIMATED, "the Sigma rule compares userIdentity.arn with the target user name (cross-field): a filter cannot, so the rule fires whenever a target user is named"),
            entry("aws_iam_s3browser_loginprofile_creation", "db014773-b1d3-46bd-ba26-133337c0ffee", "AWS IAM S3Browser LoginProfile Creation",
                    "daniel.bohannon@permiso.io (@danielhbohannon)", EXACT, ""),
            entry("aws_iam_s3browser_templated_s3_bucket_policy_creation", "db014773-7375-4f4e-b83b-133337c0ffee", "AWS IAM S3Browser Templated S3 Bucket Policy Creation",
                    "daniel.bohannon@permiso.io (@danielhbohannon)", APPROXIMATED, "`contains|all` of three strings over the whole requestParameters becomes the template placeholder in policyDocument"),
            entry("aws_iam_s3browser_user_or_accesskey_creation", "db014773-d9d9-4792-91e5-133337c0ffee", "AWS IAM S3Browser User or AccessKey Creation",
                    "daniel.bohannon@permiso.io (@danielhbohannon)", EXACT, ""),
            entry("aws_kms_import_key_material", "1279262f-1464-422f-ac0d-5b545320c526", "AWS KMS Imported Key Material Usage",
                    "toopricey", EXACT, "ImportKeyMaterial here; DeleteImportedKeyMaterial in seed-kms-key-deletion"),
            entry("aws_lambda_function_url", "ec541962-c05a-4420-b9ea-84de072d18f4", "New AWS Lambda Function URL Configuration Created",
                    "Ivan Saakov", EXACT, ""),
            entry("aws_new_lambda_layer_attached", "97fbabf8-8e1b-47a2-b7d5-a418d2b95e3d", "AWS New Lambda Layer Attached",
                    "Austin Songer", EXACT, ""),
            entry("aws_passed_role_to_glue_development_endpoint", "4990c2e3-f4b8-45e3-bc3c-30b14ff0ed26", "AWS Glue Development Endpoint Activity",
                    "Austin Songer @austinsonger", EXACT, ""),
            entry("aws_rds_change_master_password", "8a63cdd4-6207-414a-85bc-7e032bd3c1a2", "AWS RDS Master Password Change",
                    "faloker", EXACT, "`contains: *` is \"present\": a wildcard that matches any value"),
            entry("aws_rds_dbcluster_actions", "457cc9ac-d8e6-4d1d-8c0e-251d0f11a74c", "Modification or Deletion of an AWS RDS Cluster",
                    "Ivan Saakov", EXACT, ""),
            entry("aws_rds_public_db_restore", "c3f265c7-ff03-4056-8ab2-d486227b4599", "Restore Public AWS RDS Instance",
                    "faloker", EXACT, ""),
            entry("aws_root_account_usage", "8ad1600d-e9dc-4251-b0ee-a65268f29add", "AWS Root Credentials",
                    "vitaliy0x1", EXACT, "CIS CloudWatch.1 also leaves out calls AWS makes on root's behalf (invokedBy)"),
            entry("aws_route_53_domain_transferred_lock_disabled", "3940b5f1-3f46-44aa-b746-ebe615b879e0", "AWS Route 53 Domain Transfer Lock Disabled",
                    "Elastic, Austin Songer @austinsonger", EXACT, "Route 53 Domains records eventSource route53domains.amazonaws.com; both spellings are matched"),
            entry("aws_route_53_domain_transferred_to_another_account", "b056de1a-6e6e-4e40-a67e-97c9808cf41b", "AWS Route 53 Domain Transferred to Another Account",
                    "Elastic, Austin Songer @austinsonger", EXACT, "Route 53 Domains records eventSource route53domains.amazonaws.com; both spellings are matched"),
            entry("aws_s3_data_management_tampering", "78b3756a-7804-4ef7-8555-7b9024a02e2d", "AWS S3 Data Management Tampering",
                    "Austin Songer @austinsonger", EXACT, "Sigma's action names plus the CloudTrail event names they stand for (PutBucketEncryption); PutBucketLifecycle and PutBucketReplication are CIS CloudWatch.8's"),
            entry("aws_securityhub_finding_evasion", "a607e1fe-74bf-4440-a3ec-b059b9103157", "AWS SecurityHub Findings Evasion",
                    "Sittikorn S", EXACT, ""),
            entry("aws_snapshot_backup_exfiltration", "abae8fec-57bd-4f87-aff6-6e3db989843d", "AWS Snapshot Backup Exfiltration",
                    "Darin Smith", NARROWED, "only attribute changes that add an account or make the snapshot public; removing a share is not exfiltration"),
            entry("aws_sso_idp_change", "d3adb3ef-b7e7-4003-9092-1924c797db35", "AWS Identity Center Identity Provider Change",
                    "Michael McIntyre @wtfender", EXACT, ""),
            entry("aws_sts_assumerole_misuse", "905d389b-b853-46d0-9d3d-dea0d3a3cd49", "AWS STS AssumeRole Misuse",
                    "Austin Songer @austinsonger", NOT_PORTED, "expressible, but the condition (any call by a role session) matches nearly every API call of an organization: a metric, not a detection"),
            entry("aws_sts_getcalleridentity_trufflehog", "9b1b8e9b-0a5d-4af1-9d2f-4c4b6e7c2c9d", "AWS STS GetCallerIdentity Enumeration Via TruffleHog",
                    "Adan Alvarez @adanalvarez", EXACT, ""),
            entry("aws_sts_getsessiontoken_misuse", "b45ab1d2-712f-4f01-a751-df3826969807", "AWS STS GetSessionToken Misuse",
                    "Austin Songer @austinsonger", EXACT, ""),
            entry("aws_susp_saml_activity", "f43f5d2f-3f2a-4cc8-b1af-81fde7dbaf0e", "AWS Suspicious SAML Activity",
                    "Austin Songer", PARTIAL, "UpdateSAMLProvider ported; AssumeRoleWithSAML is every SAML federated sign-in, so it is left out (no single event of it is suspicious)"),
            entry("aws_update_login_profile", "055fb148-60f8-462d-ad16-26926ce050f1", "AWS User Login Profile Was Modified",
                    "toffeebr33k", APPROXIMATED, "the Sigma rule compares userIdentity.arn with requestParameters.userName (cross-field): a filter cannot; users change their own password with ChangePassword, which the rule leaves out")));

    private SigmaRefs() {}

    public static List<Sigma> all() {
        return List.copyOf(BY_FILE.values());
    }

    static Sigma byFile(String file) {
        Sigma s = BY_FILE.get(file);
        if (s == null) {
            throw new IllegalArgumentException("no Sigma rule " + file);
        }
        return s;
    }

    public static Optional<Sigma> find(String file) {
        return Optional.ofNullable(BY_FILE.get(file));
    }

    private static Sigma entry(String file, String id, String title, String author, Fidelity fidelity, String note) {
        return new Sigma(file, id, title, author, fidelity, note);
    }

    private static Map<String, Sigma> index(List<Sigma> all) {
        Map<String, Sigma> m = new LinkedHashMap<>();
        all.forEach(s -> m.put(s.file(), s));
        return m;
    }
}
