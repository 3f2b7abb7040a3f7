import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { logGroupRetention } from "../policies/logGroupRetention";
import { metricFilterHasAlarm } from "../policies/metricFilterHasAlarm";
import { T } from "../lib/resources";
import { validateResource, validateStack, Violation } from "./harness";
import { foundation, named } from "./fixtures";

const messages = (o: Violation[] | "not applicable") => (o as Violation[]).map(v => v.message);
const logGroup = (retentionInDays?: number) => ({ type: T.logGroup, name: "g", props: { name: "/trailguard/cloudtrail", retentionInDays } });

describe("log-group-retention", () => {
    it("passes 90 days", async () => {
        assert.deepEqual(await validateResource(logGroupRetention, logGroup(90)), []);
    });
    it("flags a log group that keeps events forever by omission", async () => {
        assert.match(messages(await validateResource(logGroupRetention, logGroup(undefined)))[0], /retentionInDays must be set/);
    });
    it("flags a value CloudWatch Logs rejects", async () => {
        assert.match(messages(await validateResource(logGroupRetention, logGroup(100)))[0], /not a value CloudWatch Logs accepts/);
    });
    it("flags retention below the configured minimum", async () => {
        assert.deepEqual(await validateResource(logGroupRetention, logGroup(90), { minRetentionDays: 90 }), []);
        assert.match(messages(await validateResource(logGroupRetention, logGroup(60), { minRetentionDays: 90 }))[0], /below the minimum of 90/);
    });
});

describe("metric-filter-has-alarm", () => {
    it("passes a filter with an alarm on its metric that notifies a topic", async () => {
        assert.deepEqual(await validateStack(metricFilterHasAlarm, foundation()), []);
    });
    it("flags a filter without an alarm", async () => {
        const stack = foundation().filter(r => r.type !== T.metricAlarm);
        const found = await validateStack(metricFilterHasAlarm, stack) as Violation[];
        assert.deepEqual(found.map(v => v.message), ["metric filter root-usage-filter: no alarm on Trailguard/root-usage"]);
        assert.equal(found[0].urn, "urn:pulumi:test::trailguard::aws:cloudwatch/logMetricFilter:LogMetricFilter::root-usage-filter");
    });
    it("flags an alarm on the metric without actions", async () => {
        const stack = foundation();
        named(stack, "root-usage-alarm").props.alarmActions = [];
        assert.match(messages(await validateStack(metricFilterHasAlarm, stack))[0], /has no alarmActions/);
    });
    it("flags an alarm whose actions are disabled", async () => {
        const stack = foundation();
        named(stack, "root-usage-alarm").props.actionsEnabled = false;
        assert.equal(messages(await validateStack(metricFilterHasAlarm, stack)).length, 1);
    });
    it("does not count an alarm on the same metric name in another account", async () => {
        const stack = foundation();
        named(stack, "root-usage-alarm").provider = "member-444444444444";
        assert.match(messages(await validateStack(metricFilterHasAlarm, stack))[0], /no alarm on/);
    });
    it("does not count an alarm on another namespace", async () => {
        const stack = foundation();
        named(stack, "root-usage-alarm").props.namespace = "Other";
        assert.equal(messages(await validateStack(metricFilterHasAlarm, stack)).length, 1);
    });
    it("accepts an alarm without actions that a notifying composite alarm fires on", async () => {
        const stack = foundation();
        const alarm = named(stack, "root-usage-alarm");
        const actions = alarm.props.alarmActions;
        alarm.props.alarmActions = [];
        stack.push({ type: T.compositeAlarm, name: "root-usage-notify", provider: alarm.provider, props: {
            alarmName: "trailguard-root-usage-notify", alarmRule: `ALARM("trailguard-root-usage")`, alarmActions: actions,
            actionsSuppressor: { alarm: "trailguard-stop-logging", waitPeriod: 120, extensionPeriod: 300 } } });
        assert.deepEqual(await validateStack(metricFilterHasAlarm, stack), []);
    });
    it("flags a composite that does not notify, needs another alarm too, or sits in another account", async () => {
        for (const change of [
            (c: any) => { c.props.alarmActions = []; },
            (c: any) => { c.props.alarmRule = `ALARM("trailguard-root-usage") AND ALARM("other")`; },
            (c: any) => { c.provider = "member-444444444444"; },
        ]) {
            const stack = foundation();
            const alarm = named(stack, "root-usage-alarm");
            const composite: any = { type: T.compositeAlarm, name: "root-usage-notify", provider: alarm.provider, props: {
                alarmName: "trailguard-root-usage-notify", alarmRule: `ALARM("trailguard-root-usage")`, alarmActions: alarm.props.alarmActions } };
            alarm.props.alarmActions = [];
            change(composite);
            stack.push(composite);
            assert.match(messages(await validateStack(metricFilterHasAlarm, stack))[0], /has no alarmActions/);
        }
    });
    it("accepts an alarm that reads the metric through a metric query", async () => {
        const stack = foundation();
        const alarm = named(stack, "root-usage-alarm");
        delete alarm.props.metricName;
        delete alarm.props.namespace;
        alarm.props.metricQueries = [{ id: "m1", returnData: true, metric: { metricName: "root-usage", namespace: "Trailguard", period: 300, stat: "Sum" } }];
        assert.deepEqual(await validateStack(metricFilterHasAlarm, stack), []);
    });
});
