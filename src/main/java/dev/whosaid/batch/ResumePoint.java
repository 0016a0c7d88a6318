package dev.whosaid.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.model.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where an interrupted conversion stopped: the records its output already holds, and the id of the last,
 * to check that the input given again is the same. Found by {@link #repair(Path)}, which also cuts off a
 * half-written last line, so that what remains is whole records only.
 *
 * @param records      complete lines in the output, one per input record converted
 * @param errorLines   how many of them are error lines (for the exit code of the run that resumes)
 * @param lastId       the id of the last of them (null if it had none)
 * @param lastIdKnown  false when the last line was garbage and dropped: nothing to check the input against
 * @param bytesDropped bytes of a torn last line removed (0 if the file ended cleanly)
 */
public record ResumePoint(long records, long errorLines, String lastId, boolean lastIdKnown, long bytesDropped) {
    public static final ResumePoint START = new ResumePoint(0, 0, null, false, 0);

    /** How every analysis line starts, as whosaid writes it; anything else it wrote is an error line. */
    private static final byte[] ANALYSIS = "{\"schemaVersion\"".getBytes(StandardCharsets.US_ASCII);

    public ResumePoint {
        if (records < 0 || errorLines < 0 || errorLines > records || bytesDropped < 0) {
            throw new IllegalArgumentException("records, errorLines and bytesDropped must be counts, errorLines at most"
                    + " records; were " + records + ", " + errorLines + ", " + bytesDropped);
        }
    }

    /**
     * Reads an output file and truncates it after its last complete record. A line counts as complete when
     * it ends with a line break and holds a JSON object: whosaid writes each record with its line break in
     * one write, so a crash leaves at most one torn line, the last, but a full disk can leave garbage.
     * A file that does not exist is a start from nothing.
     */
    public static ResumePoint repair(Path output) throws IOException {
        if (!Files.exists(output)) {
            return START;
        }
        long records = 0;
        long errors = 0;
        boolean lastIsError = false;
        long endOfLast = 0;        // offset just after the last complete line
        long endOfBeforeLast = 0;  // ... and after the one before it
        LineBuffer line = new LineBuffer();
        LineBuffer last = new LineBuffer(); // swapped with line: no copy per line
        boolean any = false;
        long offset = 0;
        try (InputStream in = Files.newInputStream(output)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        line.write(buf, start, i - start);
                        start = i + 1;
                        records++;
                        lastIsError = !line.startsWith(ANALYSIS);
                        errors += lastIsError ? 1 : 0;
                        endOfBeforeLast = endOfLast;
                        endOfLast = offset + i + 1;
                        LineBuffer swap = last;
                        last = line;
                        line = swap;
                        line.reset();
                        any = true;
                    }
                }
                line.write(buf, start, n - start);
                offset += n;
            }
        }
        long keep = endOfLast;
        JsonNode lastNode = any ? parse(last.toByteArray()) : null;
        boolean known = lastNode != null && lastNode.isObject();
        if (any && !known) {
            records--;
            errors -= lastIsError ? 1 : 0;
            keep = endOfBeforeLast;
            lastNode = null; // the one before it is whole by construction, but its id is not worth a second pass
        }
        if (keep < offset) {
            try (FileChannel ch = FileChannel.open(output, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
            }
        }
        String lastId = lastNode == null || lastNode.path("id").isNull() || lastNode.path("id").isMissingNode() ? null
                : lastNode.path("id").asText();
        return new ResumePoint(records, errors, lastId, known, offset - keep);
    }

    /** A line's bytes, whose start can be read without copying the line. */
    private static final class LineBuffer extends ByteArrayOutputStream {
        boolean startsWith(byte[] prefix) {
            return count >= prefix.length && Arrays.equals(buf, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    private static JsonNode parse(byte[] line) {
        try {
            return Json.reader().readTree(new String(line, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
