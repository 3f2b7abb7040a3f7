package io.trailguard.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void progressLineShowsFilesRecordsThroughputAndEtaFromStoredBytes() {
        // A quarter of the stored bytes in 10 s: 30 s to go.
        assertEquals("files 3/10  records 1,000  5.0 MB/s  ETA 0m30s", Progress.line(3, 10, 1000, 50_000_000, 25, 100, 10.0));
        assertEquals("files 1/4  records 7  0.0 MB/s  ETA 2h46m", Progress.line(1, 4, 7, 0, 1, 1001, 10.0));
    }

    @Test
    void progressLineHasNoEtaWithoutSizes() {
        assertEquals("files 0/1  records 0  0.0 MB/s  ETA -", Progress.line(0, 1, 0, 0, 0, 0, 1.0));
    }
}
