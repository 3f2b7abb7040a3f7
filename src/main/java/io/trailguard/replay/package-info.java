/**
 * Replays archived CloudTrail through a stack's detection rules for an investigation: inputs are streamed record by
 * record (never a whole file as one tree), files are processed in parallel, and hits come out in input order.
 */
package io.trailguard.replay;
