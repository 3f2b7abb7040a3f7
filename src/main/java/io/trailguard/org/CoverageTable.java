package io.trailguard.org;

import java.util.List;

/** Aligned columns for a terminal; each gap's fix on the line below its problem. */
final class CoverageTable {

    private CoverageTable() {}

    static String render(CoverageReport r, String stack) {
        StringBuilder b = new StringBuilder(CoverageSummary.headline(r, stack)).append("\n\n");
        if (!r.covered()) {
            List<CoverageGap> gaps = r.gaps();
            int kindWidth = Math.max(3, gaps.stream().mapToInt(g -> g.kind().id().length()).max().orElse(0));
            int keyWidth = Math.max(3, gaps.stream().mapToInt(g -> g.path().length()).max().orElse(0));
            String row = "%-" + kindWidth + "s  %-" + keyWidth + "s  %-12s  %s%n";
            b.append(String.format(row, "GAP", "KEY", "ACCOUNT", "PROBLEM"));
            String indent = " ".repeat(kindWidth + keyWidth + 18);
            for (CoverageGap g : gaps) {
                b.append(String.format(row, g.kind().id(), g.path(), g.accountId() == null ? "-" : g.accountId(), g.message()));
                b.append(indent).append("fix: ").append(g.hint()).append('\n');
            }
            b.append('\n');
        }
        return b.append(CoverageSummary.verdict(r)).append('\n').toString();
    }
}
