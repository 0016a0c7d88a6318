package dev.whosaid.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationMessage;

import dev.whosaid.TestPipeline;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.ErrorRecord;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Real whosaid output keeps the JSON Schema of contract v1, and the schema rejects what breaks the contract. */
class OutputSchemaTest {

    // ---- the schema itself ----

    @Test
    void schemaIsDraft202012WithAStableId() {
        JsonNode schema = Schemas.outputSchemaJson();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(Schemas.OUTPUT_V1_ID);
        assertThat(schema.path("oneOf")).hasSize(2);
    }

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() {
        JsonSchema meta = Schemas.factory().getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(Schemas.outputSchemaJson())).isEmpty();
    }

    @Test
    void everyPropertyAndDefinitionIsDescribed() {
        List<String> undocumented = new ArrayList<>();
        JsonNode schema = Schemas.outputSchemaJson();
        schema.path("$defs").fields().forEachRemaining(d -> {
            if (!d.getValue().hasNonNull("description")) {
                undocumented.add("$defs/" + d.getKey());
            }
        });
        collectUndescribedProperties(schema, "", undocumented);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyObjectOfOursIsClosed() {
        List<String> open = new ArrayList<>();
        collectOpenObjects(Schemas.outputSchemaJson(), "", open);
        // meta is the caller's own data, returned untouched: it is the one open object.
        assertThat(open).containsExactly("/$defs/analysis/properties/meta");
    }

    private static void collectUndescribedProperties(JsonNode node, String path, List<String> out) {
        if (!node.isContainerNode()) {
            return;
        }
        if (node.isObject() && node.has("properties")) {
            node.get("properties").fields().forEachRemaining(p -> {
                if (!p.getValue().hasNonNull("description")) {
                    out.add(path + "/properties/" + p.getKey());
                }
            });
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            collectUndescribedProperties(f.getValue(), path + "/" + f.getKey(), out);
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectUndescribedProperties(node.get(i), path + "/" + i, out);
        }
    }

    private static void collectOpenObjects(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            if (node.path("type").asText().equals("object")
                    && !node.path("additionalProperties").isBoolean()) {
                out.add(path);
            }
            node.fields().forEachRemaining(f -> collectOpenObjects(f.getValue(), path + "/" + f.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOpenObjects(node.get(i), path + "/" + i, out);
            }
        }
    }

    // ---- real output validates ----

    static Stream<Arguments> samples() {
        return Stream.of("seed", "empty", "plain", "debris", "emoji", "unclosed", "reported", "control").map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void realAnalysisKeepsTheSchema(String name) {
        Analysis a = Samples.all().get(name);
        assertValid(a.toJson());
        assertValid(a.toPrettyJson());
    }

    @Test
    void analysisWithMetaKeepsTheSchema() {
        Analysis a = Samples.handBuilt().get("plain");
        ObjectNode meta = JsonNodeFactory.instance.objectNode();
        meta.put("source", "wire").putArray("tags").add("a").add(1).addNull();
        assertValid(a.withMeta(meta).toJson());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            with meta          | {"id": "a1", "text": "Nothing was said.", "date": "2020-09-03", "source": "wire", "n": 3} | false
            numeric id         | {"id": 17, "text": "Nothing was said."}                                                      | false
            no id, null date   | {"text": "“Go,” she said.", "date": null}                                                    | false
            not JSON           | {"id": "b", "text": "unterminated                                                            | true
            not an object      | ["id", "text"]                                                                               | true
            no text            | {"id": "c", "body": "Nothing was said."}                                                     | true
            text not a string  | {"id": "d", "text": 42}                                                                      | true
            bad date           | {"id": "e", "text": "Nothing was said.", "date": "3/9/2020"}                                 | true
            """)
    void batchLinesKeepTheSchema(String name, String line, boolean error) {
        RecordConverter converter = new RecordConverter(TestPipeline.whosaid(), null);
        RecordConverter.Result r = converter.convert(line, 7);
        assertThat(r.isError()).as(r.json()).isEqualTo(error);
        assertValid(r.json());
        assertThat(Schemas.parse(r.json()).has("error")).isEqualTo(error);
    }

    /**
     * Contract: {@code date} is YYYY-MM-DD. {@code LocalDate.parse} also accepts ISO's extended years
     * ("+12345-01-01", "-0001-01-01"), which Jackson then writes back out, breaking the contract.
     * Expected: error record E003.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            five-digit year | {"id": "y", "text": "Nothing was said.", "date": "+12345-01-01"}
            negative year   | {"id": "y", "text": "Nothing was said.", "date": "-0001-01-01"}
            """)
    void batchLinesWithExtendedYearDatesKeepTheSchema(String name, String line) {
        RecordConverter.Result r = new RecordConverter(TestPipeline.whosaid(), null).convert(line, 1);
        assertValid(r.json());
        assertThat(Schemas.parse(r.json()).get("error").get("code").asText()).isEqualTo("E003");
    }

    @Test
    void analysisDatesAreFourDigitYears() {
        Analysis a = TestPipeline.whosaid().analyze("d", "", LocalDate.of(999, 1, 2));
        assertValid(a.toJson());
        assertThat(Schemas.parse(a.toJson()).get("date").asText()).isEqualTo("0999-01-02");
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void errorRecordsKeepTheSchema(ErrorCode code) {
        assertValid(ErrorRecord.of("doc-1", code, null).toJson());
        assertValid(ErrorRecord.of(null, code, "line 3: something odd").toJson());
        assertThat(Schemas.parse(ErrorRecord.of(null, code, null).toJson()).get("id").isNull()).isTrue();
    }

    // ---- the schema can fail ----

    static Stream<Arguments> brokenAnalyses() {
        return Stream.of(
                broken("no text", a -> a.remove("text")),
                broken("no schemaVersion", a -> a.remove("schemaVersion")),
                broken("schemaVersion 2.0", a -> a.put("schemaVersion", "2.0")),
                broken("no quotes array", a -> a.remove("quotes")),
                broken("unknown top-level field", a -> a.put("speakers", 3)),
                broken("id null", a -> a.putNull("id")),
                broken("date not YYYY-MM-DD", a -> a.put("date", "2020-9-3")),
                broken("date with a time", a -> a.put("date", "2020-09-03T00:00:00Z")),
                broken("meta not an object", a -> a.put("meta", "wire")),
                broken("analysis with an error", a -> a.putObject("error").put("code", "E001").put("message", "x")),
                broken("quote kind quoted", a -> quote(a).put("kind", "quoted")),
                broken("unknown quote field", a -> quote(a).put("source", "Pompeo")),
                broken("quote without id", a -> quote(a).remove("id")),
                broken("quote id not q<n>", a -> quote(a).put("id", "quote1")),
                broken("negative quote start", a -> quote(a).put("start", -1)),
                broken("fractional quote end", a -> quote(a).put("end", 12.5)),
                broken("offset as a string", a -> quote(a).put("start", "12")),
                broken("confidence above 1", a -> quote(a).put("confidence", 1.5)),
                broken("confidence as a string", a -> quote(a).put("confidence", "0.9")),
                broken("about id not e<n>", a -> quote(a).putArray("about").add("Pompeo")),
                broken("about repeats an id", a -> quote(a).putArray("about").add("e1").add("e1")),
                broken("speaker null", a -> quote(a).set("speaker", NullNode.getInstance())),
                broken("speaker empty", a -> quote(a).putObject("speaker")),
                broken("speaker name Unknown", a -> speaker(a).put("name", "Unknown")),
                broken("speaker name empty", a -> speaker(a).put("name", "")),
                broken("speaker entity not e<n>", a -> speaker(a).put("entity", "E1")),
                broken("unknown speaker field", a -> speaker(a).put("role", "minister")),
                broken("speaker mention negative start", a -> ((ObjectNode) speaker(a).get("mention")).put("start", -5)),
                broken("cue null", a -> quote(a).set("cue", NullNode.getInstance())),
                broken("cue without text", a -> quote(a).putObject("cue").put("start", 1).put("end", 2)),
                broken("when value not ISO", a -> quote(a).putObject("when").put("value", "September 2")
                        .put("basis", "sentence").put("text", "September 2").put("start", 1).put("end", 12)),
                broken("when without basis", a -> quote(a).putObject("when").put("value", "2020-09-02")
                        .put("text", "September 2").put("start", 1).put("end", 12)),
                broken("when basis unknown", a -> quote(a).putObject("when").put("value", "2020-09-02")
                        .put("basis", "guess").put("text", "September 2").put("start", 1).put("end", 12)),
                broken("when read without words", a -> quote(a).putObject("when").put("value", "2020-09-02")
                        .put("basis", "sentence")),
                broken("when from the document with words", a -> quote(a).putObject("when").put("value", "2020-09-03")
                        .put("basis", "document").put("text", "September 3").put("start", 1).put("end", 12)),
                broken("entity id not e<n>", a -> entity(a).put("id", "1")),
                broken("entity name Unknown", a -> entity(a).put("name", "Unknown")),
                broken("entity without mentions", a -> entity(a).putArray("mentions")),
                broken("entity mention negative start", a -> ((ObjectNode) entity(a).get("mentions").get(0)).put("start", -1)),
                broken("unknown mention field", a -> ((ObjectNode) entity(a).get("mentions").get(0)).put("sentence", 0)),
                broken("entity type lower case", a -> entity(a).put("type", "person")),
                broken("correction kind typo", a -> correction(a).put("kind", "typo")),
                broken("correction negative end", a -> correction(a).put("end", -1)),
                broken("correction without original", a -> correction(a).remove("original")),
                broken("warning code not W<nnn>", a -> warnings(a).addObject().put("code", "W3").put("message", "x")),
                broken("warning start without end", a -> warnings(a).addObject().put("code", "W003").put("message", "x")
                        .put("start", 3)),
                broken("warning unknown field", a -> warnings(a).addObject().put("code", "W003").put("message", "x")
                        .put("severity", "high")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAnalyses")
    void schemaRejectsBrokenAnalysis(Consumer<ObjectNode> mutation) {
        ObjectNode json = (ObjectNode) Schemas.parse(Samples.seed().toJson());
        assertThat(Schemas.validate(json)).as("the unbroken seed analysis").isEmpty();
        mutation.accept(json);
        // Rejected by the analysis branch itself, not merely by failing to be an error record.
        assertThat(Schemas.validate(json)).as(json.toString())
                .anySatisfy(m -> assertThat(m.getEvaluationPath().toString()).startsWith("$.oneOf[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no id field        | {"error": {"code": "E001", "message": "not valid JSON"}}
            id a number        | {"id": 3, "error": {"code": "E001", "message": "not valid JSON"}}
            code not E<nnn>    | {"id": "a", "error": {"code": "oops", "message": "not valid JSON"}}
            no message         | {"id": "a", "error": {"code": "E001"}}
            empty message      | {"id": "a", "error": {"code": "E001", "message": ""}}
            unknown field      | {"id": "a", "error": {"code": "E001", "message": "m"}, "line": 3}
            error as a string  | {"id": "a", "error": "E001"}
            neither            | {"id": "a"}
            """)
    void schemaRejectsBrokenErrorRecord(String name, String json) {
        assertThat(Schemas.validate(json)).isNotEmpty();
        JsonNode good = Schemas.parse(ErrorRecord.of("a", ErrorCode.E001, null).toJson());
        assertThat(Schemas.validate(good)).isEmpty();
    }

    private static Arguments broken(String name, Consumer<ObjectNode> mutation) {
        return Arguments.of(Named.of(name, mutation));
    }

    /** The seed's first quote that has a speaker, a cue and a speaker name. */
    private static ObjectNode quote(ObjectNode analysis) {
        for (JsonNode q : analysis.get("quotes")) {
            if (q.path("speaker").has("name") && q.has("cue")) {
                return (ObjectNode) q;
            }
        }
        throw new AssertionError("the seed analysis has no quote with a named speaker and a cue");
    }

    private static ObjectNode speaker(ObjectNode analysis) {
        return (ObjectNode) quote(analysis).get("speaker");
    }

    private static ObjectNode entity(ObjectNode analysis) {
        assertThat(analysis.get("entities")).as("seed entities").isNotEmpty();
        return (ObjectNode) analysis.get("entities").get(0);
    }

    private static ObjectNode correction(ObjectNode analysis) {
        assertThat(analysis.get("corrections")).as("seed corrections").isNotEmpty();
        return (ObjectNode) analysis.get("corrections").get(0);
    }

    private static ArrayNode warnings(ObjectNode analysis) {
        return (ArrayNode) analysis.get("warnings");
    }

    private static void assertValid(String json) {
        Set<ValidationMessage> errors = Schemas.validate(json);
        assertThat(errors).as("schema violations in %s", abbreviate(json)).isEmpty();
    }

    private static String abbreviate(String json) {
        return json.length() <= 4000 ? json : json.substring(0, 4000) + "…";
    }
}
