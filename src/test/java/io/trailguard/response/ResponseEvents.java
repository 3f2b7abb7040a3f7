package io.trailguard.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trailguard.detect.Events;

/** CloudTrail records as EventBridge delivers them to a default bus, and the paths an input transformer reads. */
final class ResponseEvents {

    private ResponseEvents() {}

    /**
     * The envelope of a CloudTrail record on the default bus (EventBridge user guide, "AWS service events delivered via
     * AWS CloudTrail": detail-type by the record's eventType, source aws.&lt;service&gt;, the record under detail).
     */
    static ObjectNode envelope(JsonNode record) {
        record = isoTime(record);
        ObjectNode env = Events.mapper().createObjectNode();
        env.put("version", "0");
        env.put("id", "6f1b2c3d-0000-0000-0000-000000000000");
        env.put("detail-type", switch (record.path("eventType").asText("AwsApiCall")) {
            case "AwsConsoleSignIn" -> "AWS Console Sign In via CloudTrail";
            case "AwsServiceEvent" -> "AWS Service Event via CloudTrail";
            case "AwsConsoleAction" -> "AWS Console Action via CloudTrail";
            default -> "AWS API Call via CloudTrail";
        });
        env.put("source", "aws." + record.path("eventSource").asText().split("\\.")[0]);
        env.put("account", record.path("recipientAccountId").asText("444444444444"));
        env.put("time", record.path("eventTime").asText());
        env.put("region", record.path("awsRegion").asText());
        env.set("detail", record);
        return env;
    }

    /**
     * The Panther test corpus stores eventTime normalised to {@code 2024-10-17 21:48:45.000000000}; CloudTrail writes
     * {@code 2024-10-17T21:48:45Z} (CloudTrail user guide, "CloudTrail record contents": eventTime in UTC, ISO 8601).
     */
    static JsonNode isoTime(JsonNode record) {
        String t = record.path("eventTime").asText("");
        var m = java.util.regex.Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?$").matcher(t);
        if (!m.matches()) {
            return record;
        }
        ObjectNode copy = record.deepCopy();
        copy.put("eventTime", m.group(1) + "T" + m.group(2) + "Z");
        return copy;
    }

    /** An input transformer path ({@code $.detail.a.b}): EventBridge's JSONPath subset of dotted field names. */
    static JsonNode resolve(JsonNode event, String path) {
        if (!path.startsWith("$.")) {
            throw new IllegalArgumentException(path);
        }
        JsonNode at = event;
        for (String part : path.substring(2).split("\\.")) {
            at = at == null ? null : at.get(part);
        }
        return at;
    }
}
