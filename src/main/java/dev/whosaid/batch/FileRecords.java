package dev.whosaid.batch;

import java.io.IOException;
import java.io.InputStream;

/** The records of one input file, handed out one at a time: see {@link Inputs}. */
abstract class FileRecords {
    final CountingInputStream counted;

    FileRecords(CountingInputStream counted) {
        this.counted = counted;
    }

    abstract InputRecord next() throws IOException;

    abstract void close() throws IOException;

    /** Bytes of the file behind the records handed out so far. */
    long position() {
        return counted.count();
    }

    static FileRecords failed(InputRecord.Unreadable r) {
        return new FileRecords(new CountingInputStream(InputStream.nullInputStream())) {
            private boolean given;

            @Override
            InputRecord next() {
                if (given) {
                    return null;
                }
                given = true;
                return r;
            }

            @Override
            void close() {
            }
        };
    }

    /** "EOFException: Unexpected end of ZLIB input stream", for error lines. */
    static String message(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
