package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

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

    /** Opens a stream; may fail. */
    interface StreamSource {
        InputStream open() throws IOException;
    }

    /**
     * The records of a file, or of the lines that start in its bytes {@code [start, end)} (end -1: the
     * whole file); a file that cannot be opened is one error line {@code E005}.
     *
     * @param source    the file from its start, or for a stretch from the byte before {@code start}
     * @param firstLine the number of the first line read (1 for a whole file)
     */
    static FileRecords open(String name, String id, Inputs.Kind kind, StreamSource source, long start, long end,
                            long firstLine, String idField, long maxTextChars) {
        CountingInputStream counted;
        InputStream data;
        try {
            if (end >= 0) {
                // a stretch of a plain file: no gzip, and no byte-order mark past the first line
                counted = new CountingInputStream(LineRange.lines(new BufferedInputStream(source.open(), 1 << 16),
                        start, end));
                data = counted;
            } else {
                counted = new CountingInputStream(source.open());
                data = maybeGzip(counted);
            }
        } catch (IOException | UncheckedIOException e) {
            return failed(new InputRecord.Unreadable(id, ErrorCode.E005, name, message(e)));
        }
        try {
            return switch (kind) {
                case JSON_LINES -> new JsonLinesFile(counted, data, name, data instanceof GZIPInputStream,
                        maxTextChars * 6 + (1 << 20), idField, firstLine);
                case JSON, TEXT -> new WholeFile(counted, data, name, id, kind == Inputs.Kind.TEXT, maxTextChars);
            };
        } catch (IOException e) {
            try {
                data.close();
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            return failed(new InputRecord.Unreadable(id, ErrorCode.E005, name, message(e)));
        }
    }

    /**
     * A file's id: its path below the directory given ({@code root}), or its name if none was, with
     * {@code /} between directories and without {@code .txt}, {@code .jsonl}, {@code .json} or {@code .gz}.
     */
    static String idOf(String root, String path) {
        String rel = root == null ? path.substring(path.lastIndexOf('/') + 1)
                : path.startsWith(root) ? path.substring(root.length()) : path;
        rel = rel.replace(File.separatorChar, '/');
        while (rel.startsWith("/")) {
            rel = rel.substring(1);
        }
        String id = rel.endsWith(".gz") ? rel.substring(0, rel.length() - 3) : rel;
        String lower = id.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".txt", ".jsonl", ".ndjson", ".json"}) {
            if (lower.endsWith(ext)) {
                return id.substring(0, id.length() - ext.length());
            }
        }
        return id;
    }

    /** The stream, uncompressed if it starts with gzip's magic number (a file's name may not say so). */
    private static InputStream maybeGzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
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
