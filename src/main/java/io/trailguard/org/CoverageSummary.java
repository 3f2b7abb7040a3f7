package io.trailguard.org;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-line headline and gap counts every format shares. */
final class CoverageSummary {

    private CoverageSummary() {}

    /** @param stack the stack's name, or null where only the config is known (the preview gate) */
    static String headline(CoverageReport r, String stack) {
        OrganizationSnapshot org = r.organization();
        long live = org.accounts().stream().filter(a -> a.state().live()).count();
        return (stack == null ? "stack config" : "stack " + stack) + " vs organization " + org.organizationId() + ": " + org.accounts().size()
                + " accounts (" + live + " active), " + r.configAccounts() + " in config";
    }

    /** {@code 3 gaps: 2 not-in-config, 1 ou-mismatch}, or the all-clear. */
    static String verdict(CoverageReport r) {
        if (r.covered()) {
            return "covered: every active account is in config, and config matches the organization";
        }
        Map<String, Long> byKind = r.gaps().stream()
                .collect(Collectors.groupingBy(g -> g.kind().id(), LinkedHashMap::new, Collectors.counting()));
        return r.gaps().size() + (r.gaps().size() == 1 ? " gap: " : " gaps: ")
                + byKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }
}
