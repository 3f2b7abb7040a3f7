package io.trailguard.member;

import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlannedResource;
import io.trailguard.testing.Plans;
import io.trailguard.testing.Stacks;
import java.util.List;
import java.util.Map;

/** The project's own stacks, loaded and planned once per test JVM (a plan runs the whole program under the mocks). */
public final class StackPlans {

    private StackPlans() {}

    public static StackConfig config(String stack) {
        return Stacks.load(stack);
    }

    public static Plan plan(String stack) {
        return Plans.of(stack);
    }

    public static List<PlannedResource> ofType(Plan plan, String type, String account) {
        return plan.ofType(type).stream().filter(r -> r.account().equals(account)).toList();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of(o);
    }
}
