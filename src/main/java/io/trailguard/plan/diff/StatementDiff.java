package io.trailguard.plan.diff;

import java.util.List;
import java.util.Map;

/**
 * A policy document's change, statement by statement: statements with a Sid are matched by Sid, the others
 * by their whole content (so an edited statement without Sid shows as removed plus added).
 */
public record StatementDiff(List<Map<String, Object>> added, List<Map<String, Object>> removed, List<Changed> changed) {

    /** One statement whose Sid stayed and whose content changed. */
    public record Changed(String sid, Map<String, Object> before, Map<String, Object> after) {}

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
