package dev.whosaid.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.Json;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The records of a JSON Lines file: one per non-blank line. */
final class JsonLinesFile extends FileRecords {
    private final InputStream data;
    private final EndAtFailureStream failure;
    private final String idField;
    private final LineReader lines;
    private final String name;
    /** Whether the bytes read are compressed: then lines do not say how far into the file they are. */
    private final boolean compressed;
    private long lineBytes;
    private boolean done;

    JsonLinesFile(CountingInputStream counted, InputStream data, String name, boolean compressed, long maxLineChars,
                  String idField) throws IOException {
        this(counted, data, name, compressed, maxLineChars, idField, 1);
    }

    /**
     * The records of {@code data}, whose first line is line {@code firstLine} of the file {@code name}:
     * 1 for a whole file (which may start with a byte-order mark), more for a stretch read on its own.
     */
    JsonLinesFile(CountingInputStream counted, InputStream data, String name, boolean compressed, long maxLineChars,
                  String idField, long firstLine) throws IOException {
        super(counted);
        this.compressed = compressed;
        this.data = data;
        // A read that fails (a truncated gzip, a failing disk) ends the stream here instead of throwing
        // out of the decoder, which would drop the characters it had decoded but not yet returned.
        this.failure = new EndAtFailureStream(data);
        // Bytes that are not UTF-8 become U+FFFD: one bad record must not stop the rest.
        BufferedInputStream buffered = new BufferedInputStream(failure, 1 << 16);
        this.lines = new LineReader(new InputStreamReader(buffered,
                firstLine == 1 ? ByteOrderMark.skip(buffered) : StandardCharsets.UTF_8), maxLineChars, firstLine);
        this.idField = idField;
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
                lineBytes += (line.tooLong() ? line.length() : utf8Length(line.text())) + line.endLength();
            }
        } while (line != null && !line.tooLong() && line.ended() && line.text().isBlank());
        if (failure.failure() != null && (line == null || !line.ended())) {
            // The text after the last whole line is a torn record: one error line stands for the rest.
            done = true;
            long whole = line == null ? lines.lineNumber() : line.number() - 1;
            return new InputRecord.Unreadable(null, ErrorCode.E005, name + " after line " + whole,
                    "the rest of the file could not be read: " + message(failure.failure()));
        }
        if (line == null || (!line.tooLong() && line.text().isBlank())) {
            done = true;
            return null;
        }
        String origin = name + " line " + line.number();
        if (line.tooLong()) {
            return new InputRecord.Unreadable(idInPrefix(line.text(), idField), ErrorCode.E008, origin,
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
        return compressed ? counted.count() : Math.min(lineBytes, counted.count());
    }

    @Override
    void close() throws IOException {
        data.close();
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

/** The id of a record cut short, if the id field came before the cut. */
private static String idInPrefix(String prefix, String idField) {
    try (JsonParser p = Json.reader().createParser(prefix)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            t = p.nextToken();
            if (field.equals(idField) && (t == JsonToken.VALUE_STRING || t.isNumeric())) {
                return p.getText();
            }
            p.skipChildren();
        }
    } catch (IOException e) {
        // the cut came first
    }
    return null;
}
}
