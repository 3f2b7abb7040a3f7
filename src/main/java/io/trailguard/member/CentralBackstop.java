package io.trailguard.member;

import com.pulumi.aws.Provider;
import com.pulumi.aws.cloudwatch.LogGroup;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import io.trailguard.config.MemberSettings.Feed;
import io.trailguard.config.Severity;
import io.trailguard.config.StackConfig;
import io.trailguard.detect.Rule;
import io.trailguard.detect.RuleSelection;
import io.trailguard.detect.Supersession;
import io.trailguard.naming.Names;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organization-wide tamper rules on the organization trail's central log group in the log-archive account. An
 * admin of a member account can silence that account's own alarms, but not these; so every one of them pages the
 * critical topic, whatever the rule's own severity, except the low-severity record of trailguard's own deploys.
 */
public final class CentralBackstop extends ComponentResource {

    public static final String TYPE = "trailguard:member:CentralBackstop";
    /**
     * @param centralLogGroup the organization trail's log group, which the filters must wait for
     * @param logArchive      the log-archive account's provider in the home region
     */
    public CentralBackstop(String name, StackConfig config, LogGroup centralLogGroup, Provider logArchive) {
        super(TYPE, name, ComponentResourceOptions.builder().build());
        Objects.requireNonNull(logArchive, "CentralBackstop needs the log-archive account's provider");
        String label = "the organization trail (all accounts, via log-archive " + config.logArchive().accountId() + ")";
        var target = new RuleAlarms.Target(name, Names.CENTRAL_LOG_GROUP, Feed.TRAIL, label, logArchive, this, centralLogGroup);
        String critical = Names.centralTopicArn(config, config.homeRegion(), Severity.CRITICAL);
        String low = Names.centralTopicArn(config, config.homeRegion(), Severity.LOW);
        List<Rule> rules = RuleSelection.backstop(config);
        RuleAlarms.create(target, rules, rule -> List.of(rule.severity() == Severity.LOW ? low : critical),
                Supersession.of(rules, List.of()));
        registerOutputs(Map.of());
    }
}
