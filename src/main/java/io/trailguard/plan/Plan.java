package io.trailguard.plan;

import io.trailguard.config.StackConfig;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What {@code pulumi up} would create for a stack, computed offline. */
public record Plan(String stack, StackConfig config, List<PlannedResource> resources) {

    /** Cloud resources only: no components, no providers. */
    public List<PlannedResource> cloudResources() {
        return resources.stream().filter(r -> !r.isComponent() && !r.isProvider()).toList();
    }

    public List<PlannedResource> providers() {
        return resources.stream().filter(PlannedResource::isProvider).toList();
    }

    /** Cloud resources by account, then region, then type, with counts; sorted for stable output. */
    public Map<String, Map<String, Map<String, Long>>> countsByAccountRegionType() {
        return cloudResources().stream().collect(Collectors.groupingBy(PlannedResource::account, TreeMap::new,
                Collectors.groupingBy(PlannedResource::region, TreeMap::new,
                        Collectors.groupingBy(PlannedResource::type, TreeMap::new, Collectors.counting()))));
    }

    public PlannedResource byUrn(String urn) {
        return resources.stream().filter(r -> r.urn().equals(urn)).findFirst().orElse(null);
    }

    public List<PlannedResource> ofType(String type) {
        return resources.stream().filter(r -> r.type().equals(type)).toList();
    }
}
