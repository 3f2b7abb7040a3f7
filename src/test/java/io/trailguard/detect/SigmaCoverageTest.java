package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The catalogue against SigmaHQ's CloudTrail rules (test resources {@code corpus/sigma-cloudtrail/}, a copy of
 * SigmaHQ/sigma {@value SigmaRefs#COMMIT} {@code rules/cloud/aws/cloudtrail/}, DRL 1.1): every Sigma rule is
 * accounted for, every attribution matches its source file, and {@code docs/sigma-coverage.md} is current.
 */
class SigmaCoverageTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/sigma-cloudtrail");
    private static final Path DOC = Path.of("docs/sigma-coverage.md");

    @Test
    @DisplayName("every Sigma CloudTrail rule of the corpus is listed with the id, title and authors of its file")
    void everySigmaRuleIsAccountedForWithItsAttribution() throws IOException {
        Map<String, Map<String, Object>> corpus = corpus();
        assertEquals(57, corpus.size(), "the corpus holds SigmaHQ's 57 CloudTrail rules");
        Map<String, SigmaRefs.Sigma> listed = new TreeMap<>();
        SigmaRefs.all().forEach(s -> listed.put(s.file(), s));
        assertEquals(corpus.keySet(), listed.keySet());
        for (var e : corpus.entrySet()) {
            SigmaRefs.Sigma s = listed.get(e.getKey());
            assertEquals(e.getValue().get("id"), s.id(), e.getKey());
            assertEquals(e.getValue().get("title"), s.title(), e.getKey());
            assertEquals(e.getValue().get("author"), s.author(), e.getKey());
        }
    }

    @Test
    @DisplayName("at least 45 of 57 Sigma rules are ported; every one not ported says why, and no rule claims it")
    void coverageAndReasons() {
        List<String> wrong = new ArrayList<>();
        for (SigmaRefs.Sigma s : SigmaRefs.all()) {
            boolean ported = !SigmaCoverage.portedBy(s).isEmpty();
            if (s.fidelity() == SigmaRefs.Fidelity.NOT_PORTED && ported) {
                wrong.add(s.file() + " is marked not ported but " + SigmaCoverage.portedBy(s).get(0).id() + " claims it");
            }
            if (s.fidelity() != SigmaRefs.Fidelity.NOT_PORTED && !ported) {
                wrong.add(s.file() + " is marked " + s.fidelity() + " but no rule ports it");
            }
            if (s.fidelity() != SigmaRefs.Fidelity.EXACT && s.note().isBlank()) {
                wrong.add(s.file() + " is " + s.fidelity() + " without saying why");
            }
        }
        assertEquals(List.of(), wrong);
        System.out.printf("sigma coverage: %d of %d%n", SigmaCoverage.covered(), SigmaRefs.all().size());
        assertTrue(SigmaCoverage.covered() >= 45, SigmaCoverage.covered() + " of 57");
    }

    @Test
    @DisplayName("a rule that ports a Sigma rule carries its attribution (id, authors, source URL at the pinned commit)")
    void portedRulesCarryTheAttribution() {
        for (Rule r : Catalogue.all()) {
            for (SigmaRefs.Sigma s : r.references().sigma()) {
                assertTrue(Files.exists(CORPUS.resolve(s.file() + ".yml")), r.id() + " cites " + s.file());
                assertTrue(s.url().startsWith("https://github.com/SigmaHQ/sigma/blob/" + SigmaRefs.COMMIT + "/"), s.url());
                assertTrue(!s.author().isBlank(), s.file());
            }
        }
    }

    @Test
    @DisplayName("docs/sigma-coverage.md is the generated table (regenerate with -Dsigma.regenerate=true)")
    void theDocumentIsCurrent() throws IOException {
        String generated = SigmaCoverage.markdown();
        if (Boolean.getBoolean("sigma.regenerate")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8));
    }

    private static Map<String, Map<String, Object>> corpus() throws IOException {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    Map<String, Object> doc = new Yaml().load(in);
                    out.put(p.getFileName().toString().replace(".yml", ""), doc);
                }
            }
        }
        return out;
    }
}
