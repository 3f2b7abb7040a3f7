package io.trailguard.detect;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SigmaHQ CloudTrail rules against the catalogue: which trailguard rule ports each one, or why none does. The
 * table in {@code docs/sigma-coverage.md} is this class's output, and a test checks it against the Sigma corpus.
 */
public final class SigmaCoverage {

    private SigmaCoverage() {}

    /** The catalogue rules that port {@code sigma}, in catalogue order. */
    public static List<Rule> portedBy(SigmaRefs.Sigma sigma) {
        return Catalogue.all().stream()
                .filter(r -> r.references().sigma().stream().anyMatch(s -> s.id().equals(sigma.id())))
                .toList();
    }

    /** Sigma rules that at least one trailguard rule ports. */
    public static long covered() {
        return SigmaRefs.all().stream().filter(s -> !portedBy(s).isEmpty()).count();
    }

    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# SigmaHQ CloudTrail rules in trailguard\n\n");
        b.append("Generated from the catalogue (`io.trailguard.detect.SigmaCoverage`); `SigmaCoverageTest` fails when this"
                + " file, the catalogue and the Sigma corpus disagree.\n\n");
        b.append("Source: [SigmaHQ/sigma](https://github.com/SigmaHQ/sigma) at `").append(SigmaRefs.COMMIT)
                .append("`, `rules/cloud/aws/cloudtrail/`, under the ").append(SigmaRefs.LICENSE)
                .append(": every ported rule keeps the Sigma id, its authors and a link to the source in its references"
                        + " (`./trailguard rules --format json`).\n\n");
        b.append("Covered: **").append(covered()).append(" of ").append(SigmaRefs.all().size()).append("**. ")
                .append("Fidelity: EXACT (same events; failed attempts may count too), NARROWED (a subset, for the reason"
                        + " given), APPROXIMATED (Sigma compares two fields or searches a whole object, which a metric filter"
                        + " cannot), PARTIAL, NOT_PORTED.\n\n");
        b.append("| Sigma rule | id | authors | trailguard rule | fidelity | what a filter could not express, or why |\n");
        b.append("| --- | --- | --- | --- | --- | --- |\n");
        for (SigmaRefs.Sigma s : SigmaRefs.all()) {
            String rules = portedBy(s).stream().map(r -> "`" + r.id() + "`").collect(Collectors.joining(", "));
            b.append("| [").append(cell(s.title())).append("](").append(s.url()).append(") | `").append(s.id()).append("` | ")
                    .append(cell(s.author())).append(" | ").append(rules.isEmpty() ? "—" : rules).append(" | ")
                    .append(s.fidelity()).append(" | ").append(cell(s.note())).append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
