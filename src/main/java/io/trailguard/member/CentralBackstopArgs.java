package io.trailguard.member;

import com.pulumi.aws.cloudwatch.LogGroup;
import io.trailguard.detect.Rule;
import io.trailguard.naming.Topology;
import java.util.List;

/**
 * What the organization-wide backstop is built from.
 *
 * @param topology        accounts and central names (the log-archive account, the critical topic)
 * @param rules           the tamper rules run on the organization trail's log group
 * @param centralLogGroup the organization trail's log group, which the filters must wait for
 */
public record CentralBackstopArgs(Topology topology, List<Rule> rules, LogGroup centralLogGroup) {

    public CentralBackstopArgs {
        rules = List.copyOf(rules);
    }
}
