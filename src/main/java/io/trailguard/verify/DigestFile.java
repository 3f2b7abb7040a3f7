package io.trailguard.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A digest file's fields (digest file structure guide, "Digest File Field Descriptions"). The five
 * {@code previousDigest*} fields are null in a starting digest ("Starting Digest File"); {@code logFiles} is empty
 * for an hour without activity ("'Empty' Digest Files").
 */
public record DigestFile(
        String awsAccountId,
        Instant digestStartTime,
        String digestEndTime,
        String digestS3Bucket,
        String digestS3Object,
        String digestPublicKeyFingerprint,
        String digestSignatureAlgorithm,
        String previousDigestS3Bucket,
        String previousDigestS3Object,
        String previousDigestHashValue,
        String previousDigestHashAlgorithm,
        String previousDigestSignature,
        List<LogFileEntry> logFiles) {

    /** One {@code logFiles[]} entry. */
    public record LogFileEntry(String s3Bucket, String s3Object, String hashValue, String hashAlgorithm) {}

    /** A digest that cannot be read as the documented structure; the message says which field and why. */
    public static final class FormatException extends Exception {
        FormatException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether this is a starting digest: the chain begins here (logging or validation was started or restarted). */
    public boolean starting() {
        return previousDigestS3Object == null;
    }

    public Instant digestEnd() {
        return Instant.parse(digestEndTime);
    }

    /** Parses the uncompressed digest JSON. */
    public static DigestFile parse(byte[] json) throws FormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FormatException("not JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new FormatException("not JSON (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FormatException("not a JSON object");
        }
        String end = required(root, "digestEndTime");
        Instant start = instant(root, "digestStartTime", required(root, "digestStartTime"));
        instant(root, "digestEndTime", end);
        // The AWS CLI requires previousDigestSignature to be present (null in a starting digest).
        if (!root.has("previousDigestSignature")) {
            throw new FormatException("previousDigestSignature: missing (a starting digest has it as null)");
        }
        List<LogFileEntry> logs = new ArrayList<>();
        JsonNode files = root.get("logFiles");
        if (files == null || !files.isArray()) {
            throw new FormatException("logFiles: missing or not an array");
        }
        for (int i = 0; i < files.size(); i++) {
            JsonNode f = files.get(i);
            String at = "logFiles[" + i + "].";
            if (!f.isObject()) {
                throw new FormatException(at.substring(0, at.length() - 1) + ": not an object");
            }
            logs.add(new LogFileEntry(required(f, "s3Bucket", at), required(f, "s3Object", at),
                    required(f, "hashValue", at), required(f, "hashAlgorithm", at)));
        }
        return new DigestFile(
                optional(root, "awsAccountId"), start, end,
                required(root, "digestS3Bucket"), required(root, "digestS3Object"),
                required(root, "digestPublicKeyFingerprint"), required(root, "digestSignatureAlgorithm"),
                optional(root, "previousDigestS3Bucket"), optional(root, "previousDigestS3Object"),
                optional(root, "previousDigestHashValue"), optional(root, "previousDigestHashAlgorithm"),
                optional(root, "previousDigestSignature"), List.copyOf(logs));
    }

    private static String required(JsonNode node, String field) throws FormatException {
        return required(node, field, "");
    }

    private static String required(JsonNode node, String field, String at) throws FormatException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new FormatException(at + field + ": " + (v == null || v.isNull() ? "missing" : "not a string"));
        }
        return v.asText();
    }

    private static String optional(JsonNode node, String field) throws FormatException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new FormatException(field + ": not a string or null");
        }
        return v.asText();
    }

    private static Instant instant(JsonNode node, String field, String text) throws FormatException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new FormatException(field + ": `" + text + "` is not a UTC timestamp like 2015-08-17T15:01:31Z");
        }
    }
}
