package io.trailguard.verify;

import java.util.concurrent.atomic.LongAdder;

/** Counts of one account and region, updated by the workers. */
public final class Tally {
    final LongAdder digests = new LongAdder();
    final LongAdder digestsValid = new LongAdder();
    final LongAdder digestsUnsigned = new LongAdder();
    final LongAdder digestsInvalid = new LongAdder();
    final LongAdder logsValid = new LongAdder();
    final LongAdder logsModified = new LongAdder();
    final LongAdder logsDeleted = new LongAdder();
    final LongAdder logsUnlisted = new LongAdder();
    final LongAdder logsPending = new LongAdder();
    final LongAdder logsUnverified = new LongAdder();

    /** A frozen copy, for the report. */
    public Counts counts() {
        return new Counts(digests.sum(), digestsValid.sum(), digestsUnsigned.sum(), digestsInvalid.sum(),
                logsValid.sum(), logsModified.sum(), logsDeleted.sum(), logsUnlisted.sum(), logsPending.sum(),
                logsUnverified.sum());
    }

    /**
     * @param digestsUnsigned digests whose signature could not be checked (the newest of a local copy)
     * @param logsPending     log files written after the newest digest: no digest covers them yet
     * @param logsUnverified  log files listed only by a digest that does not verify, so their hash proves nothing
     */
    public record Counts(long digests, long digestsValid, long digestsUnsigned, long digestsInvalid, long logsValid,
                         long logsModified, long logsDeleted, long logsUnlisted, long logsPending, long logsUnverified) {}
}
