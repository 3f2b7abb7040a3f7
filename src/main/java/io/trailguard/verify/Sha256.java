package io.trailguard.verify;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 of bytes or of a stream, counting the bytes hashed. */
public final class Sha256 {

    public record Result(byte[] hash, long bytes) {}

    private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[Gzip.BUFFER]);

    private Sha256() {}

    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    public static Result of(InputStream in) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = BUFFERS.get();
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            md.update(buffer, 0, n);
            total += n;
        }
        return new Result(md.digest(), total);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
