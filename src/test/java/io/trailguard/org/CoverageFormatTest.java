package io.trailguard.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoverageFormatTest {

    private final CoverageReport drifted = CoverageCheck.compare(TestStacks.covered(), MockOrganization.dev()
            .account("800000000001", "a|b", "r-dev1")
            .move("444444444444", "ou-dev1-payments1")
            .inventory().snapshot());

    @Test
    void tablePrintsEachGapWithItsFixBelowIt() {
        List<String> lines = CoverageFormat.TABLE.render(drifted, "dev").lines().toList();

        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("ou-mismatch")).findFirst().orElseThrow());
        assertTrue(lines.get(row).contains("trailguard:accounts[3].ou") && lines.get(row).contains("444444444444"), lines.get(row));
        assertEquals("fix: set it to ou-dev1-payments1", lines.get(row + 1).strip());
        assertEquals("2 gaps: 1 ou-mismatch, 1 not-in-config", lines.get(lines.size() - 1));
    }

    @Test
    void markdownEscapesPipesSoEachGapStaysOneRow() {
        List<String> rows = CoverageFormat.MARKDOWN.render(drifted, "dev").lines().filter(l -> l.startsWith("| ")).toList();

        assertEquals(1 + drifted.gaps().size(), rows.size());
        assertTrue(rows.get(2).contains("(a\\|b, in Root)"), rows.get(2));
    }

    @Test
    void formatsAreChosenByNameInAnyCase() {
        assertEquals(Optional.of(CoverageFormat.MARKDOWN), CoverageFormat.parse("Markdown"));
        assertEquals(Optional.empty(), CoverageFormat.parse("yaml"));
    }
}
