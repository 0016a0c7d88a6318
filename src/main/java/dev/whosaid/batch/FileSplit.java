package dev.whosaid.batch;

import java.io.Serializable;

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

    /** Whether this is a stretch of a file rather than all of it. */
    public boolean isRange() {
        return end >= 0;
    }

    @Override
    public String toString() {
        return path + (isRange() ? " bytes " + start + ".." + end : "");
    }
}
