package io.trailguard.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.detect.Expr;
import io.trailguard.detect.Selector;
import io.trailguard.detect.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rules grouped by the {@code eventName}s they can match, so that a record is tried only against the rules that
 * could fire on it. Most rules pin {@code $.eventName} to a few exact names; a pattern that cannot match without
 * {@code $.eventName} equal to one of them is never tried on a record with another name. Rules the pattern does not
 * pin that way (globs, no eventName test, a branch without one) are tried on every record. Order within each list is
 * the rules' own order, so hits come out the same as without the index.
 */
final class EventNameIndex {

    private final CandidateRules all;
    private final CandidateRules unpinned;
    private final Map<String, CandidateRules> byName;

    EventNameIndex(List<DeployedRule> rules) {
        this.all = new CandidateRules(rules);
        Map<DeployedRule, Set<String>> pins = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (DeployedRule d : rules) {
            Set<String> n = eventNames(d.rule().pattern().body());
            if (n != null) {
                pins.put(d, n);
                names.addAll(n);
            }
        }
        this.unpinned = new CandidateRules(rules.stream().filter(d -> !pins.containsKey(d)).toList());
        this.byName = new HashMap<>();
        for (String name : names) {
            byName.put(name, new CandidateRules(rules.stream().filter(d -> !pins.containsKey(d) || pins.get(d).contains(name)).toList()));
        }
    }

    /** The rules that could fire on {@code record}. */
    List<DeployedRule> candidates(JsonNode record) {
        return lookup(record).rules();
    }

    /** The rules that fire on {@code record}, in order. */
    List<DeployedRule> matching(JsonNode record) {
        return lookup(record).matching(record);
    }

    private CandidateRules lookup(JsonNode record) {
        JsonNode name = record.get("eventName");
        if (name == null) {
            return unpinned;
        }
        // A number or other non-text eventName is odd enough to try everything rather than reason about it.
        return name.isTextual() ? byName.getOrDefault(name.textValue(), unpinned) : all;
    }

    List<DeployedRule> all() {
        return all.rules();
    }

    /** The names a match requires {@code $.eventName} to equal exactly, or null when the pattern does not pin it. */
    static Set<String> eventNames(Expr e) {
        if (e instanceof Expr.Group g) {
            return eventNames(g.inner());
        }
        if (e instanceof Expr.Comparison c) {
            return c.op() == Expr.Operator.EQ && isEventName(c.selector()) && c.value() instanceof Value.Text t && !t.isGlob()
                    ? Set.of(t.text()) : null;
        }
        if (e instanceof Expr.And) {
            Set<String> result = null;
            for (Expr part : Expr.chain(e)) {
                Set<String> n = eventNames(part);
                if (n != null) {
                    result = result == null ? new LinkedHashSet<>(n) : intersect(result, n);
                }
            }
            return result;
        }
        if (e instanceof Expr.Or) {
            Set<String> result = new LinkedHashSet<>();
            for (Expr part : Expr.chain(e)) {
                Set<String> n = eventNames(part);
                if (n == null) {
                    return null;
                }
                result.addAll(n);
            }
            return result;
        }
        return null;
    }

    private static boolean isEventName(Selector s) {
        return s.steps().size() == 1 && s.steps().get(0) instanceof Selector.Step.Field f && f.name().equals("eventName");
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        a.retainAll(b);
        return a;
    }
}
