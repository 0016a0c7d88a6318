package dev.whosaid.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.whosaid.WhoSaid;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.ErrorRecord;
import dev.whosaid.model.IsoDate;
import dev.whosaid.model.Json;
import dev.whosaid.model.Warning;
import dev.whosaid.model.WarningCode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts one JSON Lines record ({@code id}, {@code text}, optional {@code date}, or the fields that
 * {@link RecordFields} names; anything else comes back under {@code meta}) into one output line: an
 * analysis, or an error record. Never throws. Besides what the JSON can get wrong, a text that is
 * binary data ({@code E007}), longer than the size limit ({@code E008}) or that runs out of the
 * analysis's time limit ({@code E009}) becomes an error line.
 */
public final class RecordConverter {
    /**
     * Two objects on one line are an error, not one record and a silent loss; decimals are kept exact,
     * so that {@code meta} comes back as it came in.
     */
    private static final ObjectReader READER = Json.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A million characters: a book, fifty times the longest news article; about two minutes on a core. */
    public static final long DEFAULT_MAX_TEXT_CHARS = 1_000_000;

    private final WhoSaid whosaid;
    private final LocalDate defaultDate;
    private final RecordFields fields;
    private final long maxTextChars;

    public RecordConverter(WhoSaid whosaid, LocalDate defaultDate) {
        this(whosaid, defaultDate, RecordFields.DEFAULT, DEFAULT_MAX_TEXT_CHARS);
    }

    /**
     * @param defaultDate  the date of records that carry none, or null
     * @param maxTextChars a longer text is an error line {@code E008}, not an analysis
     */
    public RecordConverter(WhoSaid whosaid, LocalDate defaultDate, RecordFields fields, long maxTextChars) {
        if (whosaid == null) {
            throw new IllegalArgumentException("whosaid must not be null");
        }
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null");
        }
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars must be positive, was " + maxTextChars);
        }
        this.whosaid = whosaid;
        this.defaultDate = defaultDate;
        this.fields = fields;
        this.maxTextChars = maxTextChars;
    }

    public RecordFields fields() {
        return fields;
    }

    public long maxTextChars() {
        return maxTextChars;
    }

    /** How long the analysis of one record may take, or null for no limit. */
    public Duration timeLimit() {
        return whosaid.options().timeLimit();
    }

    /** The output line for input line {@code lineNumber} (1-based, for messages) of a JSON Lines stream. */
    public Result convert(String line, long lineNumber) {
        return convert(new InputRecord.Json(line, "line " + lineNumber, null));
    }

    /** The output line for one record: an analysis or an error line, never an exception. */
    public Result convert(InputRecord record) {
        try {
            if (record instanceof InputRecord.Json j) {
                return convertJson(j);
            }
            if (record instanceof InputRecord.Text t) {
                return convertText(t);
            }
            InputRecord.Unreadable u = (InputRecord.Unreadable) record;
            return error(u.id(), u.code(), u.origin() + ": " + u.detail());
        } catch (RuntimeException | StackOverflowError e) {
            // Last line of defence: one record's failure must not cost the batch its other records.
            return error(idOf(record), ErrorCode.E900, record.origin() + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
    }

    /** The id a record will have in the output, as far as it can be told without analysing it. */
    public String idOf(InputRecord record) {
        if (record instanceof InputRecord.Text t) {
            return t.id();
        }
        if (record instanceof InputRecord.Unreadable u) {
            return u.id();
        }
        InputRecord.Json j = (InputRecord.Json) record;
        try {
            JsonNode node = READER.readTree(j.json());
            JsonNode id = node == null || !node.isObject() ? null : node.get(fields.id());
            return id == null || id.isNull() || !(id.isTextual() || id.isNumber()) ? j.fallbackId() : id.asText();
        } catch (JsonProcessingException e) {
            return j.fallbackId();
        }
    }

    private Result convertJson(InputRecord.Json record) {
        String where = record.origin();
        JsonNode node;
        try {
            node = READER.readTree(record.json());
        } catch (JsonProcessingException e) {
            return error(record.fallbackId(), ErrorCode.E001, where + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return error(record.fallbackId(), ErrorCode.E004, where);
        }
        JsonNode idNode = node.get(fields.id());
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isNumber()) {
            return error(record.fallbackId(), ErrorCode.E006, where + ": " + idNode.getNodeType());
        }
        String id = idNode == null || idNode.isNull() ? record.fallbackId() : idNode.asText();
        JsonNode text = node.get(fields.text());
        if (text == null || !text.isTextual()) {
            return error(id, ErrorCode.E002, where + (fields.text().equals("text") ? ""
                    : ": no string field '" + fields.text() + "'"));
        }
        LocalDate date = defaultDate;
        JsonNode d = node.get(fields.date());
        if (d != null && !d.isNull()) {
            try {
                date = IsoDate.parse(d.asText());
            } catch (DateTimeParseException e) {
                return error(id, ErrorCode.E003, where + ": '" + d.asText() + "'");
            }
        }
        ObjectNode meta = meta((ObjectNode) node);
        return analyse(id, text.asText(), date, List.of(), meta.isEmpty() ? null : meta, where);
    }

    private Result convertText(InputRecord.Text record) {
        TextInput input = TextInput.decode(record.bytes());
        return analyse(record.id(), input.text(), defaultDate, input.warnings(), null, record.origin());
    }

    private Result analyse(String id, String text, LocalDate date, List<Warning> decoding, JsonNode meta,
                           String where) {
        if (text.length() > maxTextChars) {
            return error(id, ErrorCode.E008, String.format(Locale.ROOT, "%s: a text of %,d characters, over the limit of %,d",
                    where, text.length(), maxTextChars));
        }
        if (BinaryText.isBinary(text)) {
            return error(id, ErrorCode.E007, where);
        }
        Analysis analysis = whosaid.analyze(id, text, date);
        for (Warning w : analysis.warnings()) {
            if (w.code().equals(WarningCode.W012.code())) {
                return error(id, ErrorCode.E009, where + ": " + w.message());
            }
        }
        if (!decoding.isEmpty()) {
            analysis = analysis.withWarnings(decoding);
        }
        return new Result(analysis.withMeta(meta).toJson(), null, analysis.quotes().size());
    }

    private ObjectNode meta(ObjectNode record) {
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> all = record.fields();
        while (all.hasNext()) {
            Map.Entry<String, JsonNode> f = all.next();
            if (!fields.isKnown(f.getKey())) {
                meta.set(f.getKey(), f.getValue());
            }
        }
        return meta;
    }

    private static Result error(String id, ErrorCode code, String detail) {
        return Result.error(ErrorRecord.of(id, code, detail).toJson(), code);
    }

    /** One output line: an analysis with its number of quotes, or an error record with its code. */
    public record Result(String json, ErrorCode errorCode, int quotes) {
        static Result error(String json, ErrorCode code) {
            return new Result(json, code, 0);
        }

        public boolean isError() {
            return errorCode != null;
        }
    }
}
