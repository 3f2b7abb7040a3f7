package io.trailguard.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every rule over every event of the Panther corpus: a hit not listed in {@code expected-corpus-hits.tsv} (with
 * its reason) fails, so a rule that fires on unrelated events is caught; a listed hit that no longer happens
 * fails too, so the list stays true.
 */
class CorpusSweepTest {

    @Test
    @DisplayName("rules fire on the Panther corpus exactly where the allow-list says, each for a stated reason")
    void everyCorpusHitIsExpected() throws IOException {
        Set<String> expected = expectedHits();
        Set<String> actual = new TreeSet<>();
        for (Rule rule : Catalogue.all()) {
            CompiledPattern p = rule.compile(Feed.TRAIL);
            for (TestEvents.CorpusEvent e : TestEvents.pantherCorpus()) {
                if (p.matches(e.event())) {
                    actual.add(rule.id() + "\t" + e.ref());
                }
            }
        }
        List<String> unexpected = new ArrayList<>(actual);
        unexpected.removeAll(expected);
        List<String> vanished = new ArrayList<>(expected);
        vanished.removeAll(actual);
        System.out.printf("corpus sweep: %d rules x %d events, %d hits, %d unexpected, %d listed but gone%n",
                Catalogue.all().size(), TestEvents.pantherCorpus().size(), actual.size(), unexpected.size(), vanished.size());
        assertEquals(List.of(), unexpected, "unexpected hits");
        assertEquals(List.of(), vanished, "listed hits that no longer happen");
    }

    private static Set<String> expectedHits() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CorpusSweepTest.class.getResourceAsStream("/detect/expected-corpus-hits.tsv"), StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> {
                        String[] f = l.split("\t");
                        if (f.length < 3 || f[2].isBlank()) {
                            throw new IllegalStateException("expected hit without a reason: " + l);
                        }
                        return f[0] + "\t" + f[1];
                    })
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
