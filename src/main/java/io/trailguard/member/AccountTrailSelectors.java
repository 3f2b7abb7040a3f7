package io.trailguard.member;

import io.trailguard.config.Account;
import io.trailguard.detect.GuardedResource;
import io.trailguard.trail.TrailSelectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account trail's advanced event selectors: every management event (read and write, as the CIS checks require
 * of the trail behind their metric filters) and the data events of this account's guarded resources, grouped by
 * resource type and sorted so config order does not matter.
 */
public final class AccountTrailSelectors {

    private AccountTrailSelectors() {}

    public static List<TrailSelectors.Selector> of(Account account) {
        List<TrailSelectors.Selector> out = new ArrayList<>();
        out.add(new TrailSelectors.Selector("Management events",
                List.of(new TrailSelectors.Field("eventCategory", "equals", List.of("Management")))));
        Map<String, List<String>> arnsByType = new TreeMap<>();
        Map<String, GuardedResource.Type> types = new TreeMap<>();
        for (GuardedResource g : account.guardedResources()) {
            TrailSelectors.dataArn(g).ifPresent(arn -> {
                arnsByType.computeIfAbsent(g.type().cloudTrailResourceType(), k -> new ArrayList<>()).add(arn);
                types.put(g.type().cloudTrailResourceType(), g.type());
            });
        }
        arnsByType.forEach((type, arns) -> {
            String operator = types.get(type) == GuardedResource.Type.S3_BUCKET ? "startsWith" : "equals";
            out.add(new TrailSelectors.Selector("Guarded " + type, List.of(
                    new TrailSelectors.Field("eventCategory", "equals", List.of("Data")),
                    new TrailSelectors.Field("resources.type", "equals", List.of(type)),
                    new TrailSelectors.Field("resources.ARN", operator, arns.stream().sorted().toList()))));
        });
        return out;
    }

    /** The Pulumi input name of a field selector operator ({@code TrailAdvancedEventSelectorFieldSelectorArgs}). */
    static String inputName(String operator) {
        return switch (operator) {
            case "equals" -> "equals";
            case "startsWith" -> "startsWiths";
            default -> throw new IllegalArgumentException("operator " + operator);
        };
    }
}
