package io.trailguard.org;

/** The organization could not be read; the message says why and what would fix it. */
public final class InventoryException extends RuntimeException {

    InventoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
