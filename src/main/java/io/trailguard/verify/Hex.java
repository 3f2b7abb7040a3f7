package io.trailguard.verify;

import java.util.HexFormat;
import java.util.Optional;

/** Hexadecimal, as the digests write hashes and signatures. */
final class Hex {

    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {}

    static String of(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    /** The bytes of a hex string (either case); empty when it is not hex. */
    static Optional<byte[]> parse(String text) {
        if (text == null || text.length() % 2 != 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LOWER.parseHex(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
