package io.trailguard.config;

import java.util.List;

/**
 * Which part of the organization one run deploys: everything, only the foundation (archive, trail,
 * alerting, guardrails), or only the member monitoring of the named accounts.
 */
public record Scope(Kind kind, List<String> accountIds) {

    public enum Kind { ALL, FOUNDATION, ACCOUNTS }

    public static final Scope ALL = new Scope(Kind.ALL, List.of());
    public static final Scope FOUNDATION = new Scope(Kind.FOUNDATION, List.of());

    public boolean includesFoundation() {
        return kind != Kind.ACCOUNTS;
    }

    public boolean includesMember(String accountId) {
        return switch (kind) {
            case ALL -> true;
            case FOUNDATION -> false;
            case ACCOUNTS -> accountIds.contains(accountId);
        };
    }

    /** Parses {@code all}, {@code foundation} or {@code accounts:<id>[,<id>...]}; null when malformed. */
    public static Scope parse(String text) {
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
            List<String> ids = java.util.Arrays.stream(t.substring("accounts:".length()).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            return ids.isEmpty() ? null : new Scope(Kind.ACCOUNTS, ids);
        }
        return null;
    }

    @Override
    public String toString() {
        return kind == Kind.ACCOUNTS ? "accounts:" + String.join(",", accountIds) : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
