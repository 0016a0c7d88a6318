package dev.whosaid.batch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stretch of the input that can be read on its own, by another thread or on another machine: a whole
 * file, or, of a large uncompressed JSON Lines file, the lines that start in the bytes
 * {@code [start, end)}. Reading every split of an input in order (see {@link Inputs#splits} and
 * {@link SplitRecords}) gives exactly the records of reading the
 * input whole, with the same file names and line numbers in their messages.
 *
 * @param path    the file, as {@link Inputs} names it in messages
 * @param root    the directory given that the file was found in, or null: the file's id is its path below it
 * @param kind    how the file is read: {@code jsonl}, {@code json} or {@code txt}
 * @param start   the first byte of the stretch
 * @param end     the byte after it; -1 for the whole file
 * @param failure why the file (a directory that could not be listed) gives one error line; else null
 */
public record FileSplit(String path, String root, String kind, long start, long end, String failure)
        implements Serializable {

    /**
     * The splits of one file of a listing: a plain (neither gzip nor UTF-16) JSON Lines file larger than
     * {@code splitBytes} in stretches of that size, any other file whole.
     *
     * @param kind {@code jsonl}, {@code json} or {@code txt}
     * @param size the file's size in bytes, -1 if unknown (a pipe)
     * @param head the file's first bytes (three are enough): they tell gzip and UTF-16
     */
    public static List<FileSplit> of(String path, String root, String kind, long size, byte[] head,
                                     long splitBytes) {
        if (splitBytes < 1) {
            throw new IllegalArgumentException("splitBytes must be positive, was " + splitBytes);
        }
        if (!kind.equals(Inputs.Kind.JSON_LINES.label) || size <= splitBytes || !cuttable(head)) {
            return List.of(new FileSplit(path, root, kind, 0, -1, null));
        }
        List<FileSplit> out = new ArrayList<>();
        for (long at = 0; at < size; at += splitBytes) {
            out.add(new FileSplit(path, root, kind, at, Math.min(size, at + splitBytes), null));
        }
        return out;
    }

    /**
     * The number of each split's first line in its file: 1 for a file's first stretch (a file listed
     * twice is read twice from line 1), else 1 plus the line starts of the stretches of the file before.
     *
     * @param lineStarts for each split, {@link SplitRecords#lineStarts}
     */
    public static List<Long> firstLines(List<FileSplit> splits, List<Long> lineStarts) {
        if (splits.size() != lineStarts.size()) {
            throw new IllegalArgumentException("lineStarts must have one count per split, had " + lineStarts.size()
                    + " for " + splits.size());
        }
        List<Long> out = new ArrayList<>(splits.size());
        long before = 0;
        for (int i = 0; i < splits.size(); i++) {
            FileSplit s = splits.get(i);
            before = s.start() == 0 ? 0 : before; // stretches of a file come together, in order
            out.add(1 + before);
            before += lineStarts.get(i);
        }
        return out;
    }

    /** A directory that could not be listed: one error line. */
    public static FileSplit unlisted(String path, String root, String why) {
        return new FileSplit(path, root, Inputs.Kind.JSON_LINES.label, 0, -1, why);
    }

    /** How a file named so is read: {@code jsonl}, {@code json}, {@code txt} (after any {@code .gz}), or null. */
    public static String kindOf(String fileName) {
        Inputs.Kind k = Inputs.kindOf(fileName);
        return k == null ? null : k.label;
    }

    /** Whether lines can be found from any byte: the file is neither gzip nor UTF-16. */
    private static boolean cuttable(byte[] head) {
        boolean gzip = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
        ByteOrderMark mark = ByteOrderMark.of(Arrays.copyOf(head, Math.min(head.length, 3)));
        return !gzip && (mark == null || mark.charset().equals(StandardCharsets.UTF_8));
    }

    /** Whether this is a stretch of a file rather than all of it. */
    public boolean isRange() {
        return end >= 0;
    }

    @Override
    public String toString() {
        return path + (isRange() ? " bytes " + start + ".." + end : "");
    }
}
