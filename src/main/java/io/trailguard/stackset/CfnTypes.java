package io.trailguard.stackset;

import io.trailguard.member.MemberSpecs;
import io.trailguard.member.MemberTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How each Pulumi type of member monitoring is declared in a CloudFormation template: its CloudFormation type, and
 * for each Pulumi input the CloudFormation property (or properties) it becomes. Property names are those of the
 * CloudFormation resource reference page cited per type. Two Pulumi shapes have no one-to-one counterpart: a topic's
 * {@code policy} is an {@code AWS::SNS::TopicPolicy} of its own, and an {@code EventTarget} is an entry in its rule's
 * {@code Targets} ({@link MemberTemplate} does both).
 */
public final class CfnTypes {

    /** @param jsonDocuments Pulumi inputs holding a JSON document that the CloudFormation property takes as an object */
    public record Mapping(String cfnType, String reference, Map<String, Function<Object, Map<String, Object>>> properties,
                          Set<String> jsonDocuments) {}

    private static final String REF = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/";

    private static final Map<String, Mapping> BY_PULUMI_TYPE = new LinkedHashMap<>();

    static {
        put(MemberTypes.LOG_GROUP, "AWS::Logs::LogGroup", "aws-resource-logs-loggroup.html", Set.of(),
                "name", rename("LogGroupName"), "retentionInDays", rename("RetentionInDays"));
        put(MemberTypes.KMS_KEY, "AWS::KMS::Key", "aws-resource-kms-key.html", Set.of("policy"),
                "description", rename("Description"), "enableKeyRotation", rename("EnableKeyRotation"),
                "deletionWindowInDays", rename("PendingWindowInDays"), "policy", rename("KeyPolicy"));
        put(MemberTypes.KMS_ALIAS, "AWS::KMS::Alias", "aws-resource-kms-alias.html", Set.of(),
                "name", rename("AliasName"), "targetKeyId", rename("TargetKeyId"));
        put(MemberTypes.TOPIC, "AWS::SNS::Topic", "aws-resource-sns-topic.html", Set.of("policy"),
                "name", rename("TopicName"), "displayName", rename("DisplayName"), "kmsMasterKeyId", rename("KmsMasterKeyId"));
        put(MemberTypes.METRIC_FILTER, "AWS::Logs::MetricFilter", "aws-resource-logs-metricfilter.html", Set.of(),
                "name", rename("FilterName"), "logGroupName", rename("LogGroupName"), "pattern", rename("FilterPattern"),
                "metricTransformation", fn(v -> Map.of("MetricTransformations", List.of(renamed(v,
                        Map.of("name", "MetricName", "namespace", "MetricNamespace", "value", "MetricValue"))))));
        put(MemberTypes.METRIC_ALARM, "AWS::CloudWatch::Alarm", "aws-resource-cloudwatch-alarm.html", Set.of(),
                "name", rename("AlarmName"), "alarmDescription", rename("AlarmDescription"), "namespace", rename("Namespace"),
                "metricName", rename("MetricName"), "statistic", rename("Statistic"), "period", rename("Period"),
                "evaluationPeriods", rename("EvaluationPeriods"), "datapointsToAlarm", rename("DatapointsToAlarm"),
                "threshold", rename("Threshold"), "comparisonOperator", rename("ComparisonOperator"),
                "treatMissingData", rename("TreatMissingData"), "alarmActions", rename("AlarmActions"), "okActions", rename("OKActions"),
                "dimensions", fn(v -> Map.of("Dimensions", dimensions(v))));
        put(MemberTypes.COMPOSITE_ALARM, "AWS::CloudWatch::CompositeAlarm", "aws-resource-cloudwatch-compositealarm.html", Set.of(),
                "alarmName", rename("AlarmName"), "alarmDescription", rename("AlarmDescription"), "alarmRule", rename("AlarmRule"),
                "alarmActions", rename("AlarmActions"),
                "actionsSuppressor", fn(v -> renamed(v, Map.of("alarm", "ActionsSuppressor", "waitPeriod", "ActionsSuppressorWaitPeriod",
                        "extensionPeriod", "ActionsSuppressorExtensionPeriod"))));
        put(MemberTypes.ROLE, "AWS::IAM::Role", "aws-resource-iam-role.html", Set.of("assumeRolePolicy"),
                "name", rename("RoleName"), "description", rename("Description"), "assumeRolePolicy", rename("AssumeRolePolicyDocument"));
        put(MemberTypes.ROLE_POLICY, "AWS::IAM::RolePolicy", "aws-resource-iam-rolepolicy.html", Set.of("policy"),
                "role", rename("RoleName"), "name", rename("PolicyName"), "policy", rename("PolicyDocument"));
        put(MemberTypes.TRAIL, "AWS::CloudTrail::Trail", "aws-resource-cloudtrail-trail.html", Set.of(),
                "name", rename("TrailName"), "s3BucketName", rename("S3BucketName"), "s3KeyPrefix", rename("S3KeyPrefix"),
                "kmsKeyId", rename("KMSKeyId"), "isMultiRegionTrail", rename("IsMultiRegionTrail"),
                "includeGlobalServiceEvents", rename("IncludeGlobalServiceEvents"), "enableLogFileValidation", rename("EnableLogFileValidation"),
                "enableLogging", rename("IsLogging"), "cloudWatchLogsGroupArn", rename("CloudWatchLogsLogGroupArn"),
                "cloudWatchLogsRoleArn", rename("CloudWatchLogsRoleArn"),
                "advancedEventSelectors", fn(v -> Map.of("AdvancedEventSelectors", selectors(v))));
        // PolicyDocument of AWS::Logs::ResourcePolicy is a String, not a JSON object.
        put(MemberTypes.LOG_RESOURCE_POLICY, "AWS::Logs::ResourcePolicy", "aws-resource-logs-resourcepolicy.html", Set.of(),
                "policyName", rename("PolicyName"), "policyDocument", rename("PolicyDocument"));
        put(MemberTypes.EVENT_RULE, "AWS::Events::Rule", "aws-resource-events-rule.html", Set.of("eventPattern"),
                "name", rename("Name"), "description", rename("Description"), "eventBusName", rename("EventBusName"),
                "eventPattern", rename("EventPattern"), "state", rename("State"));
        // An entry of AWS::Events::Rule Targets (aws-properties-events-rule-target.html); "rule" names the entry's rule.
        put(MemberTypes.EVENT_TARGET, "AWS::Events::Rule.Target", "aws-properties-events-rule-target.html", Set.of(),
                "targetId", rename("Id"), "arn", rename("Arn"), "roleArn", rename("RoleArn"), "rule", fn(v -> Map.of()));
        put(MemberTypes.SCHEDULE_GROUP, "AWS::Scheduler::ScheduleGroup", "aws-resource-scheduler-schedulegroup.html", Set.of(),
                "name", rename("Name"));
        // FlexibleTimeWindow (aws-properties-scheduler-schedule-flexibletimewindow.html), Target
        // (aws-properties-scheduler-schedule-target.html) and its RetryPolicy (aws-properties-scheduler-schedule-retrypolicy.html).
        put(MemberTypes.SCHEDULE, "AWS::Scheduler::Schedule", "aws-resource-scheduler-schedule.html", Set.of(),
                "name", rename("Name"), "groupName", rename("GroupName"), "description", rename("Description"),
                "scheduleExpression", rename("ScheduleExpression"), "state", rename("State"),
                "flexibleTimeWindow", fn(v -> Map.of("FlexibleTimeWindow", renamed(v, Map.of("mode", "Mode")))),
                "target", fn(v -> Map.of("Target", scheduleTarget(v))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> scheduleTarget(Object value) {
        Map<String, Object> in = new LinkedHashMap<>((Map<String, Object>) value);
        Object retry = in.remove("retryPolicy");
        Map<String, Object> out = renamed(in, Map.of("arn", "Arn", "roleArn", "RoleArn", "input", "Input"));
        if (retry != null) {
            out.put("RetryPolicy", renamed(retry, Map.of("maximumEventAgeInSeconds", "MaximumEventAgeInSeconds",
                    "maximumRetryAttempts", "MaximumRetryAttempts")));
        }
        return out;
    }

    /** The CloudFormation type of a topic's policy: {@code PolicyDocument} and {@code Topics} (aws-resource-sns-topicpolicy.html). */
    public static final String TOPIC_POLICY = "AWS::SNS::TopicPolicy";
    public static final String TOPIC_POLICY_REFERENCE = REF + "aws-resource-sns-topicpolicy.html";

    private CfnTypes() {}

    public static Mapping of(String pulumiType) {
        Mapping m = BY_PULUMI_TYPE.get(pulumiType);
        if (m == null) {
            throw new IllegalArgumentException("no CloudFormation mapping for " + pulumiType);
        }
        return m;
    }

    public static Set<String> pulumiTypes() {
        return BY_PULUMI_TYPE.keySet();
    }

    /** The CloudFormation properties of a resource's Pulumi inputs (values unchanged but for nesting and names). */
    public static Map<String, Object> properties(String pulumiType, Map<String, Object> inputs) {
        Mapping m = of(pulumiType);
        Map<String, Object> out = new LinkedHashMap<>();
        inputs.forEach((k, v) -> {
            var f = m.properties().get(k);
            if (f == null) {
                throw new IllegalArgumentException(pulumiType + ": input " + k + " has no CloudFormation property in " + m.reference());
            }
            out.putAll(f.apply(v));
        });
        return out;
    }

    private static void put(String pulumiType, String cfnType, String page, Set<String> json, Object... kv) {
        Map<String, Function<Object, Map<String, Object>>> props = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            Function<Object, Map<String, Object>> f = (Function<Object, Map<String, Object>>) kv[i + 1];
            props.put((String) kv[i], f);
        }
        BY_PULUMI_TYPE.put(pulumiType, new Mapping(cfnType, REF + page, props, json));
    }

    private static Function<Object, Map<String, Object>> fn(Function<Object, Map<String, Object>> f) {
        return f;
    }

    private static Function<Object, Map<String, Object>> rename(String property) {
        return v -> Map.of(property, v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> renamed(Object value, Map<String, String> names) {
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<String, Object>) value).forEach((k, v) -> {
            String n = names.get(k);
            if (n == null) {
                throw new IllegalArgumentException("no CloudFormation property for " + k);
            }
            out.put(n, v);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> dimensions(Object value) {
        List<Object> out = new ArrayList<>();
        new java.util.TreeMap<>((Map<String, Object>) value).forEach((k, v) -> out.add(MemberSpecs.inputs("Name", k, "Value", v)));
        return out;
    }

    // AdvancedEventSelector: Name, FieldSelectors; AdvancedFieldSelector: Field, Equals, StartsWith, ...
    // (aws-properties-cloudtrail-trail-advancedeventselector.html, aws-properties-cloudtrail-trail-advancedfieldselector.html)
    @SuppressWarnings("unchecked")
    private static List<Object> selectors(Object value) {
        List<Object> out = new ArrayList<>();
        for (Object s : (List<Object>) value) {
            Map<String, Object> sel = (Map<String, Object>) s;
            List<Object> fields = new ArrayList<>();
            for (Object f : (List<Object>) sel.get("fieldSelectors")) {
                fields.add(renamed(f, Map.of("field", "Field", "equals", "Equals", "startsWiths", "StartsWith")));
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("Name", sel.get("name"));
            o.put("FieldSelectors", fields);
            out.add(o);
        }
        return out;
    }
}
