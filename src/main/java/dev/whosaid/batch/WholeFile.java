package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** A file that is one record: a {@code .txt} article or a {@code .json} object. */
final class WholeFile extends FileRecords {
    private final InputStream data;
    private final String name;
    private final String id;
    private final boolean text;
    private final long maxTextChars;
    private boolean given;

    WholeFile(CountingInputStream counted, InputStream data, String name, String id, boolean text, long maxTextChars) {
        super(counted);
        this.data = data;
        this.name = name;
        this.id = id;
        this.text = text;
        this.maxTextChars = maxTextChars;
    }

    @Override
    InputRecord next() {
        if (given) {
            return null;
        }
        given = true;
        // Four bytes a character at most in UTF-8; JSON may escape each in six.
        long limit = text ? maxTextChars * 4 : maxTextChars * 6 + (1 << 20);
        byte[] bytes;
        try {
            bytes = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (bytes.length > limit) {
                return new InputRecord.Unreadable(id, ErrorCode.E008, name,
                        String.format(Locale.ROOT, "a file of more than %,d bytes", limit));
            }
        } catch (IOException | UncheckedIOException e) {
            return new InputRecord.Unreadable(id, ErrorCode.E005, name, message(e));
        }
        return text ? new InputRecord.Text(id, bytes, name)
                : new InputRecord.Json(TextInput.decode(bytes).text(), name, id); // a byte-order mark is no JSON
    }

    @Override
    void close() throws IOException {
        data.close();
    }
}
