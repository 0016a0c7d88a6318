package dev.whosaid.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.whosaid.eval.ScoreReport.ErrorDoc;
import dev.whosaid.eval.ScoreReport.KindRecall;
import dev.whosaid.eval.ScoreReport.ModeScore;
import dev.whosaid.eval.ScoreReport.Prf;
import dev.whosaid.eval.SyntheticSystem.Variant;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java scorer against the reference score.py, on synthetic system outputs made from the
 * PolNeAR gold files (clean, noisy, and the clean one with emoji inserted so that UTF-16 and
 * code-point offsets differ). Skipped only when the shared eval folder or python3 is absent.
 */
class ScorerAgreementTest {

    static final String CLEAN = "polnear-dev.jsonl";
    static final String NOISY = "polnear-dev-noisy.jsonl";
    static final String EMOJI = "polnear-dev+emoji.jsonl"; // made in the temp dir from CLEAN

    /** Python's json.dumps writes NaN bare. */
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @TempDir
    static Path tmp;

    static Path evalDir;
    static Path scorePy;

    /** Why the agreement cannot be checked here, or null when it can. */
    static String skipReason;

    @BeforeAll
    static void findReference() throws IOException {
        Optional<Path> dir = EvalData.directory();
        if (dir.isEmpty() || !Files.isRegularFile(dir.get().resolve(CLEAN))) {
            skipReason = "no shared/eval/" + CLEAN + ": agreement with score.py not checked";
        } else if (!Python.available()) {
            skipReason = "no " + Python.EXECUTABLE + " to run: agreement with score.py not checked";
        } else {
            evalDir = dir.get();
            scorePy = evalDir.resolve("score.py");
            // the eval folder is there: it must be complete
            assertThat(scorePy).as("the reference scorer beside the gold").isRegularFile();
            assertThat(evalDir.resolve(NOISY)).isRegularFile();
            writeEmojiGold(JsonLines.read(evalDir.resolve(CLEAN)), tmp.resolve(EMOJI));
        }
    }

    @BeforeEach
    void requireReference() {
        assumeTrue(skipReason == null, skipReason);
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String gold : List.of(CLEAN, NOISY, EMOJI)) {
            for (Variant v : Variant.values()) {
                out.add(Arguments.of(gold, v));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("cases")
    void agreesWithScorePy(String goldName, Variant variant) throws IOException {
        Path gold = goldName.equals(EMOJI) ? tmp.resolve(EMOJI) : evalDir.resolve(goldName);
        Path sys = tmp.resolve(goldName.replace(".jsonl", "") + "-" + variant.name().toLowerCase() + ".jsonl");
        Files.write(sys, SyntheticSystem.lines(JsonLines.read(gold), variant), StandardCharsets.UTF_8);

        for (Subset subset : Subset.values()) {
            ScoreReport java = Scorer.score(gold, sys, subset);
            JsonNode python = MAPPER.readTree(Python.run(null, scorePy.toString(), gold.toString(), sys.toString(),
                    "--subset", subset.label(), "--json"));
            assertAgrees(java, python);
            if (subset == Subset.ALL) {
                String table = Python.run(null, scorePy.toString(), gold.toString(), sys.toString(),
                        "--subset", subset.label());
                assertThat(java.toTable(gold.toString(), sys.toString())).isEqualTo(table.stripTrailing());
            }
            if (variant == Variant.EXACT) {
                // sanity: the synthetic outputs are what they claim to be
                assertThat(java.lenient().quote().f1()).isGreaterThan(0.95);
            }
        }
    }

    static void assertAgrees(ScoreReport java, JsonNode py) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(java.subset().label()).as("subset").isEqualTo(py.get("subset").asText());
        soft.assertThat(java.goldDocs()).as("gold_docs").isEqualTo(py.get("gold_docs").asInt());
        soft.assertThat(java.systemDocs()).as("system_docs").isEqualTo(py.get("system_docs").asInt());
        soft.assertThat(java.missingDocs()).as("missing_docs").isEqualTo(ids(py.get("missing_docs")));
        soft.assertThat(java.textMismatchDocs()).as("text_mismatch_docs").isEqualTo(ids(py.get("text_mismatch_docs")));
        soft.assertThat(java.extraSystemDocs()).as("extra_system_docs").isEqualTo(ids(py.get("extra_system_docs")));
        soft.assertThat(java.duplicateSystemIds()).as("duplicate_system_ids").isEqualTo(ids(py.get("duplicate_system_ids")));
        soft.assertThat(java.unreadableSystemQuotes()).as("unreadable_system_quotes")
                .isEqualTo(py.get("unreadable_system_quotes").asInt());
        JsonNode pyErrors = py.get("error_docs");
        soft.assertThat(java.errorDocs()).as("error_docs").hasSize(pyErrors.size());
        for (int k = 0; k < Math.min(pyErrors.size(), java.errorDocs().size()); k++) {
            ErrorDoc e = java.errorDocs().get(k);
            soft.assertThat(e.id()).as("error_docs[%d].id", k).isEqualTo(PyCompat.idText(pyErrors.get(k).get("id")));
            soft.assertThat(e.error()).as("error_docs[%d].error", k).isEqualTo(pyErrors.get(k).get("error"));
        }
        mode(soft, "lenient", java.lenient(), py.get("lenient"));
        mode(soft, "strict", java.strict(), py.get("strict"));
        soft.assertAll();
    }

    static void mode(SoftAssertions soft, String name, ModeScore java, JsonNode py) {
        prf(soft, name + ".quote", java.quote(), py.get("quote"));
        prf(soft, name + ".attribution", java.attribution(), py.get("attribution"));
        JsonNode c = py.get("counts");
        soft.assertThat(java.counts().sys()).as(name + ".counts.sys").isEqualTo(c.get("sys").asInt());
        soft.assertThat(java.counts().gold()).as(name + ".counts.gold").isEqualTo(c.get("gold").asInt());
        soft.assertThat(java.counts().matched()).as(name + ".counts.matched").isEqualTo(c.get("matched").asInt());
        soft.assertThat(java.counts().sysAttr()).as(name + ".counts.sys_attr").isEqualTo(c.get("sys_attr").asInt());
        soft.assertThat(java.counts().goldAttr()).as(name + ".counts.gold_attr").isEqualTo(c.get("gold_attr").asInt());
        soft.assertThat(java.counts().attrRight()).as(name + ".counts.attr_right").isEqualTo(c.get("attr_right").asInt());
        List<String> pyKinds = new ArrayList<>();
        py.get("recall_by_gold_kind").fieldNames().forEachRemaining(pyKinds::add);
        soft.assertThat(new ArrayList<>(java.recallByGoldKind().keySet())).as(name + ".recall_by_gold_kind")
                .isEqualTo(pyKinds);
        for (Map.Entry<String, KindRecall> e : java.recallByGoldKind().entrySet()) {
            JsonNode k = py.get("recall_by_gold_kind").path(e.getKey());
            soft.assertThat(e.getValue().recall()).as(name + ".recall_by_gold_kind." + e.getKey())
                    .isCloseTo(k.path("recall").asDouble(), within(1e-9));
            soft.assertThat(e.getValue().gold()).as(name + ".recall_by_gold_kind." + e.getKey() + ".gold")
                    .isEqualTo(k.path("gold").asInt());
        }
    }

    static void prf(SoftAssertions soft, String name, Prf java, JsonNode py) {
        soft.assertThat(java.p()).as(name + ".p").isCloseTo(py.get("p").asDouble(), within(1e-9));
        soft.assertThat(java.r()).as(name + ".r").isCloseTo(py.get("r").asDouble(), within(1e-9));
        soft.assertThat(java.f1()).as(name + ".f1").isCloseTo(py.get("f1").asDouble(), within(1e-9));
    }

    static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(id -> out.add(PyCompat.idText(id)));
        return out;
    }

    // ------------------------------------------------------------------ the emoji gold

    static final String[] EMOJI_CHARS = {"\uD83D\uDE00", "\uD83C\uDF89", "\uD835\uDD18", "\uD83D\uDC4D\uD83C\uDFFD"};

    /**
     * The clean gold with supplementary characters inserted at the start of every paragraph and
     * every 97 code points (so inside quotes and names too), every code-point offset remapped.
     */
    static void writeEmojiGold(List<JsonNode> gold, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode g : gold) {
            int[] cps = g.get("text").textValue().codePoints().toArray();
            // shift[x] = code points inserted before original position x
            int[] before = new int[cps.length + 1];
            StringBuilder text = new StringBuilder();
            int inserted = 0;
            for (int x = 0; x <= cps.length; x++) {
                boolean insert = x < cps.length && (x == 0 || x % 97 == 0
                        || (x >= 2 && cps[x - 1] == '\n' && cps[x - 2] == '\n'));
                if (insert) {
                    String e = EMOJI_CHARS[(x / 97) % EMOJI_CHARS.length];
                    text.append(e);
                    inserted += e.codePointCount(0, e.length());
                }
                before[x] = inserted; // includes an insertion at x itself
                if (x < cps.length) {
                    text.appendCodePoint(cps[x]);
                }
            }
            ObjectNode copy = g.deepCopy();
            copy.put("text", text.toString());
            for (JsonNode q : copy.path("quotes")) {
                ObjectNode o = (ObjectNode) q;
                remapPairs(o.get("spans"), before);
                remapPairs(o.get("speaker_spans"), before);
                remap(o, "start", before, true);
                remap(o, "end", before, false);
                remap(o, "speaker_start", before, true);
                remap(o, "speaker_end", before, false);
            }
            lines.add(MAPPER.writeValueAsString(copy));
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static void remapPairs(JsonNode pairs, int[] before) {
        if (pairs == null || !pairs.isArray()) {
            return;
        }
        for (JsonNode p : pairs) {
            ArrayNode a = (ArrayNode) p;
            a.set(0, MAPPER.getNodeFactory().numberNode(shift(a.get(0).intValue(), before, true)));
            a.set(1, MAPPER.getNodeFactory().numberNode(shift(a.get(1).intValue(), before, false)));
        }
    }

    private static void remap(ObjectNode o, String field, int[] before, boolean start) {
        if (o.path(field).isIntegralNumber()) {
            o.put(field, shift(o.get(field).intValue(), before, start));
        }
    }

    /** A start moves past an insertion at its position; an end (exclusive) stays before it. */
    private static int shift(int x, int[] before, boolean start) {
        int k = Math.max(0, Math.min(x, before.length - 1));
        int atOrBefore = before[k];
        int strictlyBefore = k == 0 ? 0 : before[k - 1];
        return x + (start ? atOrBefore : strictlyBefore);
    }
}
