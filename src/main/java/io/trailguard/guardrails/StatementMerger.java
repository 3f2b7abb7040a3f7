package io.trailguard.guardrails;

import io.trailguard.iam.Condition;
import io.trailguard.iam.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shrinks a document without changing what it denies: statements with the same effect, principal,
 * conditions and resources become one statement with the union of their actions. Only Action statements
 * merge; two NotAction statements mean "everything except A" and "everything except B", whose union is
 * not a NotAction of anything simple.
 */
final class StatementMerger {

    private StatementMerger() {}

    static List<Statement> merge(List<Statement> statements) {
        Map<Object, List<Statement>> groups = new LinkedHashMap<>();
        int unmergeable = 0;
        for (Statement s : statements) {
            Object key = mergeable(s) ? new Key(s) : "unmergeable-" + unmergeable++;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<Statement> merged = new ArrayList<>();
        for (List<Statement> group : groups.values()) {
            merged.add(group.size() == 1 ? group.get(0) : union(group));
        }
        return merged;
    }

    private static boolean mergeable(Statement s) {
        return !s.actions().isEmpty();
    }

    /** The merged Sid names every concern it now carries, e.g. {@code DenyLogGroupDeletionAndLogGroupReconfiguration}. */
    private static Statement union(List<Statement> group) {
        Statement first = group.get(0);
        Set<String> actions = new LinkedHashSet<>();
        group.forEach(s -> actions.addAll(s.actions()));
        boolean named = group.stream().allMatch(s -> s.sid() != null);
        String sid = named ? first.sid() + group.stream().skip(1).map(s -> "And" + s.sid().replaceFirst("^Deny", "")).collect(Collectors.joining()) : null;
        return new Statement(sid, first.effect(), first.principal(), List.copyOf(actions), List.of(),
                first.resources(), first.notResources(), first.conditions());
    }

    /** Equality that ignores the order of resources and conditions, which IAM ignores too. */
    private record Key(Object effect, Object principal, Set<String> resources, Set<String> notResources, Set<Condition> conditions) {
        Key(Statement s) {
            this(s.effect(), Objects.requireNonNullElse(s.principal(), "none"), new HashSet<>(s.resources()),
                    new HashSet<>(s.notResources()), conditionSet(s.conditions()));
        }

        private static Set<Condition> conditionSet(List<Condition> conditions) {
            Set<Condition> set = new HashSet<>();
            for (Condition c : conditions) {
                set.add(new Condition(c.operator(), c.key(), List.copyOf(new java.util.TreeSet<>(c.values()))));
            }
            return set;
        }
    }
}
