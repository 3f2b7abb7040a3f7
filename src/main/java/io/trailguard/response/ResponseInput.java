package io.trailguard.response;

import io.trailguard.config.ResponseSettings.Action;
import io.trailguard.detect.Rule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a response target receives: an EventBridge input transformer, paths into the matched event and a template
 * (EventBridge user guide, "Amazon EventBridge input transformation",
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html). A runbook target's input is
 * its parameters, each a list of strings, as StartAutomationExecution takes them.
 *
 * @param required the variables every matched event must resolve (a runbook cannot run without them)
 */
public record ResponseInput(Map<String, String> paths, String template, java.util.Set<String> required) {

    public ResponseInput {
        paths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paths));
        required = java.util.Set.copyOf(required);
    }

    /**
     * restart-logging takes a constant: its pattern admits only calls on the account trail, which the request names in
     * {@code name} (StopLogging) or {@code trailName} (PutEventSelectors), by name or ARN; the trail's ARN is right for
     * all four.
     */
    public static ResponseInput runbook(Action action, ResponseContext ctx) {
        return switch (action) {
            case RESTART_LOGGING -> of(Map.of(), "{\"TrailName\":[\"" + ctx.trail().arn() + "\"]}");
            case REVOKE_SESSIONS -> of(ordered("role", "$.detail.userIdentity.sessionContext.sessionIssuer.userName",
                            "time", "$.detail.eventTime"),
                    "{\"RoleName\":[\"<role>\"],\"EventTime\":[\"<time>\"]}");
            case QUARANTINE_ACCESS_KEY -> of(ordered("user", "$.detail.userIdentity.userName",
                            "key", "$.detail.userIdentity.accessKeyId"),
                    "{\"UserName\":[\"<user>\"],\"AccessKeyId\":[\"<key>\"]}");
        };
    }

    /** A one-line page; a field the event lacks shows empty. */
    public static ResponseInput notification(Rule rule) {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("account", "$.account");
        paths.put("region", "$.detail.awsRegion");
        paths.put("event", "$.detail.eventName");
        paths.put("source", "$.detail.eventSource");
        paths.put("actor", "$.detail.userIdentity.arn");
        paths.put("ip", "$.detail.sourceIPAddress");
        paths.put("time", "$.detail.eventTime");
        String text = "trailguard " + rule.severity().id() + ": " + rule.title().replace("\"", "'") + " (" + rule.id() + ") in account"
                + " <account> <region>: <source> <event> by <actor> from <ip> at <time>";
        return new ResponseInput(paths, "\"" + text + "\"", java.util.Set.of("account", "event", "source", "time"));
    }

    private static ResponseInput of(Map<String, String> paths, String template) {
        return new ResponseInput(paths, template, paths.keySet());
    }

    private static Map<String, String> ordered(String a, String pa, String b, String pb) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(a, pa);
        m.put(b, pb);
        return m;
    }
}
