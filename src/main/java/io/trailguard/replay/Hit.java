package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.detect.Severity;

/** One rule matching one record; any field the record lacks is null. */
record Hit(String time, String account, String region, String ruleId, Severity severity, String principal,
        String eventName, String eventId) {

    static Hit of(DeployedRule rule, JsonNode record, String account) {
        return new Hit(RecordShape.text(record.get("eventTime")), account, RecordShape.text(record.get("awsRegion")),
                rule.rule().id(), rule.rule().severity(), RecordShape.principal(record),
                RecordShape.text(record.get("eventName")), RecordShape.text(record.get("eventID")));
    }
}
