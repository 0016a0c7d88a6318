package dev.whosaid.batch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Ends a stream at its first failed read, and keeps the failure for whoever reads to the end. */
final class EndAtFailureStream extends FilterInputStream {
    private IOException cause;

    EndAtFailureStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (cause != null) {
            return -1;
        }
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            cause = e;
            return -1;
        } catch (UncheckedIOException e) {
            cause = e.getCause();
            return -1;
        }
    }

    /** The failure that ended the stream, or null. */
    IOException failure() {
        return cause;
    }
}
