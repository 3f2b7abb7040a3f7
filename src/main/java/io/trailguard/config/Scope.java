package io.trailguard.config;

import java.util.Arrays;
import java.util.List;

/**
 * Which part of the organization one run deploys: everything, only the foundation (archive, trail,
 * alerting, guardrails), or only the member monitoring of the named accounts.
 */
public sealed interface Scope {

    Scope ALL = new All();
    Scope FOUNDATION = new Foundation();

    /** The archive, trail, alerting, guardrails and every account's monitoring. */
    record All() implements Scope {
        @Override
        public String toString() {
            return "all";
        }
    }

    /** The archive, trail, alerting and guardrails; no account's monitoring. */
    record Foundation() implements Scope {
        @Override
        public String toString() {
            return "foundation";
        }
    }

    /** The monitoring of the accounts in {@code ids} and nothing central. */
    record Accounts(List<String> ids) implements Scope {
        public Accounts {
            ids = List.copyOf(ids);
        }

        @Override
        public String toString() {
            return "accounts:" + String.join(",", ids);
        }
    }

    default boolean includesFoundation() {
        return !(this instanceof Accounts);
    }

    default boolean includesMember(String accountId) {
        if (this instanceof Accounts a) {
            return a.ids().contains(accountId);
        }
        return this instanceof All;
    }

    /** Parses {@code all}, {@code foundation} or {@code accounts:<id>[,<id>...]}; null when malformed. */
    static Scope parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.equals("all")) {
            return ALL;
        }
        if (t.equals("foundation")) {
            return FOUNDATION;
        }
        if (t.startsWith("accounts:")) {
            List<String> ids = Arrays.stream(t.substring("accounts:".length()).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            return ids.isEmpty() ? null : new Accounts(ids);
        }
        return null;
    }
}
