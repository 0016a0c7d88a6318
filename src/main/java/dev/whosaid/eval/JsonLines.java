package dev.whosaid.eval;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads JSON Lines the way score.py's {@code load_jsonl} does. */
public final class JsonLines {

    /** Parses like Python's json.loads: NaN/Infinity accepted, nothing allowed after the value. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonLines() {
    }

    /**
     * One JSON value per non-blank line, in file order. The file must be UTF-8 (a byte-order mark
     * is not skipped, as with Python's 'utf-8' codec); lines end at \n, \r\n or \r (Python's
     * universal newlines); a line of only whitespace (str.isspace) is skipped; a line that does not
     * parse as json.loads would parse it becomes
     * {@code {"id": null, "error": {"code": "bad-json", "message": "line N: ..."}}} (NaN, Infinity
     * and -Infinity are accepted, as in Python; nothing may follow the value). The message text
     * comes from Jackson, so it is not the same as Python's.
     *
     * @throws IOException if the file cannot be read or is not valid UTF-8
     */
    public static List<JsonNode> read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        String content = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                .toString();
        List<JsonNode> records = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        while (start < content.length()) {
            int end = start;
            while (end < content.length() && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
                end++;
            }
            String line = content.substring(start, end);
            start = end + (content.startsWith("\r\n", end) ? 2 : 1);
            lineNo++;
            if (!PyCompat.isBlank(line)) {
                records.add(parse(line, lineNo));
            }
        }
        return records;
    }

    private static JsonNode parse(String line, int lineNo) {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (hasNonFinite(node)) {
                rejectNonPythonConstants(line);
            }
            return node;
        } catch (JsonProcessingException e) {
            ObjectNode error = JsonNodeFactory.instance.objectNode()
                    .put("code", "bad-json")
                    .put("message", "line " + lineNo + ": " + e.getOriginalMessage());
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            record.putNull("id");
            record.set("error", error);
            return record;
        }
    }

    private static boolean hasNonFinite(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return !Double.isFinite(node.doubleValue());
        }
        for (JsonNode child : node) {
            if (hasNonFinite(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Jackson's non-numeric numbers include {@code +Infinity}, {@code INF}, {@code +INF} and
     * {@code -INF}, which json.loads rejects; only {@code NaN}, {@code Infinity} and
     * {@code -Infinity} (and overflowing literals such as {@code 1e400}) are Python's.
     */
    private static void rejectNonPythonConstants(String line) throws JsonProcessingException {
        try (JsonParser p = MAPPER.createParser(line)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(p.getDoubleValue())) {
                    String text = p.getText();
                    boolean literal = !text.isEmpty() && (Character.isDigit(text.charAt(text.length() - 1))
                            || text.charAt(text.length() - 1) == '.');
                    if (!literal && !text.equals("NaN") && !text.equals("Infinity") && !text.equals("-Infinity")) {
                        throw new JsonParseException(p, "Non-standard token '" + text + "'");
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new JsonParseException(null, e.getMessage(), e);
        }
    }
}
