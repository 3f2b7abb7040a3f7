package io.trailguard.config;

import io.trailguard.detect.Severity;
import java.util.List;
import java.util.Map;

/**
 * Central alert routing in the security account.
 *
 * @param securityAccountId account that owns the central topics
 * @param routes            endpoints subscribed to each severity's topic (every severity present, maybe empty)
 * @param secretRoutes      the section holds a secret: offline a {@code secure:} endpoint; under the engine
 *                          {@code trailguard:alerting} is in {@code PULUMI_CONFIG_SECRET_KEYS}, which the CLI sets for a
 *                          whole object when any value in it is secure (pulumi/pulumi sdk/go/common/resource/config
 *                          map.go, {@code Get}: {@code hasSecureValue} makes a {@code NewSecureObjectValue}), so the
 *                          program cannot tell which endpoint it was and treats every one as a secret
 */
public record AlertingSettings(String securityAccountId, Map<Severity, List<Endpoint>> routes, boolean secretRoutes) {

    public AlertingSettings(String securityAccountId, Map<Severity, List<Endpoint>> routes) {
        this(securityAccountId, routes, false);
    }

    public enum Protocol {
        EMAIL, HTTPS, SQS, LAMBDA;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One subscription: protocol plus address (email address, https URL, SQS queue ARN, Lambda function ARN). */
    public record Endpoint(Protocol protocol, String endpoint) {}
}
