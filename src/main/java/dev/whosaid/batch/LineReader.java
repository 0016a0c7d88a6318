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
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private long lineNumber;

    LineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** A line, its 1-based number, and whether it was cut to {@link #KEPT_OF_LONG_LINE}. */
    record Line(String text, long number, boolean tooLong, long length) {
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) {
                        return null;
                    }
                    return finish(line, length);
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            long room = (length > maxChars ? KEPT_OF_LONG_LINE : maxChars + 1) - line.length();
            line.append(buffer, start, (int) Math.min(n, Math.max(0, room)));
            length += n;
            if (length > maxChars && line.length() > KEPT_OF_LONG_LINE) {
                line.setLength(KEPT_OF_LONG_LINE);
            }
            if (pos < end) {
                pos++; // the '\n'
                return finish(line, length);
            }
        }
    }

    private Line finish(StringBuilder line, long length) {
        lineNumber++;
        boolean tooLong = length > maxChars;
        if (!tooLong && line.length() > 0 && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
            length--;
        }
        return new Line(line.toString(), lineNumber, tooLong, length);
    }
}
