package io.trailguard.response;

import com.pulumi.aws.Provider;
import io.trailguard.naming.Topology;
import io.trailguard.trail.TrailSelectors;
import java.util.List;
import java.util.Map;

/**
 * One account's responses.
 *
 * @param topology            central names: the severity topics notify targets
 * @param context             the account, its protected roles and its trail
 * @param responses           the account's deployed rules that have a response
 * @param trailSelectors      the account trail's configured selectors, which restart-logging re-applies
 * @param providers           the account's provider in every region a response listens in, home region included
 * @param feedForwardsEvents  true when the account's EventBridge feed already forwards every region's CloudTrail events to
 *                            the home bus: response rules then listen there only, else an event would arrive twice
 */
public record ResponseArgs(Topology topology, ResponseContext context, List<Response> responses,
                           List<TrailSelectors.Selector> trailSelectors, Map<String, Provider> providers,
                           boolean feedForwardsEvents) {

    public ResponseArgs {
        responses = List.copyOf(responses);
        trailSelectors = List.copyOf(trailSelectors);
        providers = Map.copyOf(providers);
        if (!providers.containsKey(context.homeRegion())) {
            throw new IllegalArgumentException("ResponseRules for " + context.accountId() + " needs its home-region provider");
        }
    }
}
