package io.trailguard.plan;

import io.trailguard.stack.Trailguard;
import io.trailguard.config.Account;
import io.trailguard.cost.CostEstimate;
import io.trailguard.cost.CostEstimator;
import io.trailguard.cost.StackSetAccounts;
import io.trailguard.detect.Feed;
import io.trailguard.stack.ComponentArgs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Per monitored account of a plan: its feed, the providers it needs, the rules and alarms it gets; and the cost
 * estimate of the whole plan. Counted from what the plan registered, not from config.
 *
 * @param providerRegions regions of the account's providers in the plan (each a plugin process at {@code pulumi up})
 */
public record MemberSummary(Account account, List<String> providerRegions, long rules, long alarms) {

    static final String FILTER = "aws:cloudwatch/logMetricFilter:LogMetricFilter";
    static final String ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
    static final String COMPOSITE = "aws:cloudwatch/compositeAlarm:CompositeAlarm";
    static final String KEY = "aws:kms/key:Key";
    static final String CFN_ALARM = "AWS::CloudWatch::Alarm";
    static final String CFN_COMPOSITE = "AWS::CloudWatch::CompositeAlarm";
    static final String CFN_KEY = "AWS::KMS::Key";
    static final String EVENT_RULE = "aws:cloudwatch/eventRule:EventRule";

    public static List<MemberSummary> of(Plan plan) {
        List<MemberSummary> out = new ArrayList<>();
        for (Account a : plan.config().accounts()) {
            String prefix = Trailguard.memberName(a) + "-";
            List<PlannedResource> mine = plan.cloudResources().stream().filter(r -> r.name().startsWith(prefix)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<String> regions = plan.providers().stream().filter(p -> p.account().equals(a.id()))
                    .map(PlannedResource::region).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
            long rules = mine.stream().filter(r -> r.type().equals(FILTER)).count();
            long alarms = mine.stream().filter(r -> r.type().equals(ALARM)).count();
            out.add(new MemberSummary(a, regions, rules, alarms));
        }
        return out;
    }

    /** The estimate with each member StackSet's accounts taken from config (see {@link StackSetExpansion}). */
    public static CostEstimate cost(Plan plan) {
        return cost(plan, StackSetExpansion.of(plan.config(), java.util.Optional.empty()));
    }

    /** The estimate, with the StackSets' accounts as {@code stackSets} expands them (an inventory's, or config's). */
    public static CostEstimate cost(Plan plan, List<StackSetExpansion> stackSets) {
        Map<String, Long> alarms = countByAccount(plan, ALARM);
        Map<String, Long> composites = countByAccount(plan, COMPOSITE);
        Map<String, Long> keys = countByAccount(plan, KEY);
        Map<String, List<String>> feeds = of(plan).stream().collect(Collectors.toMap(
                m -> m.account().id(), m -> ComponentArgs.feedRegions(plan.config(), m.account())));
        Map<String, Long> responses = new java.util.HashMap<>();
        for (Account a : plan.config().accounts()) {
            String prefix = Trailguard.responseName(a) + "-";
            long n = plan.cloudResources().stream().filter(r -> r.type().equals(EVENT_RULE) && r.name().startsWith(prefix)).count();
            if (n > 0) {
                responses.put(a.id(), n);
            }
        }
        List<StackSetAccounts> shared = stackSets.stream().map(e -> stackSetAccounts(plan, e)).toList();
        return new CostEstimator(plan.config(), alarms, composites, keys, feeds, responses, shared).estimate();
    }

    private static StackSetAccounts stackSetAccounts(Plan plan, StackSetExpansion e) {
        Feed feed = plan.config().members().stackSet().profiles().stream().filter(p -> p.name().equals(e.profile()))
                .findFirst().orElseThrow().monitoring().feed();
        return new StackSetAccounts(e.stackSet(), feed, e.regions(), e.count(CFN_ALARM), e.count(CFN_COMPOSITE), e.count(CFN_KEY),
                e.accounts());
    }

    private static Map<String, Long> countByAccount(Plan plan, String type) {
        return plan.ofType(type).stream().collect(Collectors.groupingBy(PlannedResource::account, Collectors.counting()));
    }
}
