package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;

/** Tells a CloudTrail record from an EventBridge envelope by shape, and reads the fields a hit reports. */
final class RecordShape {

    private RecordShape() {}

    /**
     * The CloudTrail record an object holds: itself, or an EventBridge envelope's {@code detail}; null when it is
     * neither (no {@code eventName} and no {@code eventSource}).
     */
    static JsonNode cloudTrailRecord(JsonNode object) {
        JsonNode detail = object.get("detail");
        if (detail != null && detail.isObject() && object.has("detail-type")) {
            return isRecord(detail) ? detail : null;
        }
        return isRecord(object) ? object : null;
    }

    private static boolean isRecord(JsonNode n) {
        return n.has("eventName") || n.has("eventSource");
    }

    /** The account whose log group the record reaches: {@code recipientAccountId}, else the caller's account. */
    static String account(JsonNode record) {
        String recipient = text(record.get("recipientAccountId"));
        return recipient != null ? recipient : text(record.path("userIdentity").get("accountId"));
    }

    /** Who acted: the identity's ARN, else its session issuer's, else the service that acted, else the principal id. */
    static String principal(JsonNode record) {
        JsonNode id = record.path("userIdentity");
        String arn = text(id.get("arn"));
        if (arn == null) {
            arn = text(id.path("sessionContext").path("sessionIssuer").get("arn"));
        }
        if (arn == null) {
            arn = text(id.get("invokedBy"));
        }
        return arn != null ? arn : text(id.get("principalId"));
    }

    /** The value as text when it is a non-empty string or number, else null. */
    static String text(JsonNode n) {
        if (n == null || !n.isValueNode() || n.isNull() || n.isBoolean()) {
            return null;
        }
        String s = n.asText();
        return s.isEmpty() ? null : s;
    }
}
