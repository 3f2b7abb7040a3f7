package io.trailguard.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A JSON selector: {@code $} followed by steps ({@code .name}, {@code .['a.b']}, {@code [0]}, {@code [*]},
 * {@code .*}). At most one wildcard, as AWS allows.
 */
public record Selector(List<Step> steps) {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    public Selector {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a selector needs at least one step after $");
        }
        if (steps.stream().filter(s -> s instanceof Step.Wildcard).count() > 1) {
            throw new IllegalArgumentException("a selector may hold at most one wildcard");
        }
    }

    /** One step of a selector. */
    public sealed interface Step {
        /** {@code .name}, or {@code .['name']} when {@code bracketed} (names with dots or other symbols). */
        record Field(String name, boolean bracketed) implements Step {
            public Field {
                if (name.isEmpty() || !bracketed && !PLAIN_NAME.matcher(name).matches() || name.contains("'")) {
                    throw new IllegalArgumentException("field name not allowed here: '" + name + "'");
                }
            }
        }

        /** {@code [n]}, n >= 0. */
        record Index(int index) implements Step {
            public Index {
                if (index < 0) {
                    throw new IllegalArgumentException("negative index: " + index);
                }
            }
        }

        /** {@code [*]} ({@code bracketed}) or {@code .*}: every element of an array or value of an object. */
        record Wildcard(boolean bracketed) implements Step {}
    }

    /** Parses a dotted path such as {@code userIdentity.sessionContext.sessionIssuer.arn} or {@code resources[*].ARN}. */
    public static Selector path(String dotted) {
        List<Step> steps = new ArrayList<>();
        for (String part : dotted.split("\\.", -1)) {
            String name = part;
            List<Step> suffix = new ArrayList<>();
            while (name.endsWith("]")) {
                int open = name.lastIndexOf('[');
                String inside = name.substring(open + 1, name.length() - 1);
                suffix.add(0, inside.equals("*") ? new Step.Wildcard(true) : new Step.Index(Integer.parseInt(inside)));
                name = name.substring(0, open);
            }
            if (name.equals("*")) {
                steps.add(new Step.Wildcard(false));
            } else {
                steps.add(field(name));
            }
            steps.addAll(suffix);
        }
        return new Selector(steps);
    }

    /** A field step, bracketed only when the name needs it. */
    public static Step.Field field(String name) {
        return new Step.Field(name, !PLAIN_NAME.matcher(name).matches());
    }

    /** The same selector under {@code prefix} (e.g. {@code detail} for the EventBridge feed). */
    public Selector under(String prefix) {
        List<Step> s = new ArrayList<>();
        s.add(field(prefix));
        s.addAll(steps);
        return new Selector(s);
    }

    public boolean hasWildcard() {
        return steps.stream().anyMatch(s -> s instanceof Step.Wildcard);
    }

    /** {@code $.a.b[0]} as AWS writes it. */
    public String render() {
        StringBuilder b = new StringBuilder("$");
        for (Step step : steps) {
            if (step instanceof Step.Field f) {
                b.append(f.bracketed() ? ".['" + f.name() + "']" : "." + f.name());
            } else if (step instanceof Step.Index i) {
                b.append('[').append(i.index()).append(']');
            } else {
                b.append(((Step.Wildcard) step).bracketed() ? "[*]" : ".*");
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
