package io.trailguard.response;

import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.detect.Rule;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an action can answer what a rule detects: the conditions each action adds to the rule's own, and the check
 * that the two together can still match an event.
 */
public final class ActionFit {

    static final String CLOUDTRAIL = "cloudtrail.amazonaws.com";
    /**
     * The calls restart-logging undoes. Advanced selectors are written by the same PutEventSelectors call (CloudTrail
     * API reference, PutEventSelectors: "AdvancedEventSelectors"); there is no separate API to listen for.
     */
    static final Set<String> RESTARTS_AFTER = Set.of("StopLogging", "PutEventSelectors");

    private ActionFit() {}

    /** The exact-value conditions the action adds, by CloudTrail record path. */
    static Map<String, Set<String>> requires(Action action) {
        return switch (action) {
            case RESTART_LOGGING -> Map.of("eventSource", Set.of(CLOUDTRAIL), "eventName", RESTARTS_AFTER);
            case REVOKE_SESSIONS -> Map.of("userIdentity.type", Set.of("AssumedRole"));
            case QUARANTINE_ACCESS_KEY -> Map.of("userIdentity.type", Set.of("IAMUser"));
        };
    }

    /** Why the action cannot answer the rule, or empty when it can. */
    public static Optional<String> problem(Rule rule, Action action) {
        RulePatterns.Derivation d = RulePatterns.derive(rule.pattern().body());
        if (!d.derived()) {
            return Optional.of("rule `" + rule.id() + "` has " + d.notDerivable()
                    + ", which an EventBridge pattern cannot express; it answers through its metric alarm only");
        }
        if (action == Action.RESTART_LOGGING && d.values("eventName").isEmpty()) {
            return Optional.of("restart-logging answers StopLogging and PutEventSelectors; rule `" + rule.id()
                    + "` names no CloudTrail calls");
        }
        for (Map.Entry<String, Set<String>> need : requires(action).entrySet()) {
            Optional<Set<String>> has = d.values(need.getKey());
            if (d.fields().get(need.getKey()) instanceof RulePatterns.FieldMatch.Missing) {
                return Optional.of(action.id() + " needs `" + need.getKey() + "`, which rule `" + rule.id() + "` requires to be missing");
            }
            if (has.isPresent()) {
                Set<String> both = new LinkedHashSet<>(has.get());
                both.retainAll(need.getValue());
                if (both.isEmpty()) {
                    return Optional.of(action.id() + " answers " + need.getKey() + " " + need.getValue() + "; rule `" + rule.id()
                            + "` matches only " + has.get());
                }
            }
        }
        return Optional.empty();
    }
}
