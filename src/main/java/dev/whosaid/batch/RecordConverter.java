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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/**
 * Converts one JSON Lines record ({@code id}, {@code text}, optional {@code date}, or the fields that
 * {@link RecordFields} names; anything else comes back under {@code meta}) into one output line: an
 * analysis, or an error record. Never throws.
 */
public final class RecordConverter {
    /**
     * Two objects on one line are an error, not one record and a silent loss; decimals are kept exact,
     * so that {@code meta} comes back as it came in.
     */
    private static final ObjectReader READER = Json.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final WhoSaid whosaid;
    private final LocalDate defaultDate;
    private final RecordFields fields;

    public RecordConverter(WhoSaid whosaid, LocalDate defaultDate) {
        this(whosaid, defaultDate, RecordFields.DEFAULT);
    }

    public RecordConverter(WhoSaid whosaid, LocalDate defaultDate, RecordFields fields) {
        if (whosaid == null) {
            throw new IllegalArgumentException("whosaid must not be null");
        }
        if (fields == null) {
            throw new IllegalArgumentException("fields must not be null");
        }
        this.whosaid = whosaid;
        this.defaultDate = defaultDate;
        this.fields = fields;
    }

    /** The output line for input line {@code lineNumber} (1-based, for messages). */
    public Result convert(String line, long lineNumber) {
        JsonNode node;
        try {
            node = READER.readTree(line);
        } catch (JsonProcessingException e) {
            return error(null, ErrorCode.E001, "line " + lineNumber + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return error(null, ErrorCode.E004, "line " + lineNumber);
        }
        JsonNode idNode = node.get(fields.id());
        if (idNode != null && !idNode.isNull() && !idNode.isTextual() && !idNode.isNumber()) {
            return error(null, ErrorCode.E006, "line " + lineNumber + ": " + idNode.getNodeType());
        }
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        JsonNode text = node.get(fields.text());
        if (text == null || !text.isTextual()) {
            return error(id, ErrorCode.E002, "line " + lineNumber + (fields.text().equals("text") ? ""
                    : ": no string field '" + fields.text() + "'"));
        }
        LocalDate date = defaultDate;
        JsonNode d = node.get(fields.date());
        if (d != null && !d.isNull()) {
            try {
                date = IsoDate.parse(d.asText());
            } catch (DateTimeParseException e) {
                return error(id, ErrorCode.E003, "line " + lineNumber + ": '" + d.asText() + "'");
            }
        }
        try {
            Analysis analysis = whosaid.analyze(id, text.asText(), date);
            ObjectNode meta = meta((ObjectNode) node);
            return new Result(analysis.withMeta(meta.isEmpty() ? null : meta).toJson(), null,
                    analysis.quotes().size());
        } catch (RuntimeException | StackOverflowError e) {
            // Last line of defence: one record's failure must not cost the batch its other records.
            return error(id, ErrorCode.E900, "line " + lineNumber + ": " + e.getClass().getSimpleName() + ": "
                    + e.getMessage());
        }
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
