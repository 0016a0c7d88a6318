package dev.whosaid.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.whosaid.model.Json;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The flat table of quotes for spreadsheets and notebooks: one row per quote, with its document's id,
 * and the speaker's and the topics' names spelled out rather than as entity ids. A speaker whose name
 * is not known ("This", an unresolved "he") still has the words that introduce the quote. Offsets are the
 * contract's (UTF-16 code units into the original text). Rows come from the output line itself, so a
 * table rebuilt from a JSON Lines file (as {@code --resume} does) is the table first written.
 */
public final class QuoteCsv {
    public static final List<String> COLUMNS = List.of("doc_id", "quote_id", "kind", "text", "start", "end",
            "speaker", "speaker_mention", "speaker_type", "speaker_entity", "speaker_gazetteer_id", "speaker_wikidata", "speaker_start", "speaker_end", "cue", "cue_start",
            "cue_end", "about", "when", "when_basis", "confidence");

    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectWriter ROWS;

    static {
        CsvSchema.Builder b = CsvSchema.builder();
        COLUMNS.forEach(b::addColumn);
        ROWS = CSV.writer(b.build().withoutHeader());
    }

    private QuoteCsv() {
    }

    /** The header line, with its line break. */
    public static String header() {
        return String.join(",", COLUMNS) + "\n"; // plain names: nothing to quote
    }

    /** The rows of one output line (none for an error line or an analysis without quotes), each ending in a line break. */
    public static String rows(String outputLine) {
        JsonNode doc;
        try {
            doc = Json.reader().readTree(outputLine);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode quotes = doc.path("quotes");
        if (!quotes.isArray() || quotes.isEmpty()) {
            return "";
        }
        Map<String, JsonNode> entities = new HashMap<>();
        for (JsonNode e : doc.path("entities")) {
            entities.put(e.path("id").asText(), e);
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode q : quotes) {
            rows.add(row(doc.path("id"), q, entities));
        }
        try {
            return ROWS.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(JsonNode docId, JsonNode q, Map<String, JsonNode> entities) {
        JsonNode speaker = q.path("speaker");
        JsonNode entity = entities.get(speaker.path("entity").asText(null));
        StringJoiner about = new StringJoiner("; ");
        for (JsonNode a : q.path("about")) {
            JsonNode e = entities.get(a.asText());
            about.add(e == null ? a.asText() : e.path("name").asText());
        }
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(text(docId));
        row.add(text(q.path("id")));
        row.add(text(q.path("kind")));
        row.add(text(q.path("text")));
        row.add(text(q.path("start")));
        row.add(text(q.path("end")));
        row.add(text(speaker.path("name")));
        row.add(text(speaker.path("mention").path("text")));
        row.add(entity == null ? "" : text(entity.path("type")));
        row.add(text(speaker.path("entity")));
        row.add(entity == null ? "" : text(entity.path("gazetteerId")));
        row.add(entity == null ? "" : text(entity.path("wikidata")));
        row.add(text(speaker.path("mention").path("start")));
        row.add(text(speaker.path("mention").path("end")));
        row.add(text(q.path("cue").path("text")));
        row.add(text(q.path("cue").path("start")));
        row.add(text(q.path("cue").path("end")));
        row.add(about.toString());
        row.add(text(q.path("when").path("value")));
        row.add(text(q.path("when").path("basis")));
        row.add(text(q.path("confidence")));
        return row;
    }

    /** A field's value as a cell: empty when absent or null. */
    private static String text(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? "" : n.asText();
    }
}
