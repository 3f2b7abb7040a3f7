package io.trailguard.member;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.sns.Topic;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.trailguard.config.Account;
import io.trailguard.detect.Rule;
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

        List<ResourceSpec> specs = MemberSpecs.of(topology, args.adminRoles(), account, args.rules(), args.providers().keySet());
        var resources = new SpecResources(name, args.providers(), this, Map.of(), Map.of(MemberSpecs.TRAIL_KEY_ARN, args.trailKeyArn()));
        // Ordering only: CloudTrail checks the bucket and key policies when an account trail is created.
        resources.registerAll(specs, Map.of(MemberSpecs.TRAIL, args.foundation()));
        var logGroup = (LogGroup) resources.get(MemberSpecs.LOG_GROUP);
        var topicKey = (Key) resources.get(MemberSpecs.TOPIC_KEY);
        var topic = (Topic) resources.get("local-topic");
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
}
