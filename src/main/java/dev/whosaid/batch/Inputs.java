package dev.whosaid.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.Json;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The records of the inputs a batch was given, in a stable order, read lazily so that memory does not
 * grow with the input:
 * <ul>
 * <li>a JSON Lines file ({@code .jsonl}, {@code .ndjson}, or any name given explicitly): one record per
 * non-blank line;</li>
 * <li>a {@code .json} file: one record, the object it holds;</li>
 * <li>a {@code .txt} file: one record, the article, its id taken from its path;</li>
 * <li>a directory: the files above found under it, recursively, directory by directory in order of
 * name (other files are counted and skipped; hidden files and directories, named ".…", are ignored);</li>
 * <li>{@code -}: standard input, as JSON Lines.</li>
 * </ul>
 * Any of them may be gzip-compressed; the first bytes tell, whatever the name says. A record too long to
 * read, or the rest of a file that breaks off, becomes an {@link InputRecord.Unreadable} in its place.
 */
public final class Inputs implements AutoCloseable {
    /** Name suffixes of the files that a directory walk reads, and as what. */
    private enum Kind { JSON_LINES, JSON, TEXT }

    private final RecordFields fields;
    private final long maxTextChars;
    private final InputStream stdin;
    private final Deque<Source> pending = new ArrayDeque<>();
    private final long totalBytes;
    private long bytesOfDoneFiles;
    private long skippedFiles;
    private String firstSkipped;
    private FileRecords current;

    /** A command-line argument: a file, a directory, or "-" for {@code stdin}. */
    private record Source(Path path, Path root, Kind kind, boolean stdin) {
    }

    /**
     * @param names        files, directories, or "-" for {@code stdin}; they must exist (check first, so
     *                     that a typo fails before the models load)
     * @param maxTextChars a text longer than this is {@link ErrorCode#E008}; a line of JSON may be six times
     *                     longer, for escapes, before it is not read at all
     */
    public Inputs(List<String> names, InputStream stdin, RecordFields fields, long maxTextChars) throws IOException {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("names must not be empty");
        }
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null");
        }
        this.fields = fields;
        this.maxTextChars = maxTextChars;
        this.stdin = stdin;
        long total = 0;
        for (String name : names) {
            if (name.equals("-")) {
                pending.add(new Source(null, null, Kind.JSON_LINES, true));
                total = -1;
                continue;
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                walk(p, files, new HashSet<>());
                for (Path f : files) {
                    pending.add(new Source(f, p, kindOf(f), false));
                    total = total < 0 ? total : total + Files.size(f);
                }
            } else {
                Kind k = kindOf(p);
                pending.add(new Source(p, null, k == null ? Kind.JSON_LINES : k, false));
                total = total < 0 ? total : total + Files.size(p);
            }
        }
        this.totalBytes = total;
    }

    /**
     * The readable files under {@code dir}, directory by directory in order of name; collected up front
     * so that the total size (for progress) is known, and because a listing is far smaller than what is
     * in the files. A directory met twice (through a symbolic link) is read once.
     */
    private void walk(Path dir, List<Path> out, Set<Path> seen) throws IOException {
        if (!seen.add(dir.toRealPath())) {
            return;
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        }
        for (Path c : children) {
            if (c.getFileName().toString().startsWith(".")) {
                continue; // .git, editors' backups, macOS resource forks: not the archive's, not counted
            }
            if (Files.isDirectory(c)) {
                walk(c, out, seen);
            } else if (kindOf(c) != null && Files.isRegularFile(c)) {
                out.add(c);
            } else {
                skippedFiles++;
                if (firstSkipped == null) {
                    firstSkipped = c.toString();
                }
            }
        }
    }

    private static Kind kindOf(Path p) {
        String name = stripGz(p.getFileName().toString().toLowerCase(Locale.ROOT));
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        if (name.endsWith(".json")) {
            return Kind.JSON;
        }
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        return null;
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** The next record, or null when every input is read. */
    public InputRecord next() throws IOException {
        while (true) {
            if (current != null) {
                InputRecord r = current.next();
                if (r != null) {
                    return r;
                }
                bytesOfDoneFiles += current.counted.count; // the whole file, read to its end
                current.close();
                current = null;
            }
            Source s = pending.poll();
            if (s == null) {
                return null;
            }
            current = open(s);
        }
    }

    /**
     * Bytes of input that the records handed out so far came from (compressed bytes for gzip files, as
     * their sizes are): what a progress display divides by {@link #totalBytes()}.
     */
    public long bytesRead() {
        return bytesOfDoneFiles + (current == null ? 0 : current.position());
    }

    /** The size of all inputs, or -1 when standard input is one of them. */
    public long totalBytes() {
        return totalBytes;
    }

    /**
     * Files under the directories given that are not {@code .txt}, {@code .json} or {@code .jsonl}
     * (hidden ones aside).
     */
    public long skippedFiles() {
        return skippedFiles;
    }

    /** The first of {@link #skippedFiles()}, or null. */
    public String firstSkipped() {
        return firstSkipped;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }

    private FileRecords open(Source s) {
        String name = s.stdin ? "stdin" : s.path.toString();
        String id = s.stdin ? null : idOf(s);
        CountingStream counted;
        InputStream data;
        try {
            counted = new CountingStream(s.stdin ? nonClosing(stdin) : Files.newInputStream(s.path));
            data = maybeGzip(counted);
        } catch (IOException | UncheckedIOException e) {
            return FileRecords.failed(new InputRecord.Unreadable(id, ErrorCode.E005, name, message(e)));
        }
        return switch (s.kind) {
            case JSON_LINES -> new JsonLinesRecords(counted, data, name, data instanceof GZIPInputStream);
            case JSON, TEXT -> new WholeFileRecord(counted, data, name, id, s.kind == Kind.TEXT);
        };
    }

    /** A file's id: its path below the directory given, or its name, without {@code .txt} or {@code .gz}. */
    private static String idOf(Source s) {
        Path rel = s.root == null ? s.path.getFileName() : s.root.relativize(s.path);
        String id = stripGz(rel.toString().replace(rel.getFileSystem().getSeparator(), "/"));
        String lower = id.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".txt", ".jsonl", ".ndjson", ".json"}) {
            if (lower.endsWith(ext)) {
                return id.substring(0, id.length() - ext.length());
            }
        }
        return id;
    }

    private static String message(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** The stream, uncompressed if it starts with gzip's magic number (a file's name may not say so). */
    static InputStream maybeGzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // standard input belongs to the process, not to this reader
            }
        };
    }

    /** The records of one file. */
    private abstract static class FileRecords {
        final CountingStream counted;

        FileRecords(CountingStream counted) {
            this.counted = counted;
        }

        abstract InputRecord next() throws IOException;

        abstract void close() throws IOException;

        /** Bytes of the file behind the records handed out so far. */
        long position() {
            return counted.count;
        }

        static FileRecords failed(InputRecord.Unreadable r) {
            return new FileRecords(new CountingStream(InputStream.nullInputStream())) {
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
    }

    private final class JsonLinesRecords extends FileRecords {
        private final InputStream data;
        private final ReadFailure failure;
        private final LineReader lines;
        private final String name;
        /** Whether the bytes read are compressed: then lines do not say how far into the file they are. */
        private final boolean compressed;
        private long lineBytes;
        private boolean done;

        JsonLinesRecords(CountingStream counted, InputStream data, String name, boolean compressed) {
            super(counted);
            this.compressed = compressed;
            this.data = data;
            // A read that fails (a truncated gzip, a failing disk) ends the stream here instead of throwing
            // out of the decoder, which would drop the characters it had decoded but not yet returned.
            this.failure = new ReadFailure(data);
            // Bytes that are not UTF-8 become U+FFFD: one bad record must not stop the rest.
            this.lines = new LineReader(new InputStreamReader(failure, StandardCharsets.UTF_8),
                    maxTextChars * 6 + (1 << 20));
            this.name = name;
        }

        @Override
        InputRecord next() throws IOException {
            if (done) {
                return null;
            }
            LineReader.Line line;
            do {
                line = lines.next();
                if (line != null) {
                    lineBytes += (line.tooLong() ? line.length() : utf8Length(line.text())) + (line.ended() ? 1 : 0);
                }
            } while (line != null && !line.tooLong() && line.ended() && line.text().isBlank());
            if (failure.cause != null && (line == null || !line.ended())) {
                // The text after the last whole line is a torn record: one error line stands for the rest.
                done = true;
                long whole = line == null ? lines.lineNumber() : line.number() - 1;
                return new InputRecord.Unreadable(null, ErrorCode.E005, name + " after line " + whole,
                        "the rest of the file could not be read: " + message(failure.cause));
            }
            if (line == null || (!line.tooLong() && line.text().isBlank())) {
                done = true;
                return null;
            }
            String origin = name + " line " + line.number();
            if (line.tooLong()) {
                return new InputRecord.Unreadable(idInPrefix(line.text()), ErrorCode.E008, origin,
                        String.format(Locale.ROOT, "a line of %,d characters", line.length()));
            }
            return new InputRecord.Json(line.text(), origin, null);
        }

        /**
         * The bytes of the lines handed out, rather than of what the readers' buffers have taken in (a
         * few hundred kilobytes ahead, the whole of a small file); compressed input has to make do with
         * the latter.
         */
        @Override
        long position() {
            return compressed ? counted.count : Math.min(lineBytes, counted.count);
        }

        @Override
        void close() throws IOException {
            data.close();
        }
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Ends a stream at its first failed read, and keeps the failure for whoever reads to the end. */
    private static final class ReadFailure extends FilterInputStream {
        IOException cause;

        ReadFailure(InputStream in) {
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
    }

    /** The id of a record cut short, if the id field came before the cut. */
    private String idInPrefix(String prefix) {
        try (JsonParser p = Json.reader().createParser(prefix)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                t = p.nextToken();
                if (field.equals(fields.id()) && (t == JsonToken.VALUE_STRING || t.isNumeric())) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // the cut came first
        }
        return null;
    }

    private final class WholeFileRecord extends FileRecords {
        private final InputStream data;
        private final String name;
        private final String id;
        private final boolean text;
        private boolean given;

        WholeFileRecord(CountingStream counted, InputStream data, String name, String id, boolean text) {
            super(counted);
            this.data = data;
            this.name = name;
            this.id = id;
            this.text = text;
        }

        @Override
        InputRecord next() {
            if (given) {
                return null;
            }
            given = true;
            // Four bytes a character at most in UTF-8; JSON may escape each in six.
            long limit = text ? maxTextChars * 4 : maxTextChars * 6 + (1 << 20);
            byte[] bytes;
            try {
                bytes = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
                if (bytes.length > limit) {
                    return new InputRecord.Unreadable(id, ErrorCode.E008, name,
                            String.format(Locale.ROOT, "a file of more than %,d bytes", limit));
                }
            } catch (IOException | UncheckedIOException e) {
                return new InputRecord.Unreadable(id, ErrorCode.E005, name, message(e));
            }
            return text ? new InputRecord.Text(id, bytes, name)
                    : new InputRecord.Json(new String(bytes, StandardCharsets.UTF_8), name, id);
        }

        @Override
        void close() throws IOException {
            data.close();
        }
    }

    /** Counts the bytes read from a file, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }
}
