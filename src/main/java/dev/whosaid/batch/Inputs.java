package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

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
    enum Kind {
        JSON_LINES("jsonl"), JSON("json"), TEXT("txt");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind of(String label) {
            for (Kind k : values()) {
                if (k.label.equals(label)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("kind must be jsonl, json or txt, was " + label);
        }
    }

    private final RecordFields fields;
    private final long maxTextChars;
    private final InputStream stdin;
    private final Deque<Source> pending = new ArrayDeque<>();
    private final Set<Path> excluded = new HashSet<>();
    private final long totalBytes;
    private long bytesOfDoneFiles;
    private long skippedFiles;
    private String firstSkipped;
    private FileRecords current;

    /**
     * A file to read (under {@code root}, if found in a directory given), standard input, or a directory
     * that could not be listed ({@code failure}).
     */
    private record Source(Path path, Path root, Kind kind, boolean stdin, String failure) {
    }

    public Inputs(List<String> names, InputStream stdin, RecordFields fields, long maxTextChars) throws IOException {
        this(names, stdin, fields, maxTextChars, List.of());
    }

    /**
     * @param names        files, directories, or "-" for {@code stdin}; they must exist (check first, so
     *                     that a typo fails before the models load)
     * @param stdin        read for "-"; may be null if no name is "-"
     * @param maxTextChars a text longer than this is {@link ErrorCode#E008}; a line of JSON may be six times
     *                     longer, for escapes, before it is not read at all
     * @param outputs      files this batch writes: never read, even when they lie in a directory given
     *                     (a second run would otherwise read its own output)
     */
    public Inputs(List<String> names, InputStream stdin, RecordFields fields, long maxTextChars,
                  Collection<Path> outputs) throws IOException {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("names must not be empty");
        }
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null");
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
        }
        if (stdin == null && names.contains("-")) {
            throw new IllegalArgumentException("stdin must not be null when '-' is among the names");
        }
        this.fields = fields;
        this.maxTextChars = maxTextChars;
        this.stdin = stdin;
        for (Path o : outputs) {
            excluded.add(o.toAbsolutePath().normalize());
            if (Files.exists(o)) {
                excluded.add(o.toRealPath());
            }
        }
        long total = 0;
        for (String name : names) {
            if (name.equals("-")) {
                pending.add(new Source(null, null, Kind.JSON_LINES, true, null));
                total = -1;
                continue;
            }
            Path p = Path.of(name);
            int before = pending.size();
            if (Files.isDirectory(p)) {
                walk(p, p, new HashSet<>());
            } else {
                Kind k = kindOf(p);
                pending.add(new Source(p, null, k == null ? Kind.JSON_LINES : k, false, null));
            }
            for (Source s : pending.stream().skip(before).toList()) {
                // a pipe or a device has no size to measure progress against
                total = total < 0 || s.failure != null ? total
                        : Files.isRegularFile(s.path) ? total + Files.size(s.path) : -1;
            }
        }
        this.totalBytes = total;
    }

    /**
     * Queues the readable files under {@code dir}, directory by directory in order of name: listed up
     * front so that the total size (for progress) is known, and because a listing is far smaller than
     * what is in the files. A directory met twice (through a symbolic link) is read once; one that cannot
     * be listed becomes an error line, not the end of the batch.
     */
    private void walk(Path dir, Path root, Set<Path> seen) throws IOException {
        if (!seen.add(dir.toRealPath())) {
            return;
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            pending.add(new Source(dir, root, null, false, "cannot list the directory: " + FileRecords.message(
                    e instanceof UncheckedIOException u ? u.getCause() : (IOException) e)));
            return;
        }
        for (Path c : children) {
            if (c.getFileName().toString().startsWith(".") || isOutput(c)) {
                continue; // .git, editors' backups, macOS resource forks, our own output: not the archive's
            }
            if (Files.isDirectory(c)) {
                walk(c, root, seen);
            } else if (kindOf(c) != null && Files.isRegularFile(c)) {
                pending.add(new Source(c, root, kindOf(c), false, null));
            } else {
                skippedFiles++;
                if (firstSkipped == null) {
                    firstSkipped = c.toString();
                }
            }
        }
    }

    private boolean isOutput(Path p) throws IOException {
        return excluded.contains(p.toAbsolutePath().normalize()) || excluded.contains(p.toRealPath());
    }

    private static Kind kindOf(Path p) {
        return kindOf(p.getFileName().toString());
    }

    static Kind kindOf(String fileName) {
        String name = stripGz(fileName.toLowerCase(Locale.ROOT));
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
                bytesOfDoneFiles += current.counted.count(); // the whole file, read to its end
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

    public RecordFields fields() {
        return fields;
    }

    public long maxTextChars() {
        return maxTextChars;
    }

    /** The size of all inputs, or -1 when standard input (or another pipe) is one of them. */
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

    /**
     * The inputs as splits that can be read apart, in order: each large uncompressed UTF-8 JSON Lines
     * file in stretches of about {@code splitBytes}, every other file whole. Only each file's first bytes
     * are read (a gzip or UTF-16 file cannot be cut). Call before {@link #next()}.
     */
    public List<FileSplit> splits(long splitBytes) throws IOException {
        if (splitBytes < 1) {
            throw new IllegalArgumentException("splitBytes must be positive, was " + splitBytes);
        }
        if (current != null) {
            throw new IllegalStateException("splits must be taken before any record is read");
        }
        List<FileSplit> out = new ArrayList<>();
        for (Source s : pending) {
            if (s.stdin) {
                throw new IllegalArgumentException("standard input ('-') cannot be split");
            }
            String path = s.path.toString();
            String root = s.root == null ? null : s.root.toString();
            if (s.failure != null) {
                out.add(FileSplit.unlisted(path, root, s.failure));
                continue;
            }
            long size = -1;
            byte[] head = new byte[0];
            try (InputStream in = Files.newInputStream(s.path)) {
                head = in.readNBytes(3);
                size = Files.isRegularFile(s.path) ? Files.size(s.path) : -1;
            } catch (IOException e) {
                // read whole, the file gives its error line (E005) where it is read, as in convert
            }
            out.addAll(FileSplit.of(path, root, s.kind.label, size, head, splitBytes));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }

    private FileRecords open(Source s) {
        String name = s.stdin ? "stdin" : s.path.toString();
        String id = s.stdin ? null : FileRecords.idOf(s.root == null ? null : s.root.toString(), name);
        if (s.failure != null) {
            return FileRecords.failed(new InputRecord.Unreadable(id, ErrorCode.E005, name, s.failure));
        }
        return FileRecords.open(name, id, s.kind, () -> s.stdin ? nonClosing(stdin) : Files.newInputStream(s.path),
                0, -1, 1, fields.id(), maxTextChars);
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // standard input belongs to the process, not to this reader
            }
        };
    }


}
