package io.trailguard.plan.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import java.util.Map;
import java.util.TreeMap;

/** Each service control policy's size as AWS counts it (the minified document) in a plan. */
public final class ScpSizes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POLICY = "aws:organizations/policy:Policy";

    private ScpSizes() {}

    /** SCP name -> characters, sorted by name. */
    public static Map<String, Integer> of(Plan plan) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (PlannedResource p : plan.ofType(POLICY)) {
            Object type = p.inputs().getOrDefault("type", "SERVICE_CONTROL_POLICY");
            if ("SERVICE_CONTROL_POLICY".equals(type)) {
                sizes.put(String.valueOf(p.inputs().getOrDefault("name", p.name())), length(p.inputs().get("content")));
            }
        }
        return sizes;
    }

    private static int length(Object content) {
        if (content instanceof String s) {
            return s.length();
        }
        try {
            return JSON.writeValueAsString(content).length();
        } catch (JsonProcessingException e) {
            return -1;
        }
    }
}
