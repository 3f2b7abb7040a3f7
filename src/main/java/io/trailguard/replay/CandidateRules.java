package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a record may fire, evaluated with each distinct {@link PatternCheck} once per record, however many of the
 * rules share it. Hits come out in the rules' order. Matching allocates only when something hits.
 */
final class CandidateRules {

    private final List<DeployedRule> rules;
    /** The distinct checks, numbered in order of first use by the rules. */
    private final PatternCheck[] checks;
    private final int[] checkOfRule;

    CandidateRules(List<DeployedRule> rules) {
        this.rules = List.copyOf(rules);
        Map<PatternCheck, Integer> numbers = new IdentityHashMap<>();
        this.checkOfRule = new int[rules.size()];
        for (int i = 0; i < rules.size(); i++) {
            checkOfRule[i] = numbers.computeIfAbsent(rules.get(i).check(), c -> numbers.size());
        }
        this.checks = new PatternCheck[numbers.size()];
        numbers.forEach((check, n) -> checks[n] = check);
    }

    List<DeployedRule> rules() {
        return rules;
    }

    /** The rules that fire on {@code record}, in order. */
    List<DeployedRule> matching(JsonNode record) {
        List<DeployedRule> hits = List.of();
        long matched = 0;
        int evaluated = 0;
        for (int i = 0; i < checkOfRule.length; i++) {
            int c = checkOfRule[i];
            boolean hit;
            if (c >= Long.SIZE) {
                // Past what one bit mask remembers: evaluated again for each rule, still correct.
                hit = checks[c].matches(record);
            } else {
                if (c == evaluated) {
                    evaluated++;
                    if (checks[c].matches(record)) {
                        matched |= 1L << c;
                    }
                }
                hit = (matched & 1L << c) != 0;
            }
            if (hit) {
                if (hits.isEmpty()) {
                    hits = new ArrayList<>(2);
                }
                hits.add(rules.get(i));
            }
        }
        return hits;
    }
}
