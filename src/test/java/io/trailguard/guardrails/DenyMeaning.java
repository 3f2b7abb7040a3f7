package io.trailguard.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.guardrails.PolicyJsonView.StatementView;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a set of Deny-only policies denies, as (action, resource, condition) triples: two sets of
 * documents with equal triples deny exactly the same requests, however their statements are grouped.
 */
final class DenyMeaning {

    record Triple(String action, String resource, JsonNode condition) {}

    private DenyMeaning() {}

    static Set<Triple> of(List<String> policyJsons) {
        Set<Triple> triples = new HashSet<>();
        for (String json : policyJsons) {
            for (StatementView s : PolicyJsonView.parse(json).statements()) {
                if (!"Deny".equals(s.effect())) {
                    throw new AssertionError("guardrails must only deny: " + json);
                }
                JsonNode condition = s.n().get("Condition");
                List<String> actions = s.actions().isEmpty() ? List.of("NOT " + new TreeSet<>(s.notActions())) : s.actions();
                for (String a : actions) {
                    for (String r : s.resources()) {
                        triples.add(new Triple(a, r, condition));
                    }
                }
            }
        }
        return triples;
    }
}
