package io.trailguard.alerting;

import com.pulumi.aws.Provider;
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
import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.detect.Severity;
import io.trailguard.naming.Names;
import io.trailguard.providers.RequiredProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Central alert routing in the security account: per region in use, a KMS key and one topic per severity, each
 * topic open to the organization's trailguard alarms and subscribed to the SOC endpoints of its severity.
 */
public final class AlertRouting extends ComponentResource {

    public static final String TYPE = "trailguard:alerting:AlertRouting";

    /** Central topic ARN by region and severity ({@code <region>/<severity>}); alarms everywhere notify these. */
    public final Map<String, Output<String>> topicArns;
    /** ARN of the key that encrypts each region's central topics. */
    public final Map<String, Output<String>> keyArns;

    /**
     * @param options must carry the security account's home-region provider; the topics of other regions use that
     *                account's provider in their region
     */
    public AlertRouting(String name, AlertRoutingArgs args, ComponentResourceOptions options) {
        super(TYPE, name, RequiredProvider.in(options, "AlertRouting", "security account's"));
        Map<String, Output<String>> topics = new LinkedHashMap<>();
        Map<String, Output<String>> keys = new LinkedHashMap<>();
        for (String region : AlertRegions.of(args.topology())) {
            Provider security = args.providers().security(region);
            String scope = name + "-" + region;
            var key = new Key(scope + "-key", KeyArgs.builder()
                    .description("trailguard: encrypts the central alert topics in " + region)
                    .enableKeyRotation(true)
                    .deletionWindowInDays(30)
                    .policy(AlertKeyPolicy.of(args, region).toJson())
                    .build(), opts(security).build());
            keys.put(region, key.arn());
            new Alias(scope + "-key-alias", AliasArgs.builder()
                    .name(Names.ALERTS_KEY_ALIAS)
                    .targetKeyId(key.keyId())
                    .build(), opts(security).build());
            for (Severity severity : Severity.values()) {
                String topicArn = Names.centralTopicArn(args.topology(), region, severity.id());
                var topic = new Topic(scope + "-" + severity.id(), TopicArgs.builder()
                        .name(Names.centralTopicName(severity.id()))
                        .displayName("trailguard " + severity.id() + " alerts")
                        .kmsMasterKeyId(key.arn())
                        .policy(AlertTopicPolicy.of(args.topology(), region, severity, args.notifyingAccounts()).toJson())
                        .build(), opts(security).build());
                topics.put(region + "/" + severity.id(), topic.arn());
                List<Endpoint> endpoints = args.routes().getOrDefault(severity, List.of());
                for (int i = 0; i < endpoints.size(); i++) {
                    Subscriptions.create(scope + "-" + severity.id(), topicArn, topic, endpoints.get(i), i, args, security, this);
                }
            }
        }
        this.topicArns = Map.copyOf(topics);
        this.keyArns = Map.copyOf(keys);
        Map<String, Output<?>> outputs = new LinkedHashMap<>();
        topics.forEach((k, v) -> outputs.put("topicArn:" + k, v));
        keys.forEach((k, v) -> outputs.put("keyArn:" + k, v));
        registerOutputs(outputs);
    }

    private CustomResourceOptions.Builder opts(Provider provider) {
        return CustomResourceOptions.builder().parent(this).provider(provider);
    }
}
