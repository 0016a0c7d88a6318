package dev.whosaid.batch;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines with a bound on their length: a 100 MB line (a dump gone wrong, an attack) comes back as
 * its first few thousand characters, marked too long, instead of filling the heap. Ends of line are
 * {@code \n} or {@code \r\n}; the last line need not have one.
 */
final class LineReader {
    /** How much of an overlong line is kept: enough to find the record's id in it. */
    static final int KEPT_OF_LONG_LINE = 4096;

    private final Reader in;
    private final long maxChars;
    /** Characters of a line held while it is read: all of a line within the limit, and its '\r'. */
    private final long held;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private long lineNumber;

    LineReader(Reader in, long maxChars) {
        this(in, maxChars, 1);
    }

    /** A reader whose first line is numbered {@code firstLine}: a stretch of a file read on its own. */
    LineReader(Reader in, long maxChars, long firstLine) {
        this.in = in;
        this.lineNumber = firstLine - 1;
        this.maxChars = maxChars;
        this.held = Math.max(maxChars + 1, KEPT_OF_LONG_LINE);
    }

    /**
     * A line without its end of line; its 1-based number; whether it was longer than the limit and cut to
     * {@link #KEPT_OF_LONG_LINE}; its full length; whether it ended with a line break (the last line
     * of a file that broke off does not); and the characters of its end of line (0, 1 or 2).
     */
    record Line(String text, long number, boolean tooLong, long length, boolean ended, int endLength) {
    }

    /** The number of the last line returned (0 before the first). */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        char last = 0;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return any ? finish(line, length, false, last) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            int room = (int) Math.min(n, held - line.length());
            line.append(buffer, start, Math.max(0, room));
            length += n;
            if (n > 0) {
                last = buffer[pos - 1];
            }
            if (pos < end) {
                pos++; // the '\n'
                return finish(line, length, true, last);
            }
        }
    }

    private Line finish(StringBuilder line, long length, boolean ended, char last) {
        lineNumber++;
        int endLength = ended ? 1 : 0;
        if (last == '\r') {
            endLength++;
            length--;
            if (line.length() > length) {
                line.setLength((int) length);
            }
        }
        boolean tooLong = length > maxChars;
        if (tooLong) {
            line.setLength(Math.min(line.length(), KEPT_OF_LONG_LINE));
        }
        return new Line(line.toString(), lineNumber, tooLong, length, ended, endLength);
    }
}
