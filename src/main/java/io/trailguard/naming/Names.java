package io.trailguard.naming;

/**
 * Every AWS name and ARN trailguard creates, derived only from the stack's {@link Topology} so that member stacks,
 * SCPs and policies can refer to foundation resources without Output plumbing, and so that no name depends on the
 * order of a list.
 */
public final class Names {

    /** The session name of every provider's assumed deploy role: what CloudTrail shows as the deploy's identity. */
    public static final String DEPLOY_SESSION_NAME = "trailguard";

    /** Prefix of every name trailguard gives an AWS resource; the ProtectMonitoring SCP keys on it. */
    public static final String PREFIX = "trailguard";
    public static final String METRIC_NAMESPACE = "Trailguard";
    public static final String MEMBER_LOG_GROUP = "/" + PREFIX + "/cloudtrail";
    public static final String CENTRAL_LOG_GROUP = "/" + PREFIX + "/organization-trail";
    public static final String MEMBER_TRAIL = PREFIX + "-account-trail";
    public static final String LOCAL_TOPIC = PREFIX + "-local-alerts";
    public static final String TRAIL_KEY_ALIAS = "alias/" + PREFIX + "-trail";
    public static final String ALERTS_KEY_ALIAS = "alias/" + PREFIX + "-alerts";
    public static final String LOCAL_TOPIC_KEY_ALIAS = "alias/" + PREFIX + "-local-alerts";
    /** S3 key prefix of every account trail in the trail bucket; CloudTrail appends {@code AWSLogs/<account>/}. */
    public static final String MEMBER_TRAIL_PREFIX = "account-trails";
    public static final String MEMBER_TRAIL_ROLE = PREFIX + "-account-trail-delivery";
    /** EventBridge rule in the home region that writes CloudTrail events to the member log group. */
    public static final String EVENTS_TO_LOGS_RULE = PREFIX + "-cloudtrail-to-logs";
    /** EventBridge rule in every other region that forwards CloudTrail events to the home region's default bus. */
    public static final String EVENTS_FORWARD_RULE = PREFIX + "-cloudtrail-forward";
    public static final String EVENTS_FORWARD_ROLE = PREFIX + "-eventbridge-forward";
    public static final String EVENTS_LOG_RESOURCE_POLICY = PREFIX + "-eventbridge-to-logs";
    /** The heartbeat alarm of a log group that rules read (the central one adds {@code -organization-trail}). */
    public static final String HEARTBEAT_ALARM = PREFIX + "-heartbeat";
    /** The forwarding heartbeat of an EventBridge-feed account: its role, and per forward region a schedule group and schedule. */
    public static final String HEARTBEAT_ROLE = PREFIX + "-forwarding-heartbeat";
    public static final String HEARTBEAT_SCHEDULE_GROUP = PREFIX + "-heartbeat";
    public static final String HEARTBEAT_SCHEDULE = PREFIX + "-forwarding-heartbeat";
    /** Glob matching the AWS names of every alarm trailguard creates. */
    public static final String ALARM_NAME_GLOB = PREFIX + "-*";

    /** Prefix of every response resource (EventBridge rules, runbooks, roles); ProtectMonitoring keys on {@link #PREFIX}. */
    public static final String RESPONSE_PREFIX = PREFIX + "-response-";
    /** The role EventBridge assumes to start a response runbook or forward a response's events to the home region. */
    public static final String RESPONSE_EVENTS_ROLE = RESPONSE_PREFIX + "events";

    private Names() {}

    /** The EventBridge rule of a detection rule's response, in every region of the account. */
    public static String responseRuleName(String ruleId) {
        return RESPONSE_PREFIX + ruleId;
    }

    /** The SSM Automation runbook of a response action ({@code restart-logging}, ...) and the role it runs as. */
    public static String responseRunbookName(String actionId) {
        return RESPONSE_PREFIX + actionId;
    }

    public static String responseRunbookRoleName(String actionId) {
        return RESPONSE_PREFIX + actionId;
    }

    /**
     * What EventBridge starts: the runbook's automation definition at its default version (Systems Manager user guide,
     * "Run automations based on EventBridge events", https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-cwe-target.html).
     */
    public static String automationDefinitionArn(String region, String accountId, String runbook) {
        return "arn:aws:ssm:" + region + ":" + accountId + ":automation-definition/" + runbook + ":$DEFAULT";
    }

    public static String ssmDocumentArn(String region, String accountId, String document) {
        return "arn:aws:ssm:" + region + ":" + accountId + ":document/" + document;
    }

    public static String orgTrailArn(Topology t) {
        return "arn:aws:cloudtrail:" + t.homeRegion() + ":" + t.managementAccountId() + ":trail/" + t.trailName();
    }

    public static String trailBucketArn(Topology t) {
        return "arn:aws:s3:::" + t.trailBucket();
    }

    public static String accessLogBucketArn(Topology t) {
        return "arn:aws:s3:::" + t.accessLogBucket();
    }

    public static String alertsKeyAliasArn(Topology t, String region) {
        return "arn:aws:kms:" + region + ":" + t.securityAccountId() + ":" + ALERTS_KEY_ALIAS;
    }

    public static String defaultEventBusArn(String region, String accountId) {
        return "arn:aws:events:" + region + ":" + accountId + ":event-bus/default";
    }

    public static String eventRuleArn(String region, String accountId, String ruleName) {
        return "arn:aws:events:" + region + ":" + accountId + ":rule/" + ruleName;
    }

    /** ARN pattern of trailguard's alarms in an account ({@code *} for every account) and region. */
    public static String alarmArnPattern(String region, String accountId) {
        return "arn:aws:cloudwatch:" + region + ":" + accountId + ":alarm:" + ALARM_NAME_GLOB;
    }

    /** The heartbeat alarm of one forward region's path: {@code trailguard-heartbeat-<region>}. */
    public static String forwardingHeartbeatAlarm(String region) {
        return HEARTBEAT_ALARM + "-" + region;
    }

    public static String scheduleGroupArn(String region, String accountId, String group) {
        return "arn:aws:scheduler:" + region + ":" + accountId + ":schedule-group/" + group;
    }

    public static String centralLogGroupArn(Topology t) {
        return logGroupArn(t.homeRegion(), t.logArchiveAccountId(), CENTRAL_LOG_GROUP);
    }

    public static String memberLogGroupArn(String region, String accountId) {
        return logGroupArn(region, accountId, MEMBER_LOG_GROUP);
    }

    public static String logGroupArn(String region, String accountId, String logGroup) {
        return "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + logGroup;
    }

    /** @param severity a severity's id ({@code critical}, {@code high}, ...) */
    public static String centralTopicName(String severity) {
        return PREFIX + "-alerts-" + severity;
    }

    public static String centralTopicArn(Topology t, String region, String severity) {
        return "arn:aws:sns:" + region + ":" + t.securityAccountId() + ":" + centralTopicName(severity);
    }

    public static String localTopicArn(String region, String accountId) {
        return "arn:aws:sns:" + region + ":" + accountId + ":" + LOCAL_TOPIC;
    }

    public static String memberTrailArn(String homeRegion, String accountId) {
        return "arn:aws:cloudtrail:" + homeRegion + ":" + accountId + ":trail/" + MEMBER_TRAIL;
    }

    /** AWS metric-filter and alarm name of a rule in an account. */
    public static String ruleResourceName(String ruleId) {
        return PREFIX + "-" + ruleId;
    }

    public static String defaultTrailBucket(String logArchiveAccountId, String homeRegion) {
        return PREFIX + "-trail-" + logArchiveAccountId + "-" + homeRegion;
    }

    public static String defaultAccessLogBucket(String logArchiveAccountId, String homeRegion) {
        return PREFIX + "-access-logs-" + logArchiveAccountId + "-" + homeRegion;
    }

    /** The StackSet of a member profile: CreateStackSet names start with a letter, then letters, digits and hyphens. */
    public static String memberStackSet(String profile) {
        return PREFIX + "-members-" + profile;
    }

    /** The bucket in the StackSets administrator account holding templates over the inline body limit. */
    public static String stackSetTemplateBucket(String adminAccountId, String homeRegion) {
        return PREFIX + "-stackset-templates-" + adminAccountId + "-" + homeRegion;
    }

    /** A template object's key: its content hash, so a new template is a new object and the preview shows the rollout. */
    public static String stackSetTemplateKey(String profile, String sha256) {
        return "member-templates/" + profile + "/" + sha256 + ".json";
    }

    /** The virtual-hosted-style URL CloudFormation reads a {@code TemplateURL} from. */
    public static String s3ObjectUrl(String bucket, String region, String key) {
        return "https://" + bucket + ".s3." + region + ".amazonaws.com/" + key;
    }
}
