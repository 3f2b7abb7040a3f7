package io.trailguard.plan.diff;

import io.trailguard.plan.PlannedResource;
import java.util.List;

/**
 * One resource that {@code pulumi up} would touch.
 *
 * @param kind       create, update, replace or delete
 * @param resource   the resource as planned now (for a delete: as planned in the base)
 * @param properties changed inputs (updates and replaces); every input for creates and deletes is in {@code resource}
 */
public record ResourceChange(ChangeKind kind, PlannedResource resource, List<PropertyChange> properties) {

    public String account() {
        return resource.account();
    }

    /** The inputs whose change forces the replacement. */
    public List<String> replacementCauses() {
        return properties.stream().filter(PropertyChange::forcesReplacement).map(PropertyChange::input).toList();
    }

    /** A replace or delete of a protected resource: Pulumi will refuse it until protect is lifted. */
    public boolean blockedByProtect() {
        return resource.protect() && (kind == ChangeKind.REPLACE || kind == ChangeKind.DELETE);
    }
}
