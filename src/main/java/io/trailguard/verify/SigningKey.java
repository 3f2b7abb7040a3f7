package io.trailguard.verify;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;

/**
 * One CloudTrail public key. ListPublicKeys returns {@code Value} as "the DER encoded public key value in PKCS #1
 * format" (custom-validation guide, ListPublicKeys response elements); the guide's own sample list also holds a key
 * in X.509 SubjectPublicKeyInfo form ({@code MIIBIjANBgkqhkiG9w0BAQEF...}), so both are read. The fingerprint is the
 * hex MD5 of the {@code Value} bytes as returned: true of all three keys in the guide's sample response (checked in
 * SigningKeyTest), and checked for every key loaded, so a key file with a swapped key is refused.
 */
public record SigningKey(String fingerprint, PublicKey key, Instant validFrom, Instant validTo) {

    /** Decodes {@code der}, checks it against {@code fingerprint}; the message says what is wrong otherwise. */
    public static SigningKey of(byte[] der, String fingerprint, Instant validFrom, Instant validTo)
            throws GeneralSecurityException {
        String actual = fingerprintOf(der);
        if (fingerprint != null && !actual.equalsIgnoreCase(fingerprint)) {
            throw new GeneralSecurityException("fingerprint " + fingerprint + " does not match the key (its MD5 is " + actual + ")");
        }
        return new SigningKey(actual, decode(der), validFrom, validTo);
    }

    /** Hex MD5 of the key bytes, as CloudTrail computes the fingerprint. */
    public static String fingerprintOf(byte[] der) {
        try {
            return Hex.of(MessageDigest.getInstance("MD5").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    static PublicKey decode(byte[] der) throws GeneralSecurityException {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        try {
            return rsa.generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException notSpki) {
            BigInteger[] pkcs1 = Pkcs1.read(der);
            return rsa.generatePublic(new RSAPublicKeySpec(pkcs1[0], pkcs1[1]));
        }
    }

    /** The PKCS #1 encoding of an RSA public key: what ListPublicKeys returns (used to make test keys alike). */
    public static byte[] pkcs1(RSAPublicKey key) {
        return Pkcs1.write(key.getModulus(), key.getPublicExponent());
    }

    /** {@code RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }} (RFC 8017 A.1.1), in DER. */
    static final class Pkcs1 {
        private Pkcs1() {}

        static BigInteger[] read(byte[] der) throws GeneralSecurityException {
            int[] at = {0};
            expect(der, at, 0x30);
            int seqLen = length(der, at);
            if (at[0] + seqLen != der.length) {
                throw new GeneralSecurityException("not a PKCS #1 RSA public key (length)");
            }
            BigInteger n = integer(der, at);
            BigInteger e = integer(der, at);
            if (at[0] != der.length || n.signum() <= 0 || e.signum() <= 0) {
                throw new GeneralSecurityException("not a PKCS #1 RSA public key");
            }
            return new BigInteger[] {n, e};
        }

        private static BigInteger integer(byte[] der, int[] at) throws GeneralSecurityException {
            expect(der, at, 0x02);
            int len = length(der, at);
            if (len <= 0 || at[0] + len > der.length) {
                throw new GeneralSecurityException("not a PKCS #1 RSA public key (integer)");
            }
            BigInteger v = new BigInteger(Arrays.copyOfRange(der, at[0], at[0] + len));
            at[0] += len;
            return v;
        }

        private static void expect(byte[] der, int[] at, int tag) throws GeneralSecurityException {
            if (at[0] >= der.length || (der[at[0]] & 0xff) != tag) {
                throw new GeneralSecurityException("not a PKCS #1 or X.509 RSA public key");
            }
            at[0]++;
        }

        private static int length(byte[] der, int[] at) throws GeneralSecurityException {
            if (at[0] >= der.length) {
                throw new GeneralSecurityException("truncated key");
            }
            int first = der[at[0]++] & 0xff;
            if (first < 0x80) {
                return first;
            }
            int bytes = first & 0x7f;
            if (bytes == 0 || bytes > 3 || at[0] + bytes > der.length) {
                throw new GeneralSecurityException("bad DER length in key");
            }
            int len = 0;
            for (int i = 0; i < bytes; i++) {
                len = (len << 8) | (der[at[0]++] & 0xff);
            }
            return len;
        }

        static byte[] write(BigInteger n, BigInteger e) {
            byte[] body = concat(tlv(0x02, n.toByteArray()), tlv(0x02, e.toByteArray()));
            return tlv(0x30, body);
        }

        private static byte[] tlv(int tag, byte[] value) {
            byte[] len;
            if (value.length < 0x80) {
                len = new byte[] {(byte) value.length};
            } else if (value.length < 0x100) {
                len = new byte[] {(byte) 0x81, (byte) value.length};
            } else {
                len = new byte[] {(byte) 0x82, (byte) (value.length >> 8), (byte) value.length};
            }
            return concat(new byte[] {(byte) tag}, concat(len, value));
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }
}
