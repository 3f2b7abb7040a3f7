package io.trailguard.alerting;

import com.pulumi.aws.Provider;
import com.pulumi.aws.lambda.Permission;
import com.pulumi.aws.lambda.PermissionArgs;
import com.pulumi.aws.sns.TopicSubscription;
import com.pulumi.aws.sns.TopicSubscriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import io.trailguard.config.AlertingSettings.Endpoint;
import io.trailguard.config.AlertingSettings.Protocol;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One subscription of a central topic, named by a digest of protocol and endpoint so that reordering routes in
 * config changes nothing.
 *
 * <p>Endpoints that need a resource policy of their own: a Lambda function gets the invoke permission here when its
 * account is in config (a permission is one statement added to the function's policy, so it cannot clobber the
 * owner's). An SQS queue's policy is left to the queue's owner, because {@code aws.sqs.QueuePolicy} replaces the
 * whole policy of a queue trailguard does not own: the owner adds {@code sns:SendMessage} for
 * {@code sns.amazonaws.com} with {@code aws:SourceArn} = the topic ARN. Email and HTTPS subscriptions stay pending
 * until the recipient confirms.
 *
 * <p>When the routes hold a secret, every endpoint reaches the engine as a secret ({@code Output.ofSecret}: the engine
 * encrypts it in the state and masks it in diffs), and subscriptions are named by their place in the route instead:
 * a digest of a secret in a URN would let anyone holding the state confirm a guess, and offline, where the value is
 * {@code [secret]}, it would name a different resource than under the engine.
 */
final class Subscriptions {

    private Subscriptions() {}

    static void create(String scope, String topicArn, Resource topic, Endpoint e, int position, AlertRoutingArgs args,
                       Provider security, Resource parent) {
        String name = scope + "-" + e.protocol().id() + "-" + (args.secretRoutes() ? "route-" + (position + 1) : digest(e));
        if (e.protocol() == Protocol.LAMBDA) {
            lambdaPermission(name, topicArn, e.endpoint(), args, parent);
        }
        new TopicSubscription(name, TopicSubscriptionArgs.builder()
                .topic(topicArn)
                .protocol(e.protocol().id())
                .endpoint(args.secretRoutes() ? Output.ofSecret(e.endpoint()) : Output.of(e.endpoint()))
                .build(), CustomResourceOptions.builder().parent(parent).provider(security).dependsOn(topic).build());
    }

    private static void lambdaPermission(String name, String topicArn, String functionArn, AlertRoutingArgs args,
                                         Resource parent) {
        String[] arn = functionArn.split(":");
        String region = arn[3];
        String account = arn[4];
        if (!args.accountIds().contains(account)) {
            return;
        }
        new Permission(name + "-invoke", PermissionArgs.builder()
                .function(functionArn)
                .action("lambda:InvokeFunction")
                .principal("sns.amazonaws.com")
                .sourceArn(topicArn)
                .statementId("trailguard-" + topicArn.substring(topicArn.lastIndexOf(':') + 1))
                .build(), CustomResourceOptions.builder().parent(parent).provider(args.providers().get(account, region)).build());
    }

    static String digest(Endpoint e) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((e.protocol().id() + ":" + e.endpoint()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 5);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
