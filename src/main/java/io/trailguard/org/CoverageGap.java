package io.trailguard.org;

import java.util.Locale;

/**
 * One difference between stack config and the organization, reported like a config error.
 *
 * @param kind      what kind of difference
 * @param path      the config key it concerns, e.g. {@code trailguard:accounts[3].ou}
 * @param accountId the account concerned, or null for organization-level gaps
 * @param message   what is wrong
 * @param hint      what would fix it
 */
public record CoverageGap(Kind kind, String path, String accountId, String message, String hint) {

    public enum Kind {
        ORGANIZATION_MISMATCH,
        MANAGEMENT_ACCOUNT_MISMATCH,
        NOT_IN_ORGANIZATION,
        NOT_ACTIVE,
        OU_MISMATCH,
        NOT_IN_CONFIG;

        /** {@code not-in-config}, as printed and in JSON. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
