package io.trailguard.org;

/** A PR-comment section: headline, verdict, one table row per gap. */
final class CoverageMarkdown {

    private CoverageMarkdown() {}

    static String render(CoverageReport r, String stack) {
        StringBuilder b = new StringBuilder("### trailguard coverage: `").append(stack).append("`\n\n");
        b.append(CoverageSummary.headline(r, stack)).append(".\n\n");
        b.append(r.covered() ? "" : "**").append(CoverageSummary.verdict(r)).append(r.covered() ? "" : "**").append("\n");
        if (!r.covered()) {
            b.append("\n| Gap | Config key | Account | Problem | Fix |\n|---|---|---|---|---|\n");
            for (CoverageGap g : r.gaps()) {
                b.append("| ").append(g.kind().id())
                        .append(" | `").append(g.path()).append('`')
                        .append(" | ").append(g.accountId() == null ? "" : g.accountId())
                        .append(" | ").append(cell(g.message()))
                        .append(" | ").append(cell(g.hint()))
                        .append(" |\n");
            }
        }
        return b.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
