package io.trailguard.plan.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One-line JSON for values in diffs: what a reviewer compares by eye. */
final class Compact {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Compact() {}

    static String json(Object v) {
        if (v == null) {
            return "(absent)";
        }
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            return String.valueOf(v);
        }
    }

    static String truncated(Object v, int max) {
        String s = json(v);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
