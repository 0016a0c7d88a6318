package dev.whosaid.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a file that start in a stretch of bytes {@code [start, end)}: a line starts at byte 0
 * and after every {@code \n}. Every line belongs to exactly one stretch, the one it starts in, and is
 * read whole by it even where it runs past {@code end}; so cutting a file anywhere loses no line and
 * reads none twice. ({@code \n} never occurs inside a UTF-8 character, so bytes can be cut without
 * decoding.)
 */
final class LineRange {
    private static final int CHUNK = 1 << 16;

    private LineRange() {
    }

    /** The bytes of the lines that start in {@code [start, end)}, from a stream that starts at the byte before {@code start} (at 0 if it is 0). */
    static InputStream lines(InputStream fromOpen, long start, long end) {
        return new FilterInputStream(fromOpen) {
            /** Position in the file of the next byte read from {@code in}. */
            private long pos = Math.max(0, start - 1);
            /** Whether the bytes before the first line start are still being passed over. */
            private boolean skipping = start > 0;
            private boolean done;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                while (skipping && !done) {
                    int c = in.read();
                    if (c < 0) {
                        done = true;
                    } else if (c == '\n') {
                        skipping = false;
                        done = pos + 1 >= end; // no line starts in the stretch
                    } else if (pos + 1 >= end) {
                        // no line starts in the stretch: do not read on through a long line to its end,
                        // which every stretch inside that line would do again
                        done = true;
                    }
                    pos++;
                }
                if (done) {
                    return -1;
                }
                int n = in.read(b, off, len);
                if (n < 0) {
                    done = true;
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    if (b[off + i] == '\n' && pos + i + 1 >= end) {
                        // the last line that starts in the stretch ends here; the rest is the next one's
                        done = true;
                        pos += i + 1;
                        return i + 1;
                    }
                }
                pos += n;
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                byte[] sink = new byte[(int) Math.min(n, CHUNK)];
                long skipped = 0;
                while (skipped < n) {
                    int r = read(sink, 0, (int) Math.min(sink.length, n - skipped));
                    if (r < 0) {
                        break;
                    }
                    skipped += r;
                }
                return skipped;
            }

            @Override
            public int available() {
                return 0; // a read may end the stretch early; promise nothing
            }

            @Override
            public boolean markSupported() {
                return false;
            }
        };
    }

    /** How many lines start in {@code [start, end)}, counted from a stream that starts at the byte before {@code start} (at 0 if it is 0). */
    static long countLineStarts(InputStream fromOpen, long start, long end) throws IOException {
        long pos = Math.max(0, start - 1);
        long count = start == 0 ? 1 : 0; // the first line of the file (the file is not empty: end > 0)
        byte[] buffer = new byte[CHUNK];
        while (pos < end - 1) {
            int n = fromOpen.read(buffer, 0, (int) Math.min(buffer.length, end - 1 - pos));
            if (n < 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    count++; // a line starts at pos + i + 1, which is below end
                }
            }
            pos += n;
        }
        return count;
    }
}
