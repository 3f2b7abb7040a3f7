package io.trailguard.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SSM Automation runbook as data: schema version 0.3, a fixed role to run as, string parameters each with the
 * pattern a value must match, and {@code aws:executeAwsApi} steps only (Systems Manager user guide, "Systems Manager
 * Automation actions reference", aws:executeAwsApi: inputs {@code Service}, {@code Api} and the API's own
 * parameters; https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-action-executeAwsApi.html).
 */
public record Runbook(String name, String description, String assumeRoleArn, Map<String, Parameter> parameters,
                      List<Step> steps) {

    public static final String SCHEMA_VERSION = "0.3";
    public static final String EXECUTE_AWS_API = "aws:executeAwsApi";
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Parameters and step inputs are kept sorted by name, nested maps too: a {@code Map.of} iterates in an order that
     * changes from one JVM to the next, and the document's bytes must not, or every preview shows it changed.
     */
    public Runbook {
        parameters = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(parameters));
        steps = List.copyOf(steps);
    }

    /** @param allowedPattern the regex a value must match before any step runs */
    public record Parameter(String description, String allowedPattern) {}

    /**
     * One API call: {@code service} and {@code api} as the AWS SDK names them, {@code inputs} the request's fields,
     * where {@code {{ Param }}} is replaced by a parameter's value.
     */
    public record Step(String name, String service, String api, Map<String, Object> inputs) {
        @SuppressWarnings("unchecked")
        public Step {
            inputs = (Map<String, Object>) sorted(inputs);
        }
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> m) {
            java.util.TreeMap<String, Object> out = new java.util.TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return java.util.Collections.unmodifiableSortedMap(out);
        } else if (value instanceof List<?> l) {
            return l.stream().map(Runbook::sorted).toList();
        }
        return value;
    }

    public ObjectNode toJsonTree() {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("description", description);
        doc.put("assumeRole", assumeRoleArn);
        ObjectNode params = doc.putObject("parameters");
        parameters.forEach((k, p) -> params.putObject(k).put("type", "String").put("description", p.description())
                .put("allowedPattern", p.allowedPattern()));
        var list = doc.putArray("mainSteps");
        for (Step s : steps) {
            ObjectNode step = list.addObject();
            step.put("name", s.name());
            step.put("action", EXECUTE_AWS_API);
            step.put("onFailure", "Abort");
            step.put("maxAttempts", 3);
            ObjectNode inputs = step.putObject("inputs");
            inputs.put("Service", s.service());
            inputs.put("Api", s.api());
            s.inputs().forEach((k, v) -> inputs.set(k, JSON.valueToTree(v)));
        }
        return doc;
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(toJsonTree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
