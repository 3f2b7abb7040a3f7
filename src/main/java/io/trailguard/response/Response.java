package io.trailguard.response;

import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.config.ResponseSettings.Mode;
import io.trailguard.detect.Rule;

/**
 * One detection rule's response in one account.
 *
 * @param action the runbook {@code enforce} starts; null when only notification was asked for
 */
public record Response(Rule rule, Action action, Mode mode) {

    public Response {
        if (mode == Mode.ENFORCE && action == null) {
            throw new IllegalArgumentException(rule.id() + ": enforce needs an action");
        }
    }

    public boolean enforces() {
        return mode == Mode.ENFORCE;
    }
}
