package io.trailguard.trail;

import io.trailguard.config.GuardedResource;
import io.trailguard.config.TrailSettings;
import io.trailguard.config.TrailSettings.DataEventSelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization trail's advanced event selectors, as data: all management events (less any excluded
 * sources), data events for every guarded resource (grouped by type), and the configured data events.
 */
public final class TrailSelectors {

    /** CloudTrail allows at most 500 values across all advanced event selectors of a trail. */
    public static final int MAX_VALUES = 500;

    /** One field condition: {@code field} with exactly one operator's values. */
    public record Field(String field, String operator, List<String> values) {}

    public record Selector(String name, List<Field> fields) {}

    private TrailSelectors() {}

    public static List<Selector> of(TrailSettings t, List<GuardedResource> guardedResources) {
        List<Selector> out = new ArrayList<>();
        List<Field> mgmt = new ArrayList<>();
        mgmt.add(new Field("eventCategory", "equals", List.of("Management")));
        if (!t.excludeManagementEventSources().isEmpty()) {
            mgmt.add(new Field("eventSource", "notEquals", t.excludeManagementEventSources()));
        }
        out.add(new Selector("Management events", mgmt));

        Map<GuardedResource.Type, List<String>> guarded = new LinkedHashMap<>();
        for (GuardedResource g : guardedResources) {
            dataArn(g).ifPresent(arn -> guarded.computeIfAbsent(g.type(), k -> new ArrayList<>()).add(arn));
        }
        guarded.forEach((type, arns) -> {
            String operator = type == GuardedResource.Type.S3_BUCKET ? "startsWith" : "equals";
            out.add(new Selector("Guarded " + type.cloudTrailResourceType(), List.of(
                    new Field("eventCategory", "equals", List.of("Data")),
                    new Field("resources.type", "equals", List.of(type.cloudTrailResourceType())),
                    new Field("resources.ARN", operator, List.copyOf(arns)))));
        });

        for (DataEventSelector d : t.dataEvents()) {
            List<Field> f = new ArrayList<>();
            f.add(new Field("eventCategory", "equals", List.of("Data")));
            f.add(new Field("resources.type", "equals", List.of(d.resourceType())));
            if (!d.arnPrefixes().isEmpty()) {
                f.add(new Field("resources.ARN", "startsWith", d.arnPrefixes()));
            }
            if (d.readOnly() != null) {
                f.add(new Field("readOnly", "equals", List.of(d.readOnly().toString())));
            }
            out.add(new Selector("Data events " + d.resourceType(), f));
        }
        return out;
    }

    /** Total number of values across selectors, which AWS caps at {@link #MAX_VALUES}. */
    public static int valueCount(List<Selector> selectors) {
        return selectors.stream().flatMap(s -> s.fields().stream()).mapToInt(f -> f.values().size()).sum();
    }

    /**
     * The ARN a data-event selector needs for a guarded resource, if its operations are data events at all:
     * DynamoDB item operations, Lambda Invoke and S3 object operations are; KMS and Secrets Manager calls are
     * management events and already logged.
     */
    public static java.util.Optional<String> dataArn(GuardedResource g) {
        return switch (g.type()) {
            case DYNAMODB_TABLE, LAMBDA_FUNCTION -> java.util.Optional.of(g.arn());
            case S3_BUCKET -> java.util.Optional.of(g.arn() + "/");
            case KMS_KEY, SECRET -> java.util.Optional.empty();
        };
    }
}
