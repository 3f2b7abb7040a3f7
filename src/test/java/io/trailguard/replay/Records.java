package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test records and the three input shapes to put them in. */
final class Records {

    static final ObjectMapper JSON = new ObjectMapper();

    private Records() {}

    /** A CloudTrail record of {@code eventName} by an IAM user of {@code account}, with the given time and id. */
    static ObjectNode call(String account, String eventSource, String eventName, String time, String eventId) {
        ObjectNode r = JSON.createObjectNode();
        r.put("eventVersion", "1.09");
        ObjectNode id = r.putObject("userIdentity");
        id.put("type", "IAMUser").put("principalId", "AIDAEXAMPLE").put("arn", "arn:aws:iam::" + account + ":user/mallory")
                .put("accountId", account).put("userName", "mallory");
        r.put("eventTime", time).put("eventSource", eventSource).put("eventName", eventName).put("awsRegion", "eu-west-1")
                .put("sourceIPAddress", "198.51.100.7").put("eventID", eventId).put("readOnly", false)
                .put("eventType", "AwsApiCall").put("managementEvent", true).put("recipientAccountId", account);
        return r;
    }

    /** CloudTrail stopped: every stack here deploys a rule for it (cis, seed, insider and the backstop). */
    static ObjectNode stopLogging(String account, String time, String eventId) {
        ObjectNode r = call(account, "cloudtrail.amazonaws.com", "StopLogging", time, eventId);
        r.putObject("requestParameters").put("name", "arn:aws:cloudtrail:eu-west-1:" + account + ":trail/main");
        return r;
    }

    /** A harmless read no rule cares about. */
    static ObjectNode describe(String account, String time, String eventId) {
        return call(account, "ec2.amazonaws.com", "DescribeInstances", time, eventId);
    }

    /** A root console sign-in. */
    static ObjectNode rootLogin(String account, String time, String eventId) {
        ObjectNode r = call(account, "signin.amazonaws.com", "ConsoleLogin", time, eventId);
        ObjectNode id = r.putObject("userIdentity");
        id.put("type", "Root").put("principalId", account).put("arn", "arn:aws:iam::" + account + ":root").put("accountId", account);
        r.put("eventType", "AwsConsoleSignIn");
        r.putObject("responseElements").put("ConsoleLogin", "Success");
        r.putObject("additionalEventData").put("MFAUsed", "No");
        return r;
    }

    static ObjectNode envelope(JsonNode record) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "0").put("id", "6f87d04b-9f74-4f04-a780-7acf4b0a9b38").put("detail-type", "AWS API Call via CloudTrail")
                .put("source", "aws.cloudtrail").put("account", record.path("recipientAccountId").asText())
                .put("time", record.path("eventTime").asText()).put("region", "eu-west-1");
        e.putArray("resources");
        e.set("detail", record);
        return e;
    }

    static String delivery(List<? extends JsonNode> records) {
        ObjectNode doc = JSON.createObjectNode();
        ArrayNode array = doc.putArray("Records");
        records.forEach(array::add);
        return doc.toString();
    }

    static String lines(List<? extends JsonNode> values) {
        StringBuilder b = new StringBuilder();
        values.forEach(v -> b.append(v).append('\n'));
        return b.toString();
    }

    static Path write(Path file, String text, boolean gzip) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
