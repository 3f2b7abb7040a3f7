package io.trailguard.config;

import io.trailguard.detect.Severity;
import java.util.List;
import java.util.Map;

/**
 * Central alert routing in the security account.
 *
 * @param securityAccountId account that owns the central topics
 * @param routes            endpoints subscribed to each severity's topic (every severity present, maybe empty)
 */
public record AlertingSettings(String securityAccountId, Map<Severity, List<Endpoint>> routes) {

    public enum Protocol {
        EMAIL, HTTPS, SQS, LAMBDA;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One subscription: protocol plus address (email address, https URL, SQS queue ARN, Lambda function ARN). */
    public record Endpoint(Protocol protocol, String endpoint) {}
}
