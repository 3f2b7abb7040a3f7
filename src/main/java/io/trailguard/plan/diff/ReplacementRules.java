package io.trailguard.plan.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which inputs force a replacement, per type token: data in {@code force-new.json} beside this class, each
 * entry with the upstream Terraform schema file it comes from.
 */
public final class ReplacementRules {

    private static final ReplacementRules PULUMI_AWS = load("force-new.json");

    private final Map<String, Set<String>> forceNew;
    private final Map<String, String> sources;

    private ReplacementRules(Map<String, Set<String>> forceNew, Map<String, String> sources) {
        this.forceNew = forceNew;
        this.sources = sources;
    }

    public static ReplacementRules pulumiAws() {
        return PULUMI_AWS;
    }

    public boolean forcesReplacement(String type, String input) {
        return forceNew.getOrDefault(type, Set.of()).contains(input);
    }

    /** Where the rule for a type comes from, for the reader of a diff who wants to check it. */
    public String source(String type) {
        return sources.getOrDefault(type, "");
    }

    static ReplacementRules load(String resource) {
        try (InputStream in = ReplacementRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode types = new ObjectMapper().readTree(in).path("types");
            Map<String, Set<String>> forceNew = new HashMap<>();
            Map<String, String> sources = new HashMap<>();
            types.fields().forEachRemaining(e -> {
                Set<String> inputs = new HashSet<>();
                e.getValue().path("inputs").forEach(n -> inputs.add(n.asText()));
                forceNew.put(e.getKey(), Set.copyOf(inputs));
                sources.put(e.getKey(), "terraform-provider-aws " + e.getValue().path("source").asText()
                        + " (" + e.getValue().path("checked").asText() + ")");
            });
            return new ReplacementRules(Map.copyOf(forceNew), Map.copyOf(sources));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
