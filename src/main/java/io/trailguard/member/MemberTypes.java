package io.trailguard.member;

/** Pulumi type tokens of the resources an account's monitoring is made of (pulumi-aws 6.83). */
public final class MemberTypes {

    public static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    public static final String KMS_KEY = "aws:kms/key:Key";
    public static final String KMS_ALIAS = "aws:kms/alias:Alias";
    public static final String TOPIC = "aws:sns/topic:Topic";
    public static final String METRIC_FILTER = "aws:cloudwatch/logMetricFilter:LogMetricFilter";
    public static final String METRIC_ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    public static final String COMPOSITE_ALARM = "aws:cloudwatch/compositeAlarm:CompositeAlarm";
    public static final String ROLE = "aws:iam/role:Role";
    public static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
    public static final String TRAIL = "aws:cloudtrail/trail:Trail";
    public static final String LOG_RESOURCE_POLICY = "aws:cloudwatch/logResourcePolicy:LogResourcePolicy";
    public static final String EVENT_RULE = "aws:cloudwatch/eventRule:EventRule";
    public static final String EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    public static final String SCHEDULE_GROUP = "aws:scheduler/scheduleGroup:ScheduleGroup";
    public static final String SCHEDULE = "aws:scheduler/schedule:Schedule";

    private MemberTypes() {}
}
