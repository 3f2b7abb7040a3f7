package io.trailguard.org;

/** {@code trailguard:coverage: fail} found gaps (or could not look): the program must stop before registering anything. */
public final class CoverageGateException extends RuntimeException {

    CoverageGateException(String message, Throwable cause) {
        super(message, cause);
    }
}
