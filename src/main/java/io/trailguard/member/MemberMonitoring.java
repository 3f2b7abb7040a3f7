package io.trailguard.member;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.cloudwatch.LogGroupArgs;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.trailguard.config.Account;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.detect.Severity;
import io.trailguard.detect.Supersession;
import io.trailguard.naming.Names;
import io.trailguard.naming.Topology;
import io.trailguard.providers.RequiredProvider;
import java.util.List;
import java.util.Map;

/**
 * Detection in one member account: its feed (account trail or EventBridge), the log group the feed fills, a metric
 * filter and alarm per rule, and a local topic. Alarms notify the local topic and the central topic of the rule's
 * severity in the same region. Everything central is named from config, so the account plans and deploys on its
 * own ({@code scope: accounts:<id>}).
 */
public final class MemberMonitoring extends ComponentResource {

    public static final String TYPE = "trailguard:member:MemberMonitoring";

    /** The account's log group, which its metric filters read. */
    public final Output<String> logGroupName;
    /** The account's own alert topic, which its alarms notify first. */
    public final Output<String> localTopicArn;
    public final Output<String> localTopicKeyArn;

    /**
     * @param options must carry the account's home-region provider, the one in {@code args.providers()}; the home
     *                region's children inherit it, a feed's other regions use their own
     */
    public MemberMonitoring(String name, MemberMonitoringArgs args, ComponentResourceOptions options) {
        super(TYPE, name, RequiredProvider.in(options, "MemberMonitoring", "account's home-region"));
        Topology topology = args.topology();
        Account account = args.account();
        String home = topology.homeRegion();
        Provider homeProvider = args.providers().get(home);
        if (RequiredProvider.of(options, "MemberMonitoring", "account's home-region") != homeProvider) {
            throw new IllegalArgumentException("MemberMonitoring for " + account.id() + ": the options' provider is not the account's home-region provider in args");
        }

        // Removing an account from config must never delete its evidence.
        var logGroup = new LogGroup(name + "-log-group", LogGroupArgs.builder()
                .name(Names.MEMBER_LOG_GROUP)
                .retentionInDays(account.monitoring().logRetentionDays())
                .build(), opts().retainOnDelete(true).build());
        var topicKey = new Key(name + "-local-topic-key", KeyArgs.builder()
                .description("trailguard: encrypts the local alert topic of " + account.name())
                .enableKeyRotation(true)
                .deletionWindowInDays(30)
                .policy(LocalTopicKeyPolicy.of(args.adminRoles(), home, account.id()).toJson())
                .build(), opts().build());
        new Alias(name + "-local-topic-key-alias", AliasArgs.builder()
                .name(Names.LOCAL_TOPIC_KEY_ALIAS)
                .targetKeyId(topicKey.keyId())
                .build(), opts().build());
        var topic = new Topic(name + "-local-topic", TopicArgs.builder()
                .name(Names.LOCAL_TOPIC)
                .displayName("trailguard alerts for " + account.name())
                .kmsMasterKeyId(topicKey.arn())
                .policy(LocalTopicPolicy.of(home, account.id()).toJson())
                .build(), opts().build());

        Feed feed = account.monitoring().feed();
        switch (feed) {
            case TRAIL -> AccountTrailFeed.create(name, topology, account, homeProvider, this, logGroup, args.foundation(), args.trailKeyArn());
            case EVENTBRIDGE -> EventBridgeFeed.create(name, home, account, args.providers(), this, logGroup);
        }

        var target = new RuleAlarms.Target(name, Names.MEMBER_LOG_GROUP, feed, label(account), homeProvider, this, logGroup);
        Supersession supersession = Supersession.forMemberLogGroup(args.rules());
        RuleAlarms.create(target, args.rules(), rule -> alarmActions(topology, account, rule, supersession), supersession);
        HeartbeatAlarm.create(name + "-heartbeat", Names.HEARTBEAT_ALARM, Names.MEMBER_LOG_GROUP, label(account),
                List.of(Names.centralTopicArn(topology, home, Severity.CRITICAL.id())), homeProvider, this, logGroup);
        this.logGroupName = logGroup.name();
        this.localTopicArn = topic.arn();
        this.localTopicKeyArn = topicKey.arn();
        registerOutputs(Map.of("logGroup", logGroupName, "localTopicArn", localTopicArn, "localTopicKeyArn", localTopicKeyArn));
    }

    /**
     * The account's own topic first, then the central topic of the rule's severity in the alarm's region; the central
     * topic is left out when a backstop rule already pages centrally for the same events.
     */
    static List<String> alarmActions(Topology topology, Account account, Rule rule, Supersession supersession) {
        String region = topology.homeRegion();
        String local = Names.localTopicArn(region, account.id());
        return supersession.centrallyCovered(rule) ? List.of(local)
                : List.of(local, Names.centralTopicArn(topology, region, rule.severity().id()));
    }

    static String label(Account account) {
        return "account " + account.name() + " (" + account.id() + ")";
    }

    private CustomResourceOptions.Builder opts() {
        return CustomResourceOptions.builder().parent(this);
    }
}
