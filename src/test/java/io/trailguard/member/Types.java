package io.trailguard.member;

/** Pulumi type tokens the tests look for. */
final class Types {
    static final String TRAIL = "aws:cloudtrail/trail:Trail";
    static final String LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup";
    static final String FILTER = "aws:cloudwatch/logMetricFilter:LogMetricFilter";
    static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    static final String COMPOSITE_ALARM = "aws:cloudwatch/compositeAlarm:CompositeAlarm";
    static final String EVENT_RULE = "aws:cloudwatch/eventRule:EventRule";
    static final String EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";
    static final String LOG_RESOURCE_POLICY = "aws:cloudwatch/logResourcePolicy:LogResourcePolicy";
    static final String TOPIC = "aws:sns/topic:Topic";
    static final String ROLE = "aws:iam/role:Role";
    static final String ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";

    private Types() {}
}
