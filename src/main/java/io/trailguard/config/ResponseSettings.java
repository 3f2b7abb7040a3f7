package io.trailguard.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code trailguard:response}: per detection rule what happens within seconds of a matching CloudTrail event, and
 * each account's overrides.
 *
 * @param rules    rule id -> response, in config order
 * @param accounts account id -> rule id -> override of that rule's response in the account
 */
public record ResponseSettings(Map<String, Choice> rules, Map<String, Map<String, Override>> accounts) {

    public static final ResponseSettings NONE = new ResponseSettings(Map.of(), Map.of());

    public ResponseSettings {
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        Map<String, Map<String, Override>> copy = new LinkedHashMap<>();
        accounts.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        accounts = java.util.Collections.unmodifiableMap(copy);
    }

    /** What a response does when its mode is {@code enforce}. */
    public enum Action {
        RESTART_LOGGING, REVOKE_SESSIONS, QUARANTINE_ACCESS_KEY;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Action> of(String id) {
            return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
        }

        public static List<String> ids() {
            return Arrays.stream(values()).map(Action::id).toList();
        }
    }

    public enum Mode {
        NOTIFY, ENFORCE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A rule's response; {@code action} is null when only notification is asked for. */
    public record Choice(Action action, Mode mode) {}

    /** An account's override: each null field keeps the rule's choice. */
    public record Override(Action action, Mode mode) {}

    /** The response to {@code ruleId} in {@code accountId}, overrides applied; empty when the rule has none there. */
    public Optional<Choice> forAccount(String accountId, String ruleId) {
        Choice base = rules.get(ruleId);
        Override o = accounts.getOrDefault(accountId, Map.of()).get(ruleId);
        if (base == null && o == null) {
            return Optional.empty();
        }
        Action action = o != null && o.action() != null ? o.action() : base != null ? base.action() : null;
        Mode mode = o != null && o.mode() != null ? o.mode() : base != null ? base.mode() : Mode.NOTIFY;
        return Optional.of(new Choice(action, mode));
    }
}
