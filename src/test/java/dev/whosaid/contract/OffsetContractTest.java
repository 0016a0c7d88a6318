package dev.whosaid.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import dev.whosaid.TestPipeline;
import dev.whosaid.model.Analysis;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Contract v1 as JSON, beyond what a schema can say: every span slices to its words in the ORIGINAL text,
 * field names are exactly the contract's, absent values are absent, and ids refer to what exists.
 */
class OffsetContractTest {
    static final List<String> TOP_LEVEL = List.of("schemaVersion", "id", "date", "text", "corrections", "entities",
            "quotes", "warnings", "meta");
    static final List<String> QUOTE_FIELDS = List.of("id", "kind", "text", "start", "end", "speaker", "cue", "about",
            "when", "confidence");
    static final List<String> QUOTE_REQUIRED = List.of("id", "kind", "text", "start", "end", "about", "confidence");
    static final List<String> MENTION_FIELDS = List.of("start", "end", "text");
    static final List<String> WHEN_FIELDS = List.of("value", "basis", "text", "start", "end");
    /** A statement dated by the document's date has no words in the text to point at. */
    static final List<String> DOCUMENT_WHEN_FIELDS = List.of("value", "basis");
    static final List<String> SPEAKER_FIELDS = List.of("entity", "name", "mention");
    static final List<String> ENTITY_FIELDS = List.of("id", "name", "type", "titles", "mentions");
    /** Present only on entities linked to the gazetteer. */
    static final List<String> ENTITY_LINK_FIELDS = List.of("gazetteerId", "wikidata");
    static final List<String> CORRECTION_FIELDS = List.of("start", "end", "original", "replacement", "kind",
            "confidence", "evidence");
    static final List<String> WARNING_FIELDS = List.of("code", "message", "start", "end");

    static Stream<String> samples() {
        return Stream.of("seed", "empty", "plain", "debris", "emoji", "unclosed", "reported", "control");
    }

    private static JsonNode json(String sample) {
        return Schemas.parse(Samples.all().get(sample).toJson());
    }

    private static String input(String sample) {
        return switch (sample) {
            case "seed" -> TestPipeline.seedText();
            case "empty" -> Samples.EMPTY;
            case "plain" -> Samples.PLAIN;
            case "debris" -> Samples.DEBRIS;
            case "emoji" -> Samples.EMOJI;
            case "unclosed" -> Samples.UNCLOSED;
            case "reported" -> Samples.REPORTED;
            case "control" -> Samples.CONTROL;
            default -> throw new IllegalArgumentException(sample);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void textIsTheOriginalInputUnchanged(String sample) {
        assertThat(json(sample).get("text").asText()).isEqualTo(input(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySpanSlicesToItsWordsInTheOriginalText(String sample) {
        JsonNode a = json(sample);
        String text = a.get("text").asText();
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode e : a.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                checkSlice(soft, text, m, "text", "entity " + e.get("id").asText() + " mention " + m);
            }
        }
        for (JsonNode q : a.get("quotes")) {
            String where = "quote " + q.get("id").asText();
            if (q.path("speaker").has("mention")) {
                checkSlice(soft, text, q.get("speaker").get("mention"), "text", where + " speaker.mention");
            }
            if (q.has("cue")) {
                checkSlice(soft, text, q.get("cue"), "text", where + " cue");
            }
            if (q.has("when") && !q.get("when").get("basis").asText().equals("document")) {
                checkSlice(soft, text, q.get("when"), "text", where + " when");
            }
        }
        for (JsonNode c : a.get("corrections")) {
            checkSlice(soft, text, c, "original", "correction " + c);
        }
        soft.assertAll();
    }

    private static void checkSlice(SoftAssertions soft, String text, JsonNode span, String field, String where) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        if (!inRange(soft, text, start, end, where)) {
            return;
        }
        soft.assertThat(text.substring(start, end)).as(where + " [" + start + "," + end + ")")
                .isEqualTo(span.get(field).asText());
    }

    private static boolean inRange(SoftAssertions soft, String text, int start, int end, String where) {
        boolean ok = 0 <= start && start <= end && end <= text.length();
        soft.assertThat(ok).as("%s: 0 <= %d <= %d <= %d", where, start, end, text.length()).isTrue();
        return ok;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void quoteAndWarningOffsetsLieInTheText(String sample) {
        JsonNode a = json(sample);
        String text = a.get("text").asText();
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode q : a.get("quotes")) {
            inRange(soft, text, q.get("start").asInt(), q.get("end").asInt(), "quote " + q.get("id").asText());
        }
        for (JsonNode w : a.get("warnings")) {
            if (w.has("start")) {
                inRange(soft, text, w.get("start").asInt(), w.get("end").asInt(), "warning " + w);
            }
        }
        soft.assertAll();
    }

    /** A UTF-16 offset between the two halves of a surrogate pair cuts a character in two. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noOffsetCutsACharacterInTwo(String sample) {
        JsonNode a = json(sample);
        String text = a.get("text").asText();
        List<String> cuts = new ArrayList<>();
        collectOffsets(a, "", (path, offset) -> {
            if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                    && Character.isHighSurrogate(text.charAt(offset - 1))) {
                cuts.add(path + "=" + offset);
            }
        });
        assertThat(cuts).isEmpty();
    }

    private interface OffsetVisitor {
        void visit(String path, int offset);
    }

    private static void collectOffsets(JsonNode node, String path, OffsetVisitor visitor) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if ((f.getKey().equals("start") || f.getKey().equals("end")) && f.getValue().isInt()) {
                    visitor.visit(path + "/" + f.getKey(), f.getValue().asInt());
                } else if (!f.getKey().equals("meta")) {
                    collectOffsets(f.getValue(), path + "/" + f.getKey(), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectOffsets(node.get(i), path + "/" + i, visitor);
            }
        }
    }

    @Test
    void emojiOffsetsCountUtf16Units() {
        // Each emoji is two UTF-16 units: offsets after them are String indices, not code points.
        Analysis a = Samples.handBuilt().get("emoji");
        String text = a.text();
        assertThat(a.quotes()).as(a.toPrettyJson()).isNotEmpty();
        int open = text.indexOf('“');
        assertThat(a.quotes().get(0).start()).isEqualTo(open + 1);
        assertThat(text.substring(a.quotes().get(0).start(), a.quotes().get(0).end())).startsWith("We love this 😀");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void fieldNamesAreExactlyTheContracts(String sample) {
        JsonNode a = json(sample);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(names(a)).as("top level").isSubsetOf(TOP_LEVEL)
                .contains("schemaVersion", "text", "corrections", "entities", "quotes", "warnings");
        soft.assertThat(a.get("schemaVersion").asText()).isEqualTo("1.0");
        for (JsonNode q : a.get("quotes")) {
            soft.assertThat(names(q)).as("quote " + q).isSubsetOf(QUOTE_FIELDS).containsAll(QUOTE_REQUIRED);
            if (q.has("speaker")) {
                soft.assertThat(names(q.get("speaker"))).as("speaker " + q.get("speaker"))
                        .isSubsetOf(SPEAKER_FIELDS).isNotEmpty();
                if (q.get("speaker").has("mention")) {
                    soft.assertThat(names(q.get("speaker").get("mention"))).containsExactlyInAnyOrderElementsOf(MENTION_FIELDS);
                }
            }
            if (q.has("cue")) {
                soft.assertThat(names(q.get("cue"))).as("cue").containsExactlyInAnyOrderElementsOf(MENTION_FIELDS);
            }
            if (q.has("when")) {
                boolean document = q.get("when").get("basis").asText().equals("document");
                soft.assertThat(names(q.get("when"))).as("when")
                        .containsExactlyInAnyOrderElementsOf(document ? DOCUMENT_WHEN_FIELDS : WHEN_FIELDS);
            }
        }
        for (JsonNode e : a.get("entities")) {
            List<String> allowed = new java.util.ArrayList<>(ENTITY_FIELDS);
            allowed.addAll(ENTITY_LINK_FIELDS);
            soft.assertThat(names(e)).as("entity " + e.get("id")).containsAll(ENTITY_FIELDS).isSubsetOf(allowed);
            for (JsonNode m : e.get("mentions")) {
                soft.assertThat(names(m)).as("mention").containsExactlyInAnyOrderElementsOf(MENTION_FIELDS);
            }
        }
        for (JsonNode c : a.get("corrections")) {
            soft.assertThat(names(c)).as("correction").containsExactlyInAnyOrderElementsOf(CORRECTION_FIELDS);
        }
        for (JsonNode w : a.get("warnings")) {
            soft.assertThat(names(w)).as("warning " + w).isSubsetOf(WARNING_FIELDS).contains("code", "message");
        }
        soft.assertAll();
    }

    @Test
    void idAndDateAreAbsentWhenNotGiven() {
        JsonNode empty = json("empty");
        assertThat(names(empty)).doesNotContain("id", "date", "meta");
        JsonNode plain = json("plain");
        assertThat(plain.get("id").asText()).isEqualTo("plain");
        assertThat(names(plain)).doesNotContain("date");
        JsonNode seed = json("seed");
        assertThat(names(seed)).containsExactly("schemaVersion", "id", "date", "text", "corrections", "entities",
                "quotes", "warnings");
        assertThat(seed.get("id").asText()).isEqualTo("icc-sanctions-mt");
        assertThat(seed.get("date").asText()).isEqualTo("2020-09-03");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void absentValuesAreAbsentNeverNullNorUnknown(String sample) {
        JsonNode a = json(sample);
        List<String> nulls = new ArrayList<>();
        List<String> unknowns = new ArrayList<>();
        walk(a, "", nulls, unknowns);
        assertThat(nulls).as("JSON nulls").isEmpty();
        assertThat(unknowns).as("the string Unknown as a value").isEmpty();
        for (JsonNode q : a.get("quotes")) {
            for (String f : List.of("speaker", "cue", "when")) {
                assertThat(!q.has(f) || q.get(f).isObject()).as("quote %s %s", q.get("id"), f).isTrue();
            }
        }
    }

    /** Fields holding the document's own words, which may say "Unknown" when the document does. */
    private static final Set<String> WORD_FIELDS = Set.of("text", "original", "replacement");

    private static void walk(JsonNode node, String path, List<String> nulls, List<String> unknowns) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                String p = path + "/" + f.getKey();
                if (f.getKey().equals("meta")) {
                    continue;
                }
                if (f.getValue().isNull()) {
                    nulls.add(p);
                } else if (f.getValue().isTextual() && !WORD_FIELDS.contains(f.getKey())
                        && f.getValue().asText().trim().equalsIgnoreCase("unknown")) {
                    unknowns.add(p);
                } else {
                    walk(f.getValue(), p, nulls, unknowns);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode v = node.get(i);
                if (v.isNull()) {
                    nulls.add(path + "/" + i);
                } else {
                    walk(v, path + "/" + i, nulls, unknowns);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void idsAreUniqueAndReferencesResolve(String sample) {
        JsonNode a = json(sample);
        Map<String, String> entityNames = new HashMap<>();
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode e : a.get("entities")) {
            String id = e.get("id").asText();
            soft.assertThat(entityNames.put(id, e.get("name").asText())).as("duplicate entity id " + id).isNull();
        }
        Set<String> quoteIds = new HashSet<>();
        for (JsonNode q : a.get("quotes")) {
            String id = q.get("id").asText();
            soft.assertThat(quoteIds.add(id)).as("duplicate quote id " + id).isTrue();
            for (JsonNode about : q.get("about")) {
                soft.assertThat(entityNames).as("quote %s about", id).containsKey(about.asText());
            }
            JsonNode speaker = q.path("speaker");
            if (speaker.has("entity")) {
                String entity = speaker.get("entity").asText();
                soft.assertThat(entityNames).as("quote %s speaker.entity", id).containsKey(entity);
                if (speaker.has("name") && entityNames.containsKey(entity)) {
                    soft.assertThat(speaker.get("name").asText()).as("quote %s speaker.name is the name of %s", id, entity)
                            .isEqualTo(entityNames.get(entity));
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void theSamplesExerciseEveryPartOfTheContract() {
        // Guards against the other tests passing vacuously.
        List<JsonNode> all = samples().map(OffsetContractTest::json).toList();
        List<JsonNode> quotes = new ArrayList<>();
        all.forEach(a -> a.get("quotes").forEach(quotes::add));
        assertThat(all).anySatisfy(a -> assertThat(a.get("corrections")).isNotEmpty());
        assertThat(all).anySatisfy(a -> assertThat(a.get("entities")).isNotEmpty());
        assertThat(all).anySatisfy(a -> assertThat(a.get("warnings")).anySatisfy(w -> assertThat(w.has("start")).isTrue()));
        assertThat(quotes).anySatisfy(q -> assertThat(q.path("speaker").has("mention")).isTrue());
        assertThat(quotes).anySatisfy(q -> assertThat(q.path("speaker").has("entity")).isTrue());
        assertThat(quotes).anySatisfy(q -> assertThat(q.has("cue")).isTrue());
        assertThat(quotes).anySatisfy(q -> assertThat(q.get("about")).isNotEmpty());
        assertThat(json("empty").get("quotes")).isEmpty();
        assertThat(json("plain").get("quotes")).isEmpty();
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
