package dev.whosaid.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** One CSV row per quote, names spelled out, any text quoted so that it reads back unchanged. */
class QuoteCsvTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theHeaderNamesTheColumnsOnOneLine() throws IOException {
        List<String> expected = List.of("doc_id", "quote_id", "kind", "text", "start", "end", "speaker",
                "speaker_mention", "speaker_type", "speaker_entity", "speaker_gazetteer_id", "speaker_wikidata", "speaker_start",
                "speaker_end", "cue", "cue_start", "cue_end", "about", "when", "when_basis", "confidence");
        assertThat(QuoteCsv.COLUMNS).isEqualTo(expected);
        assertThat(QuoteCsv.header()).endsWith("\n").containsOnlyOnce("\n");
        assertThat(parse(QuoteCsv.header())).containsExactly(expected);
    }

    @Test
    void anErrorLineHasNoRows() {
        assertThat(QuoteCsv.rows("{\"id\":\"x\",\"error\":{\"code\":\"E001\",\"message\":\"not valid JSON\"}}"))
                .isEmpty();
    }

    @Test
    void anAnalysisWithoutQuotesHasNoRows() {
        ObjectNode doc = analysis("doc-0");
        doc.set("entities", JSON.createArrayNode().add(entity("e1", "Stef Blok", "PERSON")));
        assertThat(QuoteCsv.rows(doc.toString())).isEmpty();
    }

    @Test
    void aQuoteWithEveryPartFillsEveryColumn() throws IOException {
        ObjectNode doc = analysis("doc-1");
        doc.withArray("entities").add(entity("e1", "Stef Blok", "PERSON").put("gazetteerId", "stef-blok")
                .put("wikidata", "Q2308012"));
        doc.withArray("entities").add(entity("e2", "European Union", "ORGANIZATION"));
        ObjectNode q = quote("q1", "direct", "We will not accept this", 120, 143, 0.87);
        q.putObject("speaker").put("entity", "e1").put("name", "Stef Blok")
                .putObject("mention").put("start", 100).put("end", 109).put("text", "Stef Blok");
        q.putObject("cue").put("start", 110).put("end", 114).put("text", "said");
        q.withArray("about").add("e1").add("e2");
        q.putObject("when").put("value", "2020-09-02").put("basis", "sentence").put("text", "Wednesday")
                .put("start", 150).put("end", 159);
        doc.withArray("quotes").add(q);

        List<List<String>> rows = parse(QuoteCsv.rows(doc.toString()));

        assertThat(rows).hasSize(1);
        assertThat(byColumn(rows.get(0))).containsExactly(
                entry("doc_id", "doc-1"), entry("quote_id", "q1"), entry("kind", "direct"),
                entry("text", "We will not accept this"), entry("start", "120"), entry("end", "143"),
                entry("speaker", "Stef Blok"), entry("speaker_mention", "Stef Blok"), entry("speaker_type", "PERSON"), entry("speaker_entity", "e1"),
                entry("speaker_gazetteer_id", "stef-blok"), entry("speaker_wikidata", "Q2308012"),
                entry("speaker_start", "100"), entry("speaker_end", "109"), entry("cue", "said"),
                entry("cue_start", "110"), entry("cue_end", "114"), entry("about", "Stef Blok; European Union"),
                entry("when", "2020-09-02"), entry("when_basis", "sentence"), entry("confidence", "0.87"));
    }

    @Test
    void absentPartsAreEmptyCells() throws IOException {
        // no speaker entity, no cue, no date, no topic, no gazetteer link
        ObjectNode doc = analysis("doc-2");
        doc.withArray("entities").add(entity("e1", "Ann Lee", "PERSON"));
        ObjectNode named = quote("q1", "indirect", "the court was corrupt", 10, 31, 0.5);
        named.putObject("speaker").put("name", "Someone Named");
        ObjectNode unlinked = quote("q2", "direct", "Fine", 40, 44, 0.6);
        unlinked.putObject("speaker").put("entity", "e1").put("name", "Ann Lee");
        doc.withArray("quotes").add(named).add(unlinked);

        List<List<String>> rows = parse(QuoteCsv.rows(doc.toString()));

        assertThat(rows).hasSize(2);
        Map<String, String> first = byColumn(rows.get(0));
        assertThat(first).containsEntry("speaker", "Someone Named");
        for (String empty : List.of("speaker_mention", "speaker_type", "speaker_entity", "speaker_gazetteer_id", "speaker_wikidata",
                "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "about", "when", "when_basis")) {
            assertThat(first).as(empty).containsEntry(empty, "");
        }
        Map<String, String> second = byColumn(rows.get(1));
        assertThat(second).containsEntry("speaker_type", "PERSON").containsEntry("speaker_entity", "e1")
                .containsEntry("speaker_gazetteer_id", "").containsEntry("speaker_wikidata", "");
    }

    @Test
    void aSpeakerWithoutANameKeepsTheWordsThatIntroduceTheQuote() throws IOException {
        ObjectNode doc = analysis("doc-3");
        ObjectNode q = quote("q1", "indirect", "that taxes will rise", 20, 40, 0.4);
        q.putObject("speaker").putObject("mention").put("start", 0).put("end", 2).put("text", "He");
        doc.withArray("quotes").add(q);

        Map<String, String> row = byColumn(parse(QuoteCsv.rows(doc.toString())).get(0));
        assertThat(row).containsEntry("speaker", "").containsEntry("speaker_mention", "He")
                .containsEntry("speaker_start", "0").containsEntry("speaker_end", "2");
    }

    @Test
    void aNullDocumentIdIsAnEmptyCell() throws IOException {
        ObjectNode doc = analysis(null);
        doc.withArray("quotes").add(quote("q1", "direct", "Yes", 0, 3, 0.9));
        assertThat(byColumn(parse(QuoteCsv.rows(doc.toString())).get(0))).containsEntry("doc_id", "");
    }

    @Test
    void rowsFollowTheQuotesAndEachEndsInALineBreak() throws IOException {
        ObjectNode doc = analysis("doc-3");
        for (int i = 1; i <= 3; i++) {
            doc.withArray("quotes").add(quote("q" + i, "direct", "quote " + i, i * 10, i * 10 + 7, 0.9));
        }
        String rows = QuoteCsv.rows(doc.toString());
        assertThat(rows).endsWith("\n");
        assertThat(rows.split("\n", -1)).hasSize(4); // three rows, then nothing after the last break
        List<List<String>> parsed = parse(rows);
        assertThat(parsed).extracting(r -> r.get(1)).containsExactly("q1", "q2", "q3");
        assertThat(parsed).allSatisfy(r -> assertThat(r).hasSize(QuoteCsv.COLUMNS.size()));
    }

    @Test
    void textWithCommasQuotesAndLineBreaksIsQuotedAndReadsBackUnchanged() throws IOException {
        String text = "We will not, \"ever\", accept this.\nNot in 2020,\r\nnor later; “never” 😀 ";
        ObjectNode doc = analysis("doc,4");
        doc.withArray("entities").add(entity("e1", "Smith, John \"Jack\"", "PERSON"))
                .add(entity("e2", "Procter & Gamble", "ORGANIZATION"));
        ObjectNode q = quote("q1", "direct", text, 5, 5 + text.length(), 0.75);
        q.putObject("speaker").put("entity", "e1").put("name", "Smith, John \"Jack\"");
        q.withArray("about").add("e2").add("e1");
        doc.withArray("quotes").add(q);

        String rows = QuoteCsv.rows(doc.toString());

        // RFC 4180: the field in double quotes, its double quotes doubled, its line breaks kept
        assertThat(rows).contains("\"We will not, \"\"ever\"\", accept this.\nNot in 2020,\r\nnor later; “never” 😀 \"");
        assertThat(rows).startsWith("\"doc,4\",");
        List<List<String>> parsed = parse(rows);
        assertThat(parsed).hasSize(1);
        Map<String, String> row = byColumn(parsed.get(0));
        assertThat(row).containsEntry("doc_id", "doc,4").containsEntry("text", text)
                .containsEntry("speaker", "Smith, John \"Jack\"")
                .containsEntry("about", "Procter & Gamble; Smith, John \"Jack\"");
    }

    @Test
    void aTopicNotAmongTheEntitiesIsGivenByItsId() throws IOException {
        ObjectNode doc = analysis("doc-5");
        doc.withArray("entities").add(entity("e1", "Ann Lee", "PERSON"));
        ObjectNode q = quote("q1", "direct", "Fine", 0, 4, 0.9);
        q.withArray("about").add("e1").add("e9");
        doc.withArray("quotes").add(q);
        assertThat(byColumn(parse(QuoteCsv.rows(doc.toString())).get(0))).containsEntry("about", "Ann Lee; e9");
    }

    private static ObjectNode analysis(String id) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("schemaVersion", "1");
        if (id == null) {
            doc.putNull("id");
        } else {
            doc.put("id", id);
        }
        doc.put("text", "(the article)");
        doc.putArray("corrections");
        doc.putArray("entities");
        doc.putArray("quotes");
        doc.putArray("warnings");
        return doc;
    }

    private static ObjectNode entity(String id, String name, String type) {
        ObjectNode e = JSON.createObjectNode().put("id", id).put("name", name).put("type", type);
        e.putArray("titles");
        ArrayNode mentions = e.putArray("mentions");
        mentions.addObject().put("start", 0).put("end", name.length()).put("text", name);
        return e;
    }

    private static ObjectNode quote(String id, String kind, String text, int start, int end, double confidence) {
        ObjectNode q = JSON.createObjectNode().put("id", id).put("kind", kind).put("text", text)
                .put("start", start).put("end", end);
        q.putArray("about");
        q.put("confidence", confidence);
        return q;
    }

    static List<List<String>> parse(String csv) throws IOException {
        try (MappingIterator<List<String>> it = new CsvMapper().readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(csv)) {
            return it.readAll();
        }
    }

    static Map<String, String> byColumn(List<String> row) {
        assertThat(row).hasSize(QuoteCsv.COLUMNS.size());
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            m.put(QuoteCsv.COLUMNS.get(i), row.get(i));
        }
        return m;
    }
}
