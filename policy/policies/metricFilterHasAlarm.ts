import { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { asArray, known, T } from "../lib/resources";

interface Metric {
    name?: string;
    namespace?: string;
}

export const metricFilterHasAlarm: StackValidationPolicy = {
    name: "metric-filter-has-alarm",
    description: "Every metric filter has an alarm, through the same provider (account and region), on its metric and namespace, that notifies: with alarm actions enabled, or carried by a composite alarm that notifies whenever it is in ALARM. A filter nobody is alerted on detects nothing.",
    enforcementLevel: "mandatory",
    severity: "high",
    validateStack: (args, report) => {
        const filters = args.resources.filter(r => r.type === T.metricFilter);
        if (filters.length === 0) {
            args.notApplicable("no metric filters in this stack");
        }
        const alarms = args.resources.filter(r => r.type === T.metricAlarm);
        const composites = args.resources.filter(r => r.type === T.compositeAlarm);
        const notifies = (a: PolicyResource) => hasActions(a) || composites.some(c => sameProvider(c, a) && hasActions(c) && firesOn(c, a));
        for (const filter of filters) {
            const metric: Metric = known(() => filter.props.metricTransformation) ?? {};
            if (metric.name === undefined || metric.namespace === undefined) {
                continue; // unknown in preview; checked again at up
            }
            const onMetric = alarms.filter(a => sameProvider(a, filter) && alarmMetrics(a).some(m => m.name === metric.name && m.namespace === metric.namespace));
            if (onMetric.length === 0) {
                report(`metric filter ${filter.name}: no alarm on ${metric.namespace}/${metric.name}`, filter.urn);
            } else if (!onMetric.some(notifies)) {
                report(`metric filter ${filter.name}: alarm ${onMetric.map(a => a.name).join(", ")} on ${metric.namespace}/${metric.name} has no alarmActions (or actionsEnabled is false)`, filter.urn);
            }
        }
    },
};

function alarmMetrics(alarm: PolicyResource): Metric[] {
    const direct = { name: alarm.props.metricName, namespace: alarm.props.namespace };
    const fromQueries = asArray<any>(alarm.props.metricQueries)
        .map(q => q?.metric)
        .filter(m => m !== undefined)
        .map(m => ({ name: m.metricName, namespace: m.namespace }));
    return [direct, ...fromQueries];
}

function hasActions(alarm: PolicyResource): boolean {
    const actions = known(() => alarm.props.alarmActions);
    // Actions whose ARNs are still unknown in preview count as present.
    const present = actions === undefined ? "alarmActions" in alarm.props : asArray(actions).length > 0;
    return present && alarm.props.actionsEnabled !== false;
}

/**
 * True when the composite's rule is ALARM(...) terms joined by OR, one of them naming the alarm: the composite is
 * then in ALARM whenever the alarm is (composite rule syntax: CloudWatch user guide, Create-Composite-Alarm.html).
 * Its actions suppressor only holds a notification back while a superseding alarm, which notifies itself, is in ALARM.
 */
function firesOn(composite: PolicyResource, alarm: PolicyResource): boolean {
    const rule = known(() => composite.props.alarmRule);
    const name = known(() => alarm.props.name);
    if (typeof rule !== "string" || typeof name !== "string") {
        return false;
    }
    const terms = rule.split(/\s+OR\s+/);
    const named = terms.map(t => /^\s*ALARM\(\s*"?([^")]+?)"?\s*\)\s*$/.exec(t)?.[1]);
    return named.every(n => n !== undefined) && named.includes(name);
}

function sameProvider(a: PolicyResource, b: PolicyResource): boolean {
    return a.provider?.urn === b.provider?.urn;
}
