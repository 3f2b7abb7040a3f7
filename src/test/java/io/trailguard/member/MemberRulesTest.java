package io.trailguard.member;

import static io.trailguard.member.StackPlans.list;
import static io.trailguard.member.StackPlans.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.Account;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Catalogue;
import io.trailguard.detect.Feed;
import io.trailguard.detect.GuardedResourceRules;
import io.trailguard.detect.Rule;
import io.trailguard.detect.Severity;
import io.trailguard.detect.Supersession;
import io.trailguard.stack.RuleSelection;
import io.trailguard.naming.Names;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.stack.ComponentArgs;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filters, alarms and their routing, per account, for both project stacks. */
class MemberRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachAccountHasOneFilterAndOneAlarmPerRuleItDeploys(String stack) {
        Plan plan = StackPlans.plan(stack);
        for (Account a : plan.config().accounts()) {
            Set<String> expected = RuleSelection.forAccount(plan.config(), a).stream().map(Rule::id).collect(Collectors.toSet());
            assertEquals(expected, ruleIds(memberOnly(ofType(plan, Types.FILTER, a.id()), a)), a.name() + " filters");
            assertEquals(expected, ruleIds(memberOnly(ofType(plan, Types.ALARM, a.id()), a)), a.name() + " alarms");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyFilterPatternIsTheCatalogueRenderingForTheAccountsFeed(String stack) {
        Plan plan = StackPlans.plan(stack);
        for (Account a : plan.config().accounts()) {
            Feed feed = a.monitoring().feed();
            for (PlannedResource f : memberOnly(ofType(plan, Types.FILTER, a.id()), a)) {
                Rule rule = deployed(plan, a, f);
                assertEquals(rule.render(feed), f.inputs().get("pattern"), a.name() + " " + rule.id());
                assertEquals(Names.MEMBER_LOG_GROUP, f.inputs().get("logGroupName"));
                Map<String, Object> metric = StackPlans.map(f.inputs().get("metricTransformation"));
                assertEquals(rule.metricName(), metric.get("name"));
                assertEquals(Names.METRIC_NAMESPACE, metric.get("namespace"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void alarmsNotifyTheLocalTopicAndTheCentralTopicOfTheRuleSeverityInTheirRegion(String stack) {
        Plan plan = StackPlans.plan(stack);
        StackConfig c = plan.config();
        Set<String> plannedTopics = plan.ofType(Types.TOPIC).stream()
                .map(t -> "arn:aws:sns:" + t.region() + ":" + t.account() + ":" + t.inputs().get("name"))
                .collect(Collectors.toSet());
        Map<String, PlannedResource> composites = plan.ofType(Types.COMPOSITE_ALARM).stream()
                .collect(Collectors.toMap(r -> r.account() + "/" + r.inputs().get("alarmName"), r -> r));
        int suppressed = 0;
        for (Account a : c.accounts()) {
            Supersession supersession = Supersession.of(RuleSelection.forAccount(c, a), RuleSelection.backstop(c));
            for (PlannedResource alarm : memberOnly(ofType(plan, Types.ALARM, a.id()), a)) {
                Rule rule = deployed(plan, a, alarm);
                String local = "arn:aws:sns:" + alarm.region() + ":" + a.id() + ":" + Names.LOCAL_TOPIC;
                String central = "arn:aws:sns:" + alarm.region() + ":" + c.alerting().securityAccountId() + ":"
                        + Names.PREFIX + "-alerts-" + rule.severity().id();
                List<Object> expected = supersession.centrallyCovered(rule) ? List.of(local) : List.of(local, central);
                List<Object> actions = list(alarm.inputs().get("alarmActions"));
                if (supersession.suppressors(rule).isEmpty()) {
                    assertEquals(expected, actions, a.name() + " " + rule.id());
                } else {
                    suppressed++;
                    assertEquals(List.of(), actions, a.name() + " " + rule.id() + " notifies through its composite only");
                    PlannedResource notify = composites.get(a.id() + "/" + Names.ruleResourceName(rule.id()) + "-notify");
                    assertTrue(notify != null, a.name() + " " + rule.id() + " has a notifying composite alarm");
                    assertEquals("ALARM(\"" + Names.ruleResourceName(rule.id()) + "\")", notify.inputs().get("alarmRule"));
                    assertEquals(expected, list(notify.inputs().get("alarmActions")), a.name() + " " + rule.id());
                    assertSuppressedBy(composites, a, notify, supersession.suppressors(rule));
                }
                expected.forEach(t -> assertTrue(plannedTopics.contains(t), t + " is a topic of the plan"));
            }
        }
        assertTrue(suppressed > 0, "overlapping rules are deployed, so some alarms notify through composites");
    }

    /** The composite's ActionsSuppressor is the one superseding alarm, or a composite that ORs all of them. */
    private static void assertSuppressedBy(Map<String, PlannedResource> composites, Account a, PlannedResource notify, List<String> by) {
        Map<String, Object> suppressor = StackPlans.map(notify.inputs().get("actionsSuppressor"));
        String name = (String) suppressor.get("alarm");
        assertEquals(120L, suppressor.get("waitPeriod"));
        if (by.size() == 1) {
            assertEquals(Names.ruleResourceName(by.get(0)), name);
        } else {
            PlannedResource any = composites.get(a.id() + "/" + name);
            String rule = (String) any.inputs().get("alarmRule");
            by.forEach(id -> assertTrue(rule.contains("ALARM(\"" + Names.ruleResourceName(id) + "\")"), rule));
            assertEquals(by.size() - 1, rule.split(" OR ").length - 1, rule);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void alarmsTakeThresholdAndPeriodFromTheRuleAndTreatMissingDataAsNotBreaching(String stack) {
        Plan plan = StackPlans.plan(stack);
        for (Account a : plan.config().accounts()) {
            for (PlannedResource alarm : memberOnly(ofType(plan, Types.ALARM, a.id()), a)) {
                Rule rule = deployed(plan, a, alarm);
                var in = alarm.inputs();
                assertEquals((long) rule.threshold(), in.get("threshold"));
                assertEquals((long) rule.periodSeconds(), in.get("period"));
                assertEquals((long) rule.evaluationPeriods(), in.get("evaluationPeriods"));
                assertEquals("notBreaching", in.get("treatMissingData"));
                assertEquals("GreaterThanOrEqualToThreshold", in.get("comparisonOperator"));
                assertEquals(rule.metricName(), in.get("metricName"));
                String description = (String) in.get("alarmDescription");
                assertTrue(description.length() <= 1024, rule.id() + " description fits CloudWatch's limit");
                assertTrue(description.contains(rule.id()) && description.contains(a.id()) && description.contains(a.name()),
                        "the description names the rule and the account: " + description);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void alarmDescriptionsCarryAnInsightsQueryForTheFeedWheneverItFits(String stack) {
        Plan plan = StackPlans.plan(stack);
        long withQuery = 0;
        long all = 0;
        for (Account a : plan.config().accounts()) {
            for (PlannedResource alarm : memberOnly(ofType(plan, Types.ALARM, a.id()), a)) {
                Rule rule = deployed(plan, a, alarm);
                String description = (String) alarm.inputs().get("alarmDescription");
                String filter = AlarmDescription.filterStage(rule.insightsQuery(a.monitoring().feed()));
                all++;
                if (description.contains(filter)) {
                    withQuery++;
                }
            }
        }
        assertTrue(withQuery >= all * 99 / 100, withQuery + " of " + all + " alarm descriptions carry their query");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void trailFeedAccountsCarryEveryCisFilterVerbatimWithAnAlarmForSecurityHub(String stack) {
        Plan plan = StackPlans.plan(stack);
        Map<String, String> published = publishedCisPatterns();
        for (Account a : plan.config().accounts()) {
            if (a.monitoring().feed() != Feed.TRAIL || !a.monitoring().ruleSets().contains("cis")) {
                continue;
            }
            Map<String, Object> patterns = memberOnly(ofType(plan, Types.FILTER, a.id()), a).stream()
                    .collect(Collectors.toMap(MemberRulesTest::ruleId, f -> f.inputs().get("pattern")));
            Set<String> alarmed = ruleIds(memberOnly(ofType(plan, Types.ALARM, a.id()), a));
            published.forEach((id, pattern) -> {
                if (!a.monitoring().disabledRules().contains(id)) {
                    assertEquals(pattern, patterns.get(id), a.name() + " " + id + " as published");
                    assertTrue(alarmed.contains(id), a.name() + " alarms on " + id);
                }
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theBackstopWatchesTheCentralLogGroupAndPagesTheCriticalTopic(String stack) {
        Plan plan = StackPlans.plan(stack);
        StackConfig c = plan.config();
        String archive = c.logArchive().accountId();
        List<PlannedResource> filters = plan.ofType(Types.FILTER).stream().filter(f -> f.name().startsWith("backstop-")).toList();
        assertEquals(RuleSelection.backstop(c).stream().map(Rule::id).collect(Collectors.toSet()), ruleIds(filters));
        for (PlannedResource f : filters) {
            assertEquals(archive, f.account());
            assertEquals(Names.CENTRAL_LOG_GROUP, f.inputs().get("logGroupName"));
            assertEquals(RuleSelection.backstop(c).stream().filter(r -> r.id().equals(ruleId(f))).findFirst().orElseThrow().render(Feed.TRAIL), f.inputs().get("pattern"), f.name());
        }
        String critical = Names.centralTopicArn(ComponentArgs.topology(c), c.homeRegion(), Severity.CRITICAL.id());
        String low = Names.centralTopicArn(ComponentArgs.topology(c), c.homeRegion(), Severity.LOW.id());
        plan.ofType(Types.ALARM).stream().filter(al -> al.name().startsWith("backstop-"))
                // The heartbeat alarm is no rule: it pages critical too.
                .forEach(al -> assertEquals(List.of(Catalogue.byId(ruleId(al)).filter(r -> r.severity() == Severity.LOW).isPresent() ? low : critical),
                        list(al.inputs().get("alarmActions")), al.name()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void guardedResourceRulesRunOnlyInTheAccountOfTheirResource(String stack) {
        Plan plan = StackPlans.plan(stack);
        int guarded = 0;
        for (Account owner : plan.config().accounts()) {
            for (var resource : owner.guardedResources()) {
                String id = GuardedResourceRules.rule(resource).id();
                guarded++;
                for (Account a : plan.config().accounts()) {
                    boolean present = ruleIds(memberOnly(ofType(plan, Types.FILTER, a.id()), a)).contains(id)
                            && ruleIds(memberOnly(ofType(plan, Types.ALARM, a.id()), a)).contains(id);
                    assertEquals(a.id().equals(owner.id()), present, id + " in " + a.name());
                }
            }
        }
        assertEquals(stack.equals("prod"), guarded > 0, "prod guards resources, dev does not");
    }

    /** The rule an account's filter or alarm was made from, as the detection engine selects it for that account. */
    static Rule deployed(Plan plan, Account a, PlannedResource r) {
        String id = ruleId(r);
        return RuleSelection.forAccount(plan.config(), a).stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(r.name() + " deploys " + id + ", which is not selected for " + a.name()));
    }

    /** The Security Hub / CIS patterns as published (the detection engine's own test fixture). */
    static Map<String, String> publishedCisPatterns() {
        try {
            Map<String, String> out = new java.util.TreeMap<>();
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/detect/cis-published-patterns.tsv"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t", 2);
                    out.put(cols[0], cols[1]);
                }
            }
            assertTrue(out.size() >= 14, "CloudWatch.1-14 at least");
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<PlannedResource> memberOnly(List<PlannedResource> rs, Account a) {
        // The heartbeats watch the log group and the forwarding paths, not a rule (HeartbeatAlarmTest, ForwardingHeartbeatTest).
        String scope = "member-" + a.id() + "-";
        return rs.stream().filter(r -> r.name().startsWith(scope) && !r.name().endsWith("-heartbeat")
                && !r.name().startsWith(scope + "heartbeat-")).toList();
    }

    static String ruleId(PlannedResource r) {
        return ((String) r.inputs().get("name")).substring(Names.PREFIX.length() + 1);
    }

    static Set<String> ruleIds(List<PlannedResource> rs) {
        return rs.stream().map(MemberRulesTest::ruleId).collect(Collectors.toSet());
    }
}
