package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * The records of one {@link FileSplit}, read on its own, on any machine: reading every split of an input
 * in order gives exactly the records of {@link Inputs}, with the same file names and line numbers.
 */
public final class SplitRecords implements Closeable {
    private final FileRecords records;

    /**
     * @param firstLine the number of the split's first line: 1 plus the {@link #lineStarts} of the splits
     *                  of the same file before it
     */
    public SplitRecords(FileSplit split, long firstLine, RecordFields fields, long maxTextChars, FileOpener opener) {
        if (split == null || fields == null || opener == null) {
            throw new IllegalArgumentException((split == null ? "split" : fields == null ? "fields" : "opener")
                    + " must not be null");
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
        }
        if (firstLine < 1 || (firstLine > 1 && !split.isRange())) {
            throw new IllegalArgumentException("firstLine must be 1 for a whole file and at least 1 for a range, was "
                    + firstLine);
        }
        String id = FileRecords.idOf(split.root(), split.path());
        this.records = split.failure() != null
                ? FileRecords.failed(new InputRecord.Unreadable(id, ErrorCode.E005, split.path(), split.failure()))
                : FileRecords.open(split.path(), id, Inputs.Kind.of(split.kind()),
                        () -> opener.open(split.path(), Math.max(0, split.start() - 1)), split.start(), split.end(),
                        firstLine, fields.id(), maxTextChars);
    }

    /** The next record, or null at the end of the split. */
    public InputRecord next() throws IOException {
        return records.next();
    }

    @Override
    public void close() throws IOException {
        records.close();
    }

    /**
     * How many lines start in a split's stretch (0 for a whole file): the line numbers of the next split
     * of the same file start that much further on.
     */
    public static long lineStarts(FileSplit split, FileOpener opener) throws IOException {
        if (!split.isRange()) {
            return 0;
        }
        try (InputStream in = opener.open(split.path(), Math.max(0, split.start() - 1))) {
            return LineRange.countLineStarts(in, split.start(), split.end());
        }
    }
}
