package io.trailguard.replay;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Turns a stored input into its JSON text as UTF-8 bytes, told from the content, never the name: gzip (by its magic
 * bytes) or plain; UTF-8 (a byte-order mark is dropped) or UTF-16 (by its byte-order mark, or by the zero bytes of
 * its first ASCII character), decoded to UTF-8. Other compressions and UTF-32 are refused, named.
 */
final class InputDecoding {

    /** JSON text and how to describe positions in it; {@code refusal} non-null when the input cannot be read as text. */
    record Decoded(InputStream json, String unit, Supplier<String> storedPosition, String refusal) {

        static Decoded refused(String why) {
            return new Decoded(null, "", () -> "", why);
        }
    }

    private InputDecoding() {}

    static Decoded open(InputStream raw) throws IOException {
        CountingInputStream stored = new CountingInputStream(raw, null);
        BufferedInputStream in = new BufferedInputStream(stored, 1 << 16);
        byte[] head = peek(in, 6);
        String other = otherCompression(head);
        if (other != null) {
            return Decoded.refused(other + " compressed input is not supported (gzip and plain JSON are): decompress it first");
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            GZIPInputStream gz;
            try {
                gz = new GZIPInputStream(in, 1 << 16);
            } catch (IOException e) {
                return Decoded.refused("not a readable gzip file: " + e.getMessage());
            }
            Supplier<String> where = () -> "compressed byte " + stored.count();
            // Not buffered: BufferedInputStream reads on while available() > 0, which GZIPInputStream answers until
            // its end, and an error there (a truncated file) would throw away the bytes it already holds.
            return text(new Peeked(gz, 4), "decompressed", where);
        }
        return text(new Peeked(in, 4), "", () -> "");
    }

    private static Decoded text(Peeked in, String unit, Supplier<String> where) throws IOException {
        byte[] h = in.head();
        int b0 = h.length > 0 ? h[0] & 0xff : -1;
        int b1 = h.length > 1 ? h[1] & 0xff : -1;
        int b2 = h.length > 2 ? h[2] & 0xff : -1;
        int b3 = h.length > 3 ? h[3] & 0xff : -1;
        if ((b0 == 0 && b1 == 0 && (b2 == 0xfe || b3 != 0)) || (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0)
                || (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0 && h.length == 4)) {
            return Decoded.refused("UTF-32 text is not supported (UTF-8 and UTF-16 are): convert it to UTF-8");
        }
        if (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) {
            in.drop(3);
            return new Decoded(in, unit, where, null);
        }
        Charset utf16 = null;
        if (b0 == 0xfe && b1 == 0xff) {
            utf16 = StandardCharsets.UTF_16BE;
            in.drop(2);
        } else if (b0 == 0xff && b1 == 0xfe) {
            utf16 = StandardCharsets.UTF_16LE;
            in.drop(2);
        } else if (b0 == 0 && b1 > 0 && b1 < 0x80) {
            utf16 = StandardCharsets.UTF_16BE;
        } else if (b0 > 0 && b0 < 0x80 && b1 == 0) {
            utf16 = StandardCharsets.UTF_16LE;
        }
        if (utf16 == null) {
            return new Decoded(in, unit, where, null);
        }
        String decoded = (unit.isEmpty() ? "" : unit + ", ") + "UTF-8 of the " + utf16.name();
        return new Decoded(new Utf8Of(new InputStreamReader(in, utf16)), decoded, where, null);
    }

    private static String otherCompression(byte[] h) {
        if (startsWith(h, 0x50, 0x4b, 0x03, 0x04)) {
            return "zip";
        }
        if (startsWith(h, 0x42, 0x5a, 0x68)) {
            return "bzip2";
        }
        if (startsWith(h, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) {
            return "xz";
        }
        if (startsWith(h, 0x28, 0xb5, 0x2f, 0xfd)) {
            return "zstd";
        }
        return null;
    }

    private static boolean startsWith(byte[] h, int... magic) {
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] head = in.readNBytes(n);
        in.reset();
        return head;
    }

    /**
     * A stream whose first bytes were read ahead to tell its format; an error while reading them is kept and thrown
     * after they are delivered, so that nothing read is lost.
     */
    private static final class Peeked extends InputStream {
        private final InputStream in;
        private final byte[] head;
        private int at;
        private IOException pending;

        Peeked(InputStream in, int n) {
            this.in = in;
            byte[] h = new byte[n];
            int got = 0;
            try {
                for (int b; got < n && (b = in.read()) >= 0; got++) {
                    h[got] = (byte) b;
                }
            } catch (IOException e) {
                pending = e;
            }
            this.head = java.util.Arrays.copyOf(h, got);
        }

        byte[] head() {
            return head.clone();
        }

        void drop(int n) {
            at = Math.min(head.length, at + n);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (at < head.length) {
                int k = Math.min(len, head.length - at);
                System.arraycopy(head, at, b, off, k);
                at += k;
                return k;
            }
            if (pending != null) {
                IOException e = pending;
                pending = null;
                throw e;
            }
            return in.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** UTF-8 bytes of decoded text, chunk by chunk; a surrogate pair split across chunks is kept whole. */
    private static final class Utf8Of extends InputStream {
        private final Reader reader;
        private final char[] chars = new char[8192];
        private int carried = -1;
        private byte[] bytes = new byte[0];
        private int at;

        Utf8Of(Reader reader) {
            this.reader = reader;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (at >= bytes.length) {
                int start = 0;
                if (carried >= 0) {
                    chars[0] = (char) carried;
                    carried = -1;
                    start = 1;
                }
                int n = reader.read(chars, start, chars.length - start);
                if (n < 0) {
                    if (start == 0) {
                        return -1;
                    }
                    n = 0;
                }
                int total = start + n;
                if (n > 0 && total > 0 && Character.isHighSurrogate(chars[total - 1])) {
                    carried = chars[total - 1];
                    total--;
                }
                bytes = new String(chars, 0, total).getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            int k = Math.min(len, bytes.length - at);
            System.arraycopy(bytes, at, b, off, k);
            at += k;
            return k;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
