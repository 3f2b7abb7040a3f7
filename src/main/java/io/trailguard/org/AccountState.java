package io.trailguard.org;

import java.util.Locale;

/** An account's lifecycle in its organization, as Organizations reports it. */
public enum AccountState {
    PENDING_ACTIVATION, ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED, UNKNOWN;

    /** Whether the account can still run workloads that need monitoring. */
    public boolean live() {
        return this == ACTIVE || this == PENDING_ACTIVATION;
    }

    /** Whether monitoring config for this account is stale: suspended, closing or closed. */
    public boolean gone() {
        return this == SUSPENDED || this == PENDING_CLOSURE || this == CLOSED;
    }

    static AccountState parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }
}
