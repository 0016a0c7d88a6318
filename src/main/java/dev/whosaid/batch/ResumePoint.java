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

/**
 * Where an interrupted conversion stopped: the records its output already holds, and the id of the last,
 * to check that the input given again is the same. Found by {@link #repair(Path)}, which also cuts off a
 * half-written last line, so that what remains is whole records only.
 *
 * @param records      complete lines in the output, one per input record converted
 * @param lastId       the id of the last of them (null if it had none)
 * @param lastIdKnown  false when the last line was garbage and dropped: nothing to check the input against
 * @param bytesDropped bytes of a torn last line removed (0 if the file ended cleanly)
 */
public record ResumePoint(long records, String lastId, boolean lastIdKnown, long bytesDropped) {
    public static final ResumePoint START = new ResumePoint(0, null, false, 0);

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
        long endOfLast = 0;        // offset just after the last complete line
        long endOfBeforeLast = 0;  // ... and after the one before it
        byte[] lastLine = null;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
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
                        endOfBeforeLast = endOfLast;
                        endOfLast = offset + i + 1;
                        lastLine = line.toByteArray();
                        line.reset();
                    }
                }
                line.write(buf, start, n - start);
                offset += n;
            }
        }
        long keep = endOfLast;
        JsonNode last = lastLine == null ? null : parse(lastLine);
        boolean known = last != null && last.isObject();
        if (lastLine != null && !known) {
            records--;
            keep = endOfBeforeLast;
            last = null; // the one before it is whole by construction, but its id is not worth a second pass
        }
        if (keep < offset) {
            try (FileChannel ch = FileChannel.open(output, StandardOpenOption.WRITE)) {
                ch.truncate(keep);
            }
        }
        String lastId = last == null || last.path("id").isNull() || last.path("id").isMissingNode() ? null
                : last.path("id").asText();
        return new ResumePoint(records, lastId, known, offset - keep);
    }

    private static JsonNode parse(byte[] line) {
        try {
            return Json.reader().readTree(new String(line, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
    }
}
