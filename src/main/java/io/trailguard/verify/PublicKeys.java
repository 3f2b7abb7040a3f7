package io.trailguard.verify;

import java.time.Instant;
import java.util.Optional;

/**
 * CloudTrail's public keys for digest signatures. CloudTrail signs with a key pair per region, so a digest's key
 * is looked up in the digest's region by the digest's {@code digestPublicKeyFingerprint} (custom-validation guide,
 * "B. Retrieve the Public Key" and "C. Choose the Public Key to Use for Validation").
 */
public interface PublicKeys {

    /**
     * The key of {@code region} whose fingerprint is {@code fingerprint}, among those valid between {@code from} and
     * {@code to} (the time range of the digests being checked).
     */
    Optional<SigningKey> find(String region, String fingerprint, Instant from, Instant to) throws KeyException;

    /** Where the keys come from, for the report. */
    String describe();

    /** Keys could not be had (no credentials, AWS refused, unreadable key file). */
    final class KeyException extends Exception {
        public KeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
