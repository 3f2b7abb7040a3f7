package io.trailguard.alerting;

import com.pulumi.aws.Provider;
import com.pulumi.aws.kms.Alias;
import com.pulumi.aws.kms.AliasArgs;
import com.pulumi.aws.kms.Key;
import com.pulumi.aws.kms.KeyArgs;
import com.pulumi.aws.sns.Topic;
import com.pulumi.aws.sns.TopicArgs;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.detect.Severity;
import io.trailguard.naming.Names;
import java.util.List;
import java.util.Map;

/**
 * Central alert routing in the security account: per region in use, a KMS key and one topic per severity, each
 * topic open to the organization's trailguard alarms and subscribed to the SOC endpoints of its severity.
 */
public final class AlertRouting extends ComponentResource {

    public static final String TYPE = "trailguard:alerting:AlertRouting";

    public AlertRouting(String name, AlertRoutingArgs args) {
        super(TYPE, name, ComponentResourceOptions.builder().build());
        for (String region : AlertRegions.of(args.topology())) {
            Provider security = args.providers().security(region);
            String scope = name + "-" + region;
            var key = new Key(scope + "-key", KeyArgs.builder()
                    .description("trailguard: encrypts the central alert topics in " + region)
                    .enableKeyRotation(true)
                    .deletionWindowInDays(30)
                    .policy(AlertKeyPolicy.of(args, region).toJson())
                    .build(), opts(security).build());
            new Alias(scope + "-key-alias", AliasArgs.builder()
                    .name(Names.ALERTS_KEY_ALIAS)
                    .targetKeyId(key.keyId())
                    .build(), opts(security).build());
            for (Severity severity : Severity.values()) {
                String topicArn = Names.centralTopicArn(args.topology(), region, severity);
                var topic = new Topic(scope + "-" + severity.id(), TopicArgs.builder()
                        .name(Names.centralTopicName(severity))
                        .displayName("trailguard " + severity.id() + " alerts")
                        .kmsMasterKeyId(key.arn())
                        .policy(AlertTopicPolicy.of(args.topology(), region, severity).toJson())
                        .build(), opts(security).build());
                List<Endpoint> endpoints = args.routes().getOrDefault(severity, List.of());
                for (Endpoint e : endpoints) {
                    Subscriptions.create(scope + "-" + severity.id(), topicArn, topic, e, args, security, this);
                }
            }
        }
        registerOutputs(Map.of());
    }

    private CustomResourceOptions.Builder opts(Provider provider) {
        return CustomResourceOptions.builder().parent(this).provider(provider);
    }
}
