package io.trailguard.response;

import java.util.List;

/**
 * What an account's responses must know about it.
 *
 * @param accountId           the account
 * @param homeRegion          where runbooks run and every response rule delivers
 * @param deployRoleName      never revoked
 * @param breakGlassRoleNames never revoked
 * @param trail               trailguard's account trail there (name and ARN), or null when the account has none: the
 *                            only trail restart-logging may act on
 */
public record ResponseContext(String accountId, String homeRegion, String deployRoleName, List<String> breakGlassRoleNames,
                              TrailRef trail) {

    public ResponseContext {
        breakGlassRoleNames = List.copyOf(breakGlassRoleNames);
    }

    /** A trail as requests name it: by name or by ARN. */
    public record TrailRef(String name, String arn) {}
}
