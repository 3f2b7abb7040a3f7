package io.trailguard.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Public keys exported once, for offline validation (custom-validation guide, "Public Keys": "all of the public keys
 * that you need ... must first be obtained online (by calling ListPublicKeys, for example) and then stored securely
 * offline"). The file is a JSON object from region to that region's {@code aws cloudtrail list-public-keys} output:
 * <pre>{"us-east-1": {"PublicKeyList": [{"Value": "&lt;base64 DER&gt;", "ValidityStartTime": ..., "ValidityEndTime": ..., "Fingerprint": "&lt;hex&gt;"}]}, ...}</pre>
 * Times may be ISO 8601 (AWS CLI v2) or epoch seconds (the guide's sample); the list's name is matched ignoring case
 * (the guide's sample writes {@code publicKeyList}). Every key's fingerprint is checked against its value.
 */
public final class KeyFile implements PublicKeys {

    private final Path file;
    private final Map<String, List<SigningKey>> byRegion;

    private KeyFile(Path file, Map<String, List<SigningKey>> byRegion) {
        this.file = file;
        this.byRegion = byRegion;
    }

    /** Reads and checks the file; the message names the file and the JSON path of what is wrong. */
    public static KeyFile read(Path file) throws KeyException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new KeyException(file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new KeyException(file + ": expected a JSON object from region to `aws cloudtrail list-public-keys` output", null);
        }
        Map<String, List<SigningKey>> byRegion = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> region = it.next();
            String at = file + ": " + region.getKey();
            JsonNode list = field(region.getValue(), "PublicKeyList");
            if (list == null || !list.isArray()) {
                throw new KeyException(at + ": expected {\"PublicKeyList\": [...]} as `aws cloudtrail list-public-keys` prints it", null);
            }
            List<SigningKey> keys = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String where = at + ".PublicKeyList[" + i + "]";
                JsonNode k = list.get(i);
                JsonNode value = field(k, "Value");
                JsonNode fingerprint = field(k, "Fingerprint");
                if (value == null || !value.isTextual() || fingerprint == null || !fingerprint.isTextual()) {
                    throw new KeyException(where + ": needs Value (base64) and Fingerprint (hex)", null);
                }
                try {
                    byte[] der = Base64.getMimeDecoder().decode(value.asText());
                    keys.add(SigningKey.of(der, fingerprint.asText(), time(field(k, "ValidityStartTime"), where),
                            time(field(k, "ValidityEndTime"), where)));
                } catch (IllegalArgumentException | GeneralSecurityException e) {
                    throw new KeyException(where + ": " + e.getMessage(), e);
                }
            }
            byRegion.put(region.getKey(), List.copyOf(keys));
        }
        return new KeyFile(file, byRegion);
    }

    private static JsonNode field(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.equalsIgnoreCase(name)) {
                return node.get(f);
            }
        }
        return null;
    }

    private static Instant time(JsonNode node, String where) throws KeyException {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = node.asText();
        try {
            if (node.isNumber() || text.matches("\\d+(\\.\\d+)?")) {
                BigDecimal seconds = new BigDecimal(text);
                return Instant.ofEpochSecond(seconds.longValue());
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new KeyException(where + ": `" + text + "` is neither epoch seconds nor an ISO 8601 time", e);
        }
    }

    @Override
    public Optional<SigningKey> find(String region, String fingerprint, Instant from, Instant to) {
        return byRegion.getOrDefault(region, List.of()).stream()
                .filter(k -> k.fingerprint().equalsIgnoreCase(fingerprint)).findFirst();
    }

    @Override
    public String describe() {
        return "key file " + file + " (" + byRegion.size() + " region(s))";
    }
}
