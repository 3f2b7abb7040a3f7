package io.trailguard.detect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Log-event messages as the matcher sees them. AWS reads a message as JSON only when the whole message is one
 * JSON value (trailing text makes it plain text, which no JSON pattern matches); numbers are read as a JSON
 * parser reads them (integers exactly, fractions as doubles), which is what {@link CompiledPattern} expects.
 */
public final class Events {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Events() {}

    /** The message as JSON, or empty when it is not exactly one JSON value. */
    public static Optional<JsonNode> parse(String message) {
        try {
            return Optional.ofNullable(MAPPER.readTree(message));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The shared reader (thread-safe), configured as {@link #parse} is. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
