package dev.whosaid.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A byte-order mark at the start of bytes: how to decode what follows, and how many bytes it takes.
 * Windows tools write one (PowerShell 5 writes UTF-16); it says how to read, it is not text.
 */
record ByteOrderMark(Charset charset, int length) {

    /** The mark that the first three bytes ({@code -1} where there are fewer) begin with, or null. */
    static ByteOrderMark of(int b0, int b1, int b2) {
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return new ByteOrderMark(StandardCharsets.UTF_8, 3);
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
        }
        return null;
    }

    /** The mark {@code bytes} begin with, or null. */
    static ByteOrderMark of(byte[] bytes) {
        return of(bytes.length > 0 ? bytes[0] & 0xff : -1, bytes.length > 1 ? bytes[1] & 0xff : -1,
                bytes.length > 2 ? bytes[2] & 0xff : -1);
    }

    /**
     * Reads past a byte-order mark and returns the charset it names; without one, leaves the stream as
     * it was and returns UTF-8.
     */
    static Charset skip(BufferedInputStream in) throws IOException {
        in.mark(3);
        ByteOrderMark mark = of(in.read(), in.read(), in.read());
        in.reset();
        if (mark == null) {
            return StandardCharsets.UTF_8;
        }
        in.skipNBytes(mark.length);
        return mark.charset;
    }
}
