package io.trailguard.member;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.ProviderResource;
import io.trailguard.detect.Feed;
import io.trailguard.detect.Rule;
import io.trailguard.detect.Severity;
import io.trailguard.detect.Supersession;
import io.trailguard.naming.Names;
import io.trailguard.providers.RequiredProvider;
import java.util.List;
import java.util.Map;

/**
 * The organization-wide tamper rules on the organization trail's central log group in the log-archive account. An
 * admin of a member account can silence that account's own alarms, but not these; so every one of them pages the
 * critical topic, whatever the rule's own severity, except the low-severity record of trailguard's own deploys.
 */
public final class CentralBackstop extends ComponentResource {

    public static final String TYPE = "trailguard:member:CentralBackstop";
    private static final String CENTRAL_LOG_GROUP = "central-log-group";

    /** @param options must carry the log-archive account's provider in the home region */
    public CentralBackstop(String name, CentralBackstopArgs args, ComponentResourceOptions options) {
        super(TYPE, name, RequiredProvider.in(options, "CentralBackstop", "log-archive account's"));
        ProviderResource logArchive = RequiredProvider.of(options, "CentralBackstop", "log-archive account's");
        String label = "the organization trail (all accounts, via log-archive " + args.topology().logArchiveAccountId() + ")";
        String critical = Names.centralTopicArn(args.topology(), args.topology().homeRegion(), Severity.CRITICAL.id());
        String low = Names.centralTopicArn(args.topology(), args.topology().homeRegion(), Severity.LOW.id());
        List<Rule> rules = args.rules();
        String home = args.topology().homeRegion();
        List<ResourceSpec> specs = new java.util.ArrayList<>(RuleAlarms.specs(home, Names.CENTRAL_LOG_GROUP, Feed.TRAIL, label, rules,
                rule -> List.of(rule.severity() == Severity.LOW ? low : critical), Supersession.of(rules, List.of()), CENTRAL_LOG_GROUP));
        specs.add(HeartbeatAlarm.spec("heartbeat", home, Names.HEARTBEAT_ALARM + "-organization-trail", Names.CENTRAL_LOG_GROUP, label,
                List.of(critical), CENTRAL_LOG_GROUP));
        new SpecResources(name, Map.of(home, logArchive), this, Map.of(CENTRAL_LOG_GROUP, args.centralLogGroup()), Map.of())
                .registerAll(specs, Map.of());
        registerOutputs(Map.of());
    }
}
