package io.trailguard.member;

import io.trailguard.config.Account;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.detect.Severity;
import io.trailguard.detect.Supersession;
import io.trailguard.iam.AdminRoles;
import io.trailguard.member.ResourceSpec.Ref;
import io.trailguard.naming.Names;
import io.trailguard.naming.Topology;
import io.trailguard.trail.TrailSelectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything one account's monitoring is made of, as {@link ResourceSpec}s: its log group, local topic and key, its
 * feed (account trail or EventBridge, with the forwarding heartbeat of each forward region), a metric filter and alarm
 * per rule (composites for superseded rules) and the heartbeat. {@link MemberMonitoring} registers these in
 * {@code stacks} mode; a StackSet template declares the same list, built with the account id left to CloudFormation.
 */
public final class MemberSpecs {

    /** Where a StackSet template puts the id of the account it is deployed to ({@code Fn::Sub} resolves it). */
    public static final String ACCOUNT_ID_VARIABLE = "${AWS::AccountId}";
    /**
     * The account id a profile's specs are built with, replaced by {@link #ACCOUNT_ID_VARIABLE} when the template is
     * rendered. Twelve digits, so every rule, pattern and ARN check accepts it as the account id it stands for (a
     * pattern's regex admits no {@code ${...}}); config may use it for no real account ({@code StackSetCheck}).
     */
    public static final String TEMPLATE_ACCOUNT_ID = "000000000000";

    private final Topology topology;
    private final Account account;
    private final String home;
    private final List<ResourceSpec> out = new ArrayList<>();

    private MemberSpecs(Topology topology, Account account) {
        this.topology = topology;
        this.account = account;
        this.home = topology.homeRegion();
    }

    /**
     * @param feedRegions the regions the account's feed needs ({@link FeedRegions}), home included
     */
    public static List<ResourceSpec> of(Topology topology, AdminRoles adminRoles, Account account, List<Rule> rules,
                                        Set<String> feedRegions) {
        MemberSpecs s = new MemberSpecs(topology, account);
        s.local(adminRoles);
        Feed feed = account.monitoring().feed();
        switch (feed) {
            case TRAIL -> s.trailFeed();
            case EVENTBRIDGE -> s.eventBridgeFeed(new TreeSet<>(feedRegions));
        }
        s.ruleAlarms(rules, feed);
        s.heartbeat();
        return List.copyOf(s.out);
    }

    private void local(AdminRoles adminRoles) {
        // Removing an account from config must never delete its evidence.
        add(LOG_GROUP, MemberTypes.LOG_GROUP, home, inputs(
                "name", Names.MEMBER_LOG_GROUP,
                "retentionInDays", account.monitoring().logRetentionDays()), List.of(), true);
        add(TOPIC_KEY, MemberTypes.KMS_KEY, home, inputs(
                "description", "trailguard: encrypts the local alert topic of " + account.name(),
                "enableKeyRotation", true,
                "deletionWindowInDays", 30,
                "policy", LocalTopicKeyPolicy.of(adminRoles, home, account.id()).toJson()));
        add("local-topic-key-alias", MemberTypes.KMS_ALIAS, home, inputs(
                "name", Names.LOCAL_TOPIC_KEY_ALIAS,
                "targetKeyId", new Ref(TOPIC_KEY, Ref.KEY_ID)));
        add("local-topic", MemberTypes.TOPIC, home, inputs(
                "name", Names.LOCAL_TOPIC,
                "displayName", "trailguard alerts for " + account.name(),
                "kmsMasterKeyId", new Ref(TOPIC_KEY, Ref.ARN),
                "policy", LocalTopicPolicy.of(home, account.id()).toJson()));
    }

    /**
     * The trail feed: a multi-region account trail whose events reach the log group through a least-privilege role,
     * and whose log files go to the archive bucket under {@link Names#MEMBER_TRAIL_PREFIX}, encrypted with the archive
     * key given by its ARN.
     */
    private void trailFeed() {
        String id = account.id();
        add(TRAIL_ROLE, MemberTypes.ROLE, home, inputs(
                "name", Names.MEMBER_TRAIL_ROLE,
                "description", "trailguard: CloudTrail delivers the account trail to " + Names.MEMBER_LOG_GROUP,
                "assumeRolePolicy", AccountTrailDeliveryPolicies.trust(home, id).toJson()));
        add(TRAIL_ROLE_POLICY, MemberTypes.ROLE_POLICY, home, inputs(
                "role", new Ref(TRAIL_ROLE, Ref.NAME),
                "name", "write-account-log-group",
                "policy", AccountTrailDeliveryPolicies.permissions(home, id).toJson()));
        add(TRAIL, MemberTypes.TRAIL, home, inputs(
                "name", Names.MEMBER_TRAIL,
                "s3BucketName", topology.trailBucket(),
                "s3KeyPrefix", Names.MEMBER_TRAIL_PREFIX,
                // The key's ARN, never its alias: CloudTrail stores the ARN, so an alias would show a change on every
                // preview (hashicorp/terraform-provider-aws#33928).
                "kmsKeyId", new ResourceSpec.External(TRAIL_KEY_ARN),
                "isMultiRegionTrail", true,
                "includeGlobalServiceEvents", true,
                "enableLogFileValidation", true,
                "enableLogging", true,
                // CloudTrail takes the log group ARN with the ":*" stream wildcard.
                "cloudWatchLogsGroupArn", Names.memberLogGroupArn(home, id) + ":*",
                "cloudWatchLogsRoleArn", new Ref(TRAIL_ROLE, Ref.ARN),
                "advancedEventSelectors", selectors()), List.of(TRAIL_ROLE_POLICY, LOG_GROUP), false);
    }

    private List<Object> selectors() {
        List<Object> out = new ArrayList<>();
        for (TrailSelectors.Selector s : AccountTrailSelectors.of(account)) {
            List<Object> fields = new ArrayList<>();
            for (TrailSelectors.Field f : s.fields()) {
                fields.add(inputs("field", f.field(), AccountTrailSelectors.inputName(f.operator()), f.values()));
            }
            out.add(inputs("fieldSelectors", fields, "name", s.name()));
        }
        return out;
    }

    /**
     * The EventBridge feed: in the home region a default-bus rule writes CloudTrail events into the log group (allowed
     * by a Logs resource policy); in every other feed region a rule forwards them to the home region's default bus
     * through a role. No second trail copy, seconds of latency, one provider per region.
     */
    private void eventBridgeFeed(TreeSet<String> regions) {
        String id = account.id();
        add(EVENTS_LOG_POLICY, MemberTypes.LOG_RESOURCE_POLICY, home, inputs(
                "policyName", Names.EVENTS_LOG_RESOURCE_POLICY,
                "policyDocument", EventsToLogsPolicy.of(home, id).toJson()));
        String toLogs = "events-" + home + "-to-logs";
        eventRule(toLogs, home, Names.EVENTS_TO_LOGS_RULE, "trailguard: CloudTrail events of every feed region into " + Names.MEMBER_LOG_GROUP);
        add(toLogs + "-target", MemberTypes.EVENT_TARGET, home, inputs(
                "rule", new Ref(toLogs, Ref.NAME),
                "targetId", "member-log-group",
                "arn", Names.memberLogGroupArn(home, id)), List.of(LOG_GROUP, EVENTS_LOG_POLICY), false);
        List<String> others = regions.stream().filter(r -> !r.equals(home)).toList();
        if (others.isEmpty()) {
            return;
        }
        add(FORWARD_ROLE, MemberTypes.ROLE, home, inputs(
                "name", Names.EVENTS_FORWARD_ROLE,
                "description", "trailguard: EventBridge forwards CloudTrail events to the " + home + " default bus",
                "assumeRolePolicy", EventForwardingPolicies.trust(id).toJson()));
        add(FORWARD_ROLE_POLICY, MemberTypes.ROLE_POLICY, home, inputs(
                "role", new Ref(FORWARD_ROLE, Ref.NAME),
                "name", "put-events-home-bus",
                "policy", EventForwardingPolicies.permissions(home, id).toJson()));
        for (String region : others) {
            String forward = "events-" + region + "-forward";
            eventRule(forward, region, Names.EVENTS_FORWARD_RULE, "trailguard: forward CloudTrail events to the " + home + " default bus");
            add(forward + "-target", MemberTypes.EVENT_TARGET, region, inputs(
                    "rule", new Ref(forward, Ref.NAME),
                    "targetId", "home-region-bus",
                    "arn", Names.defaultEventBusArn(home, id),
                    "roleArn", new Ref(FORWARD_ROLE, Ref.ARN)), List.of(FORWARD_ROLE_POLICY), false);
        }
        out.addAll(ForwardingHeartbeat.specs(home, id, MemberMonitoring.label(account), others, List.of(criticalTopic()), LOG_GROUP));
    }

    private void eventRule(String specId, String region, String awsName, String description) {
        add(specId, MemberTypes.EVENT_RULE, region, inputs(
                "name", awsName,
                "description", description,
                "eventBusName", "default",
                "eventPattern", CloudTrailEventPattern.json(),
                "state", CloudTrailEventPattern.RULE_STATE));
    }

    private void ruleAlarms(List<Rule> rules, Feed feed) {
        Supersession supersession = Supersession.forMemberLogGroup(rules);
        out.addAll(RuleAlarms.specs(home, Names.MEMBER_LOG_GROUP, feed, MemberMonitoring.label(account), rules,
                rule -> MemberMonitoring.alarmActions(topology, account, rule, supersession), supersession, LOG_GROUP));
    }

    private void heartbeat() {
        out.add(HeartbeatAlarm.spec("heartbeat", home, Names.HEARTBEAT_ALARM, Names.MEMBER_LOG_GROUP, MemberMonitoring.label(account),
                List.of(criticalTopic()), LOG_GROUP));
    }

    private String criticalTopic() {
        return Names.centralTopicArn(topology, home, Severity.CRITICAL.id());
    }

    /** The trail key's ARN, from the foundation (see {@link ResourceSpec.External}). */
    public static final String TRAIL_KEY_ARN = "TrailKeyArn";
    static final String LOG_GROUP = "log-group";
    static final String TOPIC_KEY = "local-topic-key";
    static final String TRAIL = "trail";
    private static final String TRAIL_ROLE = "trail-delivery-role";
    private static final String TRAIL_ROLE_POLICY = "trail-delivery-policy";
    private static final String EVENTS_LOG_POLICY = "events-to-logs-policy";
    private static final String FORWARD_ROLE = "events-forward-role";
    private static final String FORWARD_ROLE_POLICY = "events-forward-policy";

    private void add(String id, String type, String region, Map<String, Object> inputs) {
        add(id, type, region, inputs, List.of(), false);
    }

    private void add(String id, String type, String region, Map<String, Object> inputs, List<String> dependsOn, boolean retain) {
        out.add(new ResourceSpec(id, type, region, inputs, dependsOn, retain));
    }

    /** Key-value pairs in order; a null value leaves the key out. */
    public static Map<String, Object> inputs(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
