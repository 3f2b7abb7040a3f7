package io.trailguard.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.trailguard.plan.Plan;
import io.trailguard.plan.PlanRunner;
import io.trailguard.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Plans of the project's stacks, computed once per test JVM (the harness is slow-ish and single-threaded). */
public final class Plans {

    private static final Map<String, Plan> CACHE = new ConcurrentHashMap<>();

    private Plans() {}

    public static synchronized Plan of(String stack) {
        return CACHE.computeIfAbsent(stack, s -> PlanRunner.run(Stacks.load(s), s));
    }

    public static PlannedResource one(Plan plan, String type, String nameSuffix) {
        List<PlannedResource> found = plan.resources().stream()
                .filter(r -> r.type().equals(type) && r.name().endsWith(nameSuffix)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type + " named *" + nameSuffix + ", found " + found.size());
        }
        return found.get(0);
    }

    /** An input as JSON, for navigating nested inputs and parsed policies. */
    public static JsonNode input(PlannedResource r, String key) {
        return Stacks.json(r.inputs().get(key));
    }
}
