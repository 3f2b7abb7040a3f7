package io.trailguard.replay;

import java.util.List;

/**
 * What one input yielded, kept until every earlier input has been written so that output follows input order.
 *
 * @param records      records read (after unwrapping envelopes), before filters
 * @param filtered     records left out by {@code --since/--until/--account}
 * @param unlisted     records of accounts the stack does not list (only organization-wide rules see them)
 * @param problems     skipped ranges, the first {@link FileReplay#MAX_PROBLEMS_LISTED} of them
 * @param problemCount all skipped ranges, listed or not
 * @param skippedBytes bytes in skipped ranges
 * @param refused      the input as a whole was not read
 */
record FileResult(Input input, long records, long filtered, long unlisted, List<Hit> hits, List<Problem> problems,
        long problemCount, long skippedBytes, boolean refused) {}
