package io.trailguard.config;

import java.util.List;
import java.util.Set;

/** AWS values that config is checked against. */
public final class AwsLimits {

    private AwsLimits() {}

    /**
     * Commercial-partition regions ({@code aws}). GovCloud and China are other partitions with other ARNs and
     * are not supported.
     */
    public static final List<String> REGIONS = List.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "af-south-1",
            "ap-east-1", "ap-east-2", "ap-south-1", "ap-south-2",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ca-central-1", "ca-west-1",
            "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2", "eu-north-1",
            "il-central-1", "me-south-1", "me-central-1", "mx-central-1", "sa-east-1");

    /** The only values CloudWatch Logs accepts for {@code retentionInDays} (PutRetentionPolicy API reference). */
    public static final List<Integer> LOG_RETENTION_DAYS = List.of(
            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    /** S3 lifecycle transition targets that make sense for audit logs. */
    public static final Set<String> TRANSITION_STORAGE_CLASSES = Set.of(
            "STANDARD_IA", "INTELLIGENT_TIERING", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE");

    /** CloudTrail Insights types. */
    public static final Set<String> INSIGHT_TYPES = Set.of("ApiCallRateInsight", "ApiErrorRateInsight");

    /** Management event sources an advanced selector may exclude. */
    public static final Set<String> EXCLUDABLE_MANAGEMENT_SOURCES = Set.of("kms.amazonaws.com", "rdsdata.amazonaws.com");

    /** Common data-event resource types for advanced event selectors. */
    public static final Set<String> DATA_EVENT_RESOURCE_TYPES = Set.of(
            "AWS::S3::Object", "AWS::S3::AccessPoint", "AWS::S3ObjectLambda::AccessPoint", "AWS::S3Outposts::Object",
            "AWS::DynamoDB::Table", "AWS::DynamoDB::Stream", "AWS::Lambda::Function", "AWS::KMS::Key",
            "AWS::SecretsManager::Secret", "AWS::SNS::Topic", "AWS::SQS::Queue", "AWS::SSM::ManagedNode",
            "AWS::Glue::Table", "AWS::Bedrock::AgentAlias", "AWS::Bedrock::KnowledgeBase", "AWS::Bedrock::Model",
            "AWS::CloudTrail::Channel", "AWS::EC2::Snapshot", "AWS::Cognito::IdentityPool",
            "AWS::ManagedBlockchain::Node", "AWS::SageMaker::Endpoint", "AWS::SageMaker::FeatureGroup");

    /** Object Lock retention AWS accepts, in days. */
    public static final int MAX_OBJECT_LOCK_DAYS = 36_500;

    /**
     * SCP quotas: 5,120 characters per policy and 5 policies per root, OU or account are documented
     * (docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html); AWS raised them to 10,240 and
     * 10 on 2026-05-15 (terraform-provider-aws#38788, FogSecurity/aws-size#71, LZA PR #1120). A configured limit
     * above the raised quota would let a policy through that AWS rejects.
     */
    public static final int SCP_MAX_CHARS_QUOTA = 10_240;
    public static final int SCP_MAX_PER_TARGET_QUOTA = 10;

    /**
     * AWS Organizations account names: 1-50 characters, printable ASCII (CreateAccount {@code AccountName}, pattern
     * {@code [\u0020-\u007E]+}, docs.aws.amazon.com/organizations/latest/APIReference/API_CreateAccount.html).
     */
    public static final int ACCOUNT_NAME_MAX = 50;

    /** Email addresses: 254 characters at most (RFC 5321 path limit), as SNS email subscriptions carry them. */
    public static final int EMAIL_MAX = 254;

    /**
     * CloudFormation and StackSets limits of stackset mode ("Understand CloudFormation quotas",
     * docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html): a template body passed
     * inline ({@code TemplateBody}) is at most 51,200 bytes, a template in S3 ({@code TemplateURL}) at most 1 MB;
     * 500 resources and 200 parameters per template, a parameter value at most 4,096 bytes; 100,000 stack instances per
     * stack set. The stored copy of the quotas page read offline is the archived one (awsdocs/aws-cloudformation-user-guide
     * doc_source/cloudformation-limits.md), which still lists 51,200 bytes inline, 460,800 bytes in S3, 200 resources, 60
     * parameters and 2,000 instances: the S3, resource, parameter and instance figures here are the current page's,
     * unverified offline, and the smaller archived S3 size is the one enforced.
     */
    public static final int STACKSET_TEMPLATE_BODY_MAX_BYTES = 51_200;
    public static final int STACKSET_TEMPLATE_URL_MAX_BYTES = 460_800;
    public static final int STACKSET_RESOURCES_PER_TEMPLATE = 500;
    public static final int STACKSET_PARAMETERS_PER_TEMPLATE = 200;
    public static final int STACKSET_PARAMETER_VALUE_MAX_BYTES = 4_096;
    public static final int STACKSET_INSTANCES_PER_STACK_SET = 100_000;
    /**
     * "The maximum number of organizational unit (OUs) supported by a CreateStackInstances operation is 50"
     * (docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateStackInstances.html): one stack set instance
     * resource targets at most 50 OUs.
     */
    public static final int STACKSET_OUS_PER_OPERATION = 50;
    /**
     * StackSetOperationPreferences: MaxConcurrentPercentage 1-100, FailureTolerancePercentage 0-100
     * (docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackSetOperationPreferences.html).
     */
    public static final int STACKSET_MAX_CONCURRENT_PERCENTAGE_MIN = 1;
    public static final int STACKSET_PERCENTAGE_MAX = 100;
}
