package io.trailguard.member;

import io.trailguard.StackLoader;
import io.trailguard.config.ConfigLoader.LoadResult;
import io.trailguard.config.StackConfig;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlannedResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The project's own stacks, loaded and planned once per test JVM (a plan runs the whole program under the mocks). */
public final class StackPlans {

    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();

    private StackPlans() {}

    public static StackConfig config(String stack) {
        LoadResult r = StackLoader.fromFile(Path.of("Pulumi." + stack + ".yaml"));
        if (!r.ok()) {
            throw new IllegalStateException(r.report());
        }
        return r.config();
    }

    public static synchronized Plan plan(String stack) {
        return PLANS.computeIfAbsent(stack, s -> PlanRunner.run(config(s), s));
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
