package io.trailguard.replay;

import java.util.concurrent.atomic.LongAdder;

/** Running totals shared by the workers, read by the progress line. */
final class ReplayCounters {
    final LongAdder filesDone = new LongAdder();
    final LongAdder records = new LongAdder();
    /** Bytes of JSON after decompression. */
    final LongAdder jsonBytes = new LongAdder();
    /** Bytes read from the inputs as stored (compressed or not), against which the ETA is estimated. */
    final LongAdder storedBytes = new LongAdder();
}
