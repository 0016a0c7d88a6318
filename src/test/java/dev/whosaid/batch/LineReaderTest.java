package dev.whosaid.batch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines with a bound on their length: whole when short, their start and true length when too long. */
class LineReaderTest {
    /** LineReader's own buffer, to build lines that need several refills. */
    private static final int BUFFER = 1 << 16;

    @Test
    void lfAndCrLfEndingsAreBothRemoved() throws IOException {
        assertThat(texts("one\r\ntwo\nthree\r\n", 100)).containsExactly("one", "two", "three");
    }

    @Test
    void theLastLineNeedNotEndInALineBreak() throws IOException {
        assertThat(texts("one\ntwo", 100)).containsExactly("one", "two");
        assertThat(texts("one\r\ntwo", 100)).containsExactly("one", "two");
    }

    @Test
    void aFinalLineBreakDoesNotMakeAnEmptyLastLine() throws IOException {
        assertThat(texts("one\n", 100)).containsExactly("one");
    }

    @Test
    void emptyInputHasNoLines() throws IOException {
        LineReader r = new LineReader(new StringReader(""), 100);
        assertThat(r.next()).isNull();
        assertThat(r.next()).isNull(); // asking again at the end stays at the end
    }

    @Test
    void blankLinesAreLinesAndCountInTheNumbering() throws IOException {
        List<LineReader.Line> lines = readAll(new StringReader("a\n\n\r\n   \nb"), 100);
        assertThat(lines).extracting(LineReader.Line::text).containsExactly("a", "", "", "   ", "b");
        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines).noneMatch(LineReader.Line::tooLong);
    }

    @Test
    void aCarriageReturnInsideALineIsNotAnEnd() throws IOException {
        // only \n and \r\n end lines: a lone \r is content
        assertThat(texts("a\rb\nc", 100)).containsExactly("a\rb", "c");
    }

    @Test
    void lengthIsTheLineWithoutItsEnding() throws IOException {
        List<LineReader.Line> lines = readAll(new StringReader("abc\r\nde\n"), 100);
        assertThat(lines).extracting(LineReader.Line::length).containsExactly(3L, 2L);
    }

    @Test
    void aLineOfExactlyMaxCharsIsWhole() throws IOException {
        String line = letters(5000, 1);
        LineReader.Line read = new LineReader(new StringReader(line + "\n"), 5000).next();
        assertThat(read.tooLong()).isFalse();
        assertThat(read.text()).isEqualTo(line);
        assertThat(read.length()).isEqualTo(5000);
    }

    @Test
    void aLineOfExactlyMaxCharsEndingInCrLfIsWhole() throws IOException {
        // the \r belongs to the line's end, not to its content: CRLF files must get the same bound as LF ones
        String line = letters(5000, 2);
        LineReader.Line read = new LineReader(new StringReader(line + "\r\nnext\r\n"), 5000).next();
        assertThat(read.tooLong()).isFalse();
        assertThat(read.text()).isEqualTo(line);
        assertThat(read.length()).isEqualTo(5000);
    }

    @Test
    void aLineOneOverMaxCharsIsCutToItsStartWithItsTrueLength() throws IOException {
        String line = letters(10_001, 3);
        LineReader.Line read = new LineReader(new StringReader(line + "\n"), 10_000).next();
        assertThat(read.tooLong()).isTrue();
        assertThat(read.text()).isEqualTo(line.substring(0, LineReader.KEPT_OF_LONG_LINE));
        assertThat(read.length()).isEqualTo(10_001);
    }

    @Test
    void linesAfterALongLineAreReadNormally() throws IOException {
        String longLine = letters(20_000, 4);
        List<LineReader.Line> lines = readAll(
                new StringReader("before\n" + longLine + "\nafter\r\n\nlast"), 10_000);
        assertThat(lines).extracting(LineReader.Line::text)
                .containsExactly("before", longLine.substring(0, LineReader.KEPT_OF_LONG_LINE), "after", "", "last");
        assertThat(lines).extracting(LineReader.Line::tooLong).containsExactly(false, true, false, false, false);
        assertThat(lines).extracting(LineReader.Line::number).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(lines.get(2).length()).isEqualTo(5);
    }

    @Test
    void aLongLineSpanningManyBufferRefillsKeepsItsStartAndTrueLength() throws IOException {
        int length = 15 * BUFFER + 123; // some sixteen refills of the 64K buffer
        String longLine = letters(length, 5);
        List<LineReader.Line> lines = readAll(new StringReader("first\n" + longLine + "\nafter"), 100_000);
        assertThat(lines).hasSize(3);
        LineReader.Line cut = lines.get(1);
        assertThat(cut.tooLong()).isTrue();
        assertThat(cut.length()).isEqualTo(length);
        assertThat(cut.text()).isEqualTo(longLine.substring(0, LineReader.KEPT_OF_LONG_LINE));
        assertThat(lines.get(2).text()).isEqualTo("after");
        assertThat(lines.get(2).number()).isEqualTo(3);
    }

    @Test
    void aLongLastLineWithoutLineBreakIsTooLong() throws IOException {
        String longLine = letters(3 * BUFFER, 6);
        LineReader r = new LineReader(new StringReader(longLine), 100_000);
        LineReader.Line read = r.next();
        assertThat(read.tooLong()).isTrue();
        assertThat(read.length()).isEqualTo(3L * BUFFER);
        assertThat(read.text()).isEqualTo(longLine.substring(0, LineReader.KEPT_OF_LONG_LINE));
        assertThat(r.next()).isNull();
    }

    @Test
    void aReaderThatGivesFewCharactersAtATimeSplitsNothingWrongly() throws IOException {
        // a pipe or a decoder may hand over a few characters per read, splitting \r from \n
        String longLine = letters(50_000, 7);
        String input = "alpha\r\nbeta\r\n" + longLine + "\r\ngamma";
        List<LineReader.Line> lines = readAll(new TricklingReader(input, 7), 20_000);
        assertThat(lines).extracting(LineReader.Line::text)
                .containsExactly("alpha", "beta", longLine.substring(0, LineReader.KEPT_OF_LONG_LINE), "gamma");
        assertThat(lines.get(2).tooLong()).isTrue();
    }

    @Test
    void whatIsKeptOfALongLineIsItsStartEvenWhenMaxCharsIsSmallerThanWhatIsKept() throws IOException {
        // the kept text must be the line's start (where the id is), never pieces from its middle
        String longLine = letters(3 * BUFFER, 8);
        LineReader.Line read = new LineReader(new StringReader(longLine + "\nnext"), 10).next();
        assertThat(read.tooLong()).isTrue();
        assertThat(read.length()).isEqualTo(3L * BUFFER);
        assertThat(read.text().length()).isBetween(11, LineReader.KEPT_OF_LONG_LINE);
        assertThat(firstDifference(read.text(), longLine))
                .as("first character of the kept text (of %d) that is not the line's", read.text().length())
                .isEqualTo(-1);
    }

    /** Where {@code kept} stops being the start of {@code line}, or -1: a short message where a diff would be huge. */
    private static int firstDifference(String kept, String line) {
        for (int i = 0; i < kept.length(); i++) {
            if (i >= line.length() || kept.charAt(i) != line.charAt(i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> texts(String input, long maxChars) throws IOException {
        return readAll(new StringReader(input), maxChars).stream().map(LineReader.Line::text).toList();
    }

    private static List<LineReader.Line> readAll(Reader in, long maxChars) throws IOException {
        LineReader r = new LineReader(in, maxChars);
        List<LineReader.Line> lines = new ArrayList<>();
        for (LineReader.Line l = r.next(); l != null; l = r.next()) {
            lines.add(l);
        }
        return lines;
    }

    /** Random letters: no period, so a piece from the wrong place cannot pass for the start. */
    private static String letters(int n, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** Hands over at most {@code chunk} characters per read. */
    private static final class TricklingReader extends Reader {
        private final String text;
        private final int chunk;
        private int pos;

        TricklingReader(String text, int chunk) {
            this.text = text;
            this.chunk = chunk;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, chunk), text.length() - pos);
            text.getChars(pos, pos + n, buf, off);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
