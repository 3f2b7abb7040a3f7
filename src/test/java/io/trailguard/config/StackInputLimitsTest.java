package io.trailguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trailguard.config.ConfigLoader.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken input ends in one clear error, never a stack trace, an OOM or a hang (the timeout only guards against hangs). */
class StackInputLimitsTest {

    private static final Duration HANG = Duration.ofSeconds(30);

    private static LoadResult load(Path file) {
        return assertTimeoutPreemptively(HANG, () -> ConfigLoader.fromStackFile(file));
    }

    @Test
    void anEndlessFileStopsAtTheSizeBound() {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            return;
        }
        LoadResult r = load(zero);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains("larger than 1024 KiB"), r::report);
    }

    @Test
    void aFifteenMegabyteScalarIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("Pulumi.big.yaml");
        Files.writeString(f, "config:\n  trailguard:scope: " + "a".repeat(15 * 1024 * 1024) + "\n");
        LoadResult r = load(f);
        assertEquals(1, r.errors().size(), r::report);
        assertTrue(r.errors().get(0).message().contains("larger than"), r::report);
    }

    @Test
    void aScalarJustUnderTheBoundIsParsedAndJudged(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("Pulumi.big.yaml");
        Files.writeString(f, "config:\n  trailguard:scope: " + "a".repeat(1000 * 1024) + "\n");
        LoadResult r = load(f);
        assertFalse(r.ok());
        assertTrue(r.report().contains("trailguard:scope"), () -> r.report().substring(0, 300));
    }

    @Test
    void nonUtf8TextNamesTheByteAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("Pulumi.latin1.yaml");
        Files.write(f, "config:\n  trailguard:scope: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        LoadResult r = load(f);
        assertEquals("not UTF-8: byte 0xE9 at offset 31", r.errors().get(0).message(), r::report);
        assertEquals(2, r.errors().get(0).line());
    }

    @Test
    void aRecursiveAliasIsAClearError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("Pulumi.rec.yaml");
        Files.writeString(f, "config:\n  trailguard:organization: &o\n    id: *o\n");
        LoadResult r = load(f);
        assertTrue(r.errors().get(0).message().contains("value contains itself"), r::report);
    }

    @Test
    void aDirectoryIsNotAStackFile(@TempDir Path dir) {
        LoadResult r = load(dir);
        assertTrue(r.errors().get(0).message().contains("is a directory"), r::report);
    }
}
