package dev.whosaid.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte-order mark at the start of a stream: how to decode what follows. */
final class ByteOrderMark {
    private ByteOrderMark() {
    }

    /**
     * Reads past a UTF-8 or UTF-16 byte-order mark and returns the charset it names; without one, leaves
     * the stream as it was and returns UTF-8.
     */
    static Charset skip(BufferedInputStream in) throws IOException {
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
            return StandardCharsets.UTF_8;
        }
        if (b0 == 0xFE && b1 == 0xFF) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            in.skipNBytes(2);
            return StandardCharsets.UTF_16LE;
        }
        return StandardCharsets.UTF_8;
    }
}
