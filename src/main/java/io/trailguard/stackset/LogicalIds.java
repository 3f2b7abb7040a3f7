package io.trailguard.stackset;

import io.trailguard.member.ResourceSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Template logical ids from spec ids: alphanumeric only ("The logical ID must be alphanumeric (A-Za-z0-9) and unique
 * within the template", resources-section-structure.html), so {@code filter-cis-3.1} becomes {@code FilterCis31}. Two
 * spec ids that would collapse to the same logical id are refused rather than renamed.
 */
final class LogicalIds {

    private final Map<String, String> byId = new HashMap<>();

    LogicalIds(List<ResourceSpec> specs) {
        Map<String, String> seen = new HashMap<>();
        for (ResourceSpec s : specs) {
            String logical = camel(s.id());
            String other = seen.putIfAbsent(logical, s.id());
            if (other != null) {
                throw new IllegalArgumentException("spec ids " + other + " and " + s.id() + " both become logical id " + logical);
            }
            byId.put(s.id(), logical);
        }
    }

    String of(String specId) {
        String l = byId.get(specId);
        if (l == null) {
            throw new IllegalArgumentException("no resource " + specId + " in the template");
        }
        return l;
    }

    static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        return b.toString();
    }
}
