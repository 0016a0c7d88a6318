package dev.whosaid.eval;

import static dev.whosaid.eval.Docs.F;
import static dev.whosaid.eval.Docs.cp;
import static dev.whosaid.eval.Docs.gold;
import static dev.whosaid.eval.Docs.goldQuote;
import static dev.whosaid.eval.Docs.span;
import static dev.whosaid.eval.Docs.spans;
import static dev.whosaid.eval.Docs.sys;
import static dev.whosaid.eval.Docs.sysQuote;
import static dev.whosaid.eval.Docs.u16;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.whosaid.eval.ScoreReport.Counts;
import dev.whosaid.eval.ScoreReport.ModeScore;
import dev.whosaid.eval.ScoreReport.Prf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The scoring rules of score.py on small documents built by hand, with the figures worked out. */
class ScorerTest {

    /** 60 letters and no whitespace or quotation mark, so trimming never moves a span. */
    static final String LETTERS = "abcdefghij".repeat(6);

    static ScoreReport score(ObjectNode gold, ObjectNode system, Subset subset) {
        return Scorer.score(List.of(gold), List.of(system), subset);
    }

    static ScoreReport score(ObjectNode gold, ObjectNode system) {
        return score(gold, system, Subset.ALL);
    }

    static void assertPrf(Prf prf, double p, double r, double f1) {
        assertThat(prf.p()).as("P").isCloseTo(p, within(1e-12));
        assertThat(prf.r()).as("R").isCloseTo(r, within(1e-12));
        assertThat(prf.f1()).as("F1").isCloseTo(f1, within(1e-12));
    }

    // ------------------------------------------------------------------ matching

    @Test
    void exactMatchScoresOneEverywhere() {
        String text = "Smith said: \"We will win the vote.\" Then he left.";
        ObjectNode g = gold("d", text, goldQuote("direct",
                spans(cp(text, "\"We"), cp(text, " Then")), "John Smith", span(0, 5)));
        // contract v1: the content without the marks
        ObjectNode s = sys("d", text, sysQuote("direct", u16(text, "We"), u16(text, "\" Then"), "John Smith", span(0, 5)));

        ScoreReport report = score(g, s);

        for (ModeScore m : List.of(report.lenient(), report.strict())) {
            assertThat(m.counts()).isEqualTo(new Counts(1, 1, 1, 1, 1, 1));
            assertPrf(m.quote(), 1, 1, 1);
            assertPrf(m.attribution(), 1, 1, 1);
            assertThat(m.recallByGoldKind()).containsOnlyKeys("direct");
            assertThat(m.recallByGoldKind().get("direct").recall()).isEqualTo(1.0);
        }
        assertThat(report.missingDocs()).isEmpty();
        assertThat(report.unreadableSystemQuotes()).isZero();
    }

    /** Gold [10, 30): 20 characters; lenient needs 10 shared with a 20-long span, strict needs 16. */
    @ParameterizedTest(name = "system [{0}, {1}) overlaps {2}: lenient {3}, strict {4}")
    @CsvSource({
            "10, 30, 20, 1, 1",
            "20, 40, 10, 1, 0", // exactly 50% of the shorter
            "21, 41,  9, 0, 0", // just under
            "14, 34, 16, 1, 1", // exactly 80% of the longer
            "15, 35, 15, 1, 0", // just under
            "10, 15,  5, 1, 0", // inside: 100% of the shorter, 25% of the longer
            "5,  35, 20, 1, 0", // 20 of 30: 67% of the longer
            "8,  32, 20, 1, 1", // 20 of 24: 83% of the longer
            "30, 40,  0, 0, 0", // touching is not overlapping
    })
    void partialOverlapThresholds(int start, int end, int overlap, int lenient, int strict) {
        ObjectNode g = gold("d", LETTERS, goldQuote("direct", spans(10, 30), null));
        ScoreReport report = score(g, sys("d", LETTERS, sysQuote("direct", start, end, null, null)));

        assertThat(report.lenient().counts().matched()).as("lenient").isEqualTo(lenient);
        assertThat(report.strict().counts().matched()).as("strict").isEqualTo(strict);
        assertPrf(report.lenient().quote(), lenient, lenient, lenient);
    }

    @Test
    void discontinuousGoldLeavesTheGapNeutral() {
        String text = "\"Alpha beta,\" he said, \"gamma delta.\"";
        int[][] goldSpans = spans(0, cp(text, " he"), cp(text, "\"gamma"), text.length());
        ObjectNode g = gold("d", text, goldQuote("direct", goldSpans, "He", span(cp(text, "he"), cp(text, " said"))));

        // one span from 'Alpha' to 'delta.': 23 content characters + 12 in the gap
        ScoreReport whole = score(g, sys("d", text, sysQuote("direct", 1, text.length() - 1, null, null)));
        // the gap is neutral, so even strict (80% of the longer) matches: 23 >= 0.8 * 23
        assertThat(whole.strict().counts().matched()).isEqualTo(1);
        assertThat(whole.lenient().counts().matched()).isEqualTo(1);

        // only the second fragment: 12 of 23
        ScoreReport second = score(g, sys("d", text, sysQuote("direct", u16(text, "gamma"), text.length() - 1, null, null)));
        assertThat(second.lenient().counts().matched()).isEqualTo(1);
        assertThat(second.strict().counts().matched()).isZero();

        // only the gap: nothing shared
        ScoreReport gap = score(g, sys("d", text, sysQuote("direct", u16(text, "he said"), u16(text, ", \"gamma"), null, null)));
        assertThat(gap.lenient().counts().matched()).isZero();
        assertPrf(gap.lenient().quote(), 0, 0, 0);
    }

    @Test
    void matchingIsOneToOneAndGreedy() {
        ObjectNode g = gold("d", LETTERS,
                goldQuote("direct", spans(0, 10), "Alice", span(50, 55)),
                goldQuote("direct", spans(10, 20), "Bob", span(55, 60)));

        // [5, 15) shares 5 with each: tie on overlap and on overlap/union, so text order picks Alice's
        ScoreReport tie = score(g, sys("d", LETTERS, sysQuote("direct", 5, 15, "Alice", null)));
        assertThat(tie.lenient().counts()).isEqualTo(new Counts(1, 2, 1, 1, 2, 1));
        assertThat(score(g, sys("d", LETTERS, sysQuote("direct", 5, 15, "Bob", null))).lenient().counts().attrRight())
                .isZero();

        // the larger overlap goes first: [10, 20) takes Bob's quote, so [5, 15) gets Alice's
        ScoreReport both = score(g, sys("d", LETTERS,
                sysQuote("direct", 5, 15, "Alice", null), sysQuote("direct", 10, 20, "Bob", null)));
        assertThat(both.lenient().counts()).isEqualTo(new Counts(2, 2, 2, 2, 2, 2));

        // [0, 10) takes Alice's quote first, so [5, 15) can only have Bob's, and its speaker is then wrong
        ScoreReport crossed = score(g, sys("d", LETTERS,
                sysQuote("direct", 5, 15, "Alice", null), sysQuote("direct", 0, 10, "Alice", null)));
        assertThat(crossed.lenient().counts()).isEqualTo(new Counts(2, 2, 2, 2, 2, 1));

        // the same quote twice: one match, the copy is a false positive
        ScoreReport twice = score(g, sys("d", LETTERS,
                sysQuote("direct", 0, 10, null, null), sysQuote("direct", 0, 10, null, null)));
        assertThat(twice.lenient().counts().matched()).isEqualTo(1);
        assertPrf(twice.lenient().quote(), 0.5, 0.5, 0.5);
        assertPrf(twice.strict().quote(), 0.5, 0.5, 0.5);
    }

    // ------------------------------------------------------------------ attribution

    static final String SENATOR = "Senator Jane Doe said: \"Taxes are too high.\"";

    /** attr_right for a system quote matching the gold quote of {@link #SENATOR} exactly. */
    static int attributionRight(String goldSpeaker, String goldClean, String name, int[] mention) {
        ObjectNode q = goldQuote("direct", spans(cp(SENATOR, "\"Taxes"), SENATOR.length()), goldSpeaker,
                span(0, cp(SENATOR, " said")));
        if (goldClean != null) {
            q.put("speaker_clean", goldClean);
        }
        ObjectNode s = sys("d", SENATOR,
                sysQuote("direct", u16(SENATOR, "Taxes"), SENATOR.length() - 1, name, mention));
        ScoreReport report = score(gold("d", SENATOR, q), s);
        assertThat(report.lenient().counts().matched()).isEqualTo(1);
        return report.lenient().counts().attrRight();
    }

    @Test
    void speakerIsRightWhenTheMentionOverlapsTheGoldSpeaker() {
        assertThat(attributionRight("Senator Jane Doe", null, null, span(13, 16))).isEqualTo(1); // "Doe"
        assertThat(attributionRight("Senator Jane Doe", null, "Someone Else", span(0, 7))).isEqualTo(1);
        // touching the end of the speaker span is not overlapping it
        assertThat(attributionRight("Senator Jane Doe", null, null, span(16, 21))).isZero();
        // a reversed mention overlaps nothing
        assertThat(attributionRight("Senator Jane Doe", null, null, span(10, 5))).isZero();
    }

    @Test
    void speakerIsRightWhenTheNameSharesAWord() {
        assertThat(attributionRight("Senator Jane Doe", null, "Doe", null)).isEqualTo(1);
        assertThat(attributionRight("Senator Jane Doe", null, "JANE SMITH", null)).isEqualTo(1);
        assertThat(attributionRight("Senator Jane Doe", null, "Doe-Smith", null)).isEqualTo(1);
        // casefold, not lower(): 'ß' folds to 'ss'
        assertThat(attributionRight("Herr Straße", null, "STRASSE", null)).isEqualTo(1);
        // a wrong mention does not spoil a right name
        assertThat(attributionRight("Senator Jane Doe", null, "Doe", span(30, 35))).isEqualTo(1);
    }

    @Test
    void titlesFunctionWordsAndInitialsDoNotCount() {
        assertThat(attributionRight("Senator Jane Doe", null, "Senator Smith", null)).isZero();
        assertThat(attributionRight("the former president", null, "The President", null)).isZero();
        assertThat(attributionRight("Mr. J. Doe", null, "J. Smith", null)).isZero(); // one letter: ignored
        assertThat(attributionRight("he", null, "He", null)).isZero();
        assertThat(attributionRight("Senator Jane Doe", null, "John Smith", null)).isZero();
        assertThat(attributionRight("Senator Jane Doe", null, "", null)).isZero();
    }

    @Test
    void noisyGoldAlsoAcceptsTheCleanSpeaker() {
        assertThat(attributionRight("ponpeo", "Pompeo", "Mike Pompeo", null)).isEqualTo(1);
        assertThat(attributionRight("ponpeo", "Pompeo", "ponpeo", null)).isEqualTo(1);
        assertThat(attributionRight("ponpeo", "Pompeo", "Mike", null)).isZero();
        assertThat(attributionRight("ponpeo", null, "Mike Pompeo", null)).isZero();
    }

    @Test
    void attributionPrecisionLeavesOutQuotesMatchedToGoldWithoutSpeaker() {
        ObjectNode g = gold("d", LETTERS,
                goldQuote("direct", spans(0, 10), null),
                goldQuote("direct", spans(20, 30), "Bob Jones", span(50, 55)));
        ObjectNode s = sys("d", LETTERS,
                sysQuote("direct", 0, 10, "Xavier", null), // matched, gold has no speaker: not judged
                sysQuote("direct", 20, 30, "Bob", null), // right
                sysQuote("direct", 40, 45, "Carl", null), // spurious, carries a speaker
                sysQuote("direct", 45, 50, null, null)); // spurious, no speaker

        ModeScore m = score(g, s).lenient();

        assertThat(m.counts()).isEqualTo(new Counts(4, 2, 2, 2, 1, 1));
        assertPrf(m.quote(), 0.5, 1, 2 * 0.5 / 1.5);
        assertPrf(m.attribution(), 0.5, 1, 2 * 0.5 / 1.5);
    }

    // ------------------------------------------------------------------ subsets

    @Test
    void directSubsetKeepsDirectAndMixedOnBothSides() {
        ObjectNode g = gold("d", LETTERS,
                goldQuote("direct", spans(0, 10), null),
                goldQuote("mixed", spans(10, 20), null),
                goldQuote("indirect", spans(20, 30), null));
        ObjectNode s = sys("d", LETTERS,
                sysQuote("direct", 0, 10, null, null),
                sysQuote("indirect", 10, 20, null, null), // matches the mixed quote in ALL only
                sysQuote("mixed", 20, 30, null, null), // matches the indirect quote in ALL only
                sysQuote(null, 40, 50, null, null), // no kind means direct: spurious in both
                sysQuote("direct", 50, 60, null, null));
        ((ObjectNode) s.get("quotes").get(4)).putNull("kind"); // kind null: not direct

        ScoreReport all = score(g, s, Subset.ALL);
        assertThat(all.lenient().counts()).isEqualTo(new Counts(5, 3, 3, 0, 0, 0));
        assertThat(all.lenient().recallByGoldKind().keySet()).containsExactly("direct", "indirect", "mixed");

        ScoreReport direct = score(g, s, Subset.DIRECT);
        // gold: direct + mixed; system: direct [0,10), mixed [20,30), no-kind [40,50)
        assertThat(direct.subset()).isEqualTo(Subset.DIRECT);
        assertThat(direct.lenient().counts()).isEqualTo(new Counts(3, 2, 1, 0, 0, 0));
        assertThat(direct.lenient().recallByGoldKind().keySet()).containsExactly("direct", "mixed");
        assertThat(direct.lenient().recallByGoldKind().get("mixed").recall()).isZero();
        assertPrf(direct.lenient().quote(), 1.0 / 3, 0.5, 0.4);
    }

    // ------------------------------------------------------------------ documents

    @Test
    void errorRecordsAndMissingDocsScoreAsEmpty() {
        List<JsonNode> golds = List.of(
                gold("d1", LETTERS, goldQuote("direct", spans(0, 10), "Ann Lee", span(50, 53))),
                gold("d2", LETTERS, goldQuote("indirect", spans(0, 10), "Ann Lee", span(50, 53))),
                gold("d3", LETTERS, goldQuote("direct", spans(0, 10), "Ann Lee", span(50, 53))));
        ObjectNode error = F.objectNode().put("id", "d1");
        error.putObject("error").put("code", "E042").put("message", "boom");
        List<JsonNode> system = List.of(
                error,
                sys("d3", LETTERS), // replaced by the next d3: last kept
                sys("d3", LETTERS, sysQuote("direct", 0, 10, "Lee", null)),
                sys("zzz", LETTERS, sysQuote("direct", 0, 10, null, null)));

        ScoreReport report = Scorer.score(golds, system, Subset.ALL);

        assertThat(report.goldDocs()).isEqualTo(3);
        assertThat(report.systemDocs()).isEqualTo(4);
        assertThat(report.missingDocs()).containsExactly("d2");
        assertThat(report.errorDocs()).hasSize(1);
        assertThat(report.errorDocs().get(0).id()).isEqualTo("d1");
        assertThat(report.errorDocs().get(0).error().get("code").asText()).isEqualTo("E042");
        assertThat(report.extraSystemDocs()).containsExactly("zzz");
        assertThat(report.duplicateSystemIds()).containsExactly("d3");
        assertThat(report.textMismatchDocs()).isEmpty();
        assertThat(report.lenient().counts()).isEqualTo(new Counts(1, 3, 1, 1, 3, 1));
        assertPrf(report.lenient().quote(), 1, 1.0 / 3, 0.5);
        assertPrf(report.lenient().attribution(), 1, 1.0 / 3, 0.5);
        assertThat(report.toTable("gold.jsonl", "sys.jsonl")).isEqualTo(String.join("\n",
                "gold gold.jsonl (3 docs)  system sys.jsonl (4 docs)  subset=all",
                "match                        qP     qR    qF1 |     aP     aR    aF1 |   sys  gold match |  sysA goldA right",
                "lenient (50% shorter)     1.000  0.333  0.500 |  1.000  0.333  0.500 |     1     3     1 |     1     3     1",
                "strict (80% longer)       1.000  0.333  0.500 |  1.000  0.333  0.500 |     1     3     1 |     1     3     1",
                "quote recall by gold kind, lenient/strict: direct 0.500/0.500 (2)  indirect 0.000/0.000 (1)",
                "note: 1 gold docs missing from system output (scored empty)",
                "note: 1 system records with \"error\" (scored empty): d1 [E042]",
                "note: 1 system docs not in gold (ignored)",
                "note: 1 duplicate system ids (last kept)"));
    }

    @Test
    void textMismatchAndUnreadableQuotesAreReported() {
        ObjectNode g = gold("d", LETTERS, goldQuote("direct", spans(0, 10), null));
        ObjectNode s = sys("d", LETTERS + "!",
                sysQuote("direct", 0, 10, null, null),
                sysQuote("direct", 30, 20, null, null), // reversed: empty, still counted
                sysQuote("direct", 0, 10, null, null));
        ArrayNode quotes = (ArrayNode) s.get("quotes");
        ((ObjectNode) quotes.get(2)).remove("end"); // KeyError: unreadable
        // int(" 40 ") and int("4_5") work in Python
        quotes.addObject().put("kind", "direct").put("start", " 40 ").put("end", "4_5");
        quotes.addObject().put("start", "4.5").put("end", 50); // ValueError: unreadable
        quotes.addObject().put("start", 12.9).put("end", true); // int(12.9) = 12, int(True) = 1: empty

        ScoreReport report = score(g, s);

        assertThat(report.textMismatchDocs()).containsExactly("d");
        assertThat(report.unreadableSystemQuotes()).isEqualTo(2);
        assertThat(report.lenient().counts()).isEqualTo(new Counts(4, 1, 1, 0, 0, 0));
        assertThat(report.toTable("g", "s")).endsWith(String.join("\n",
                "note: 1 system docs whose text differs from gold",
                "note: 2 system quotes without usable start/end"));
    }

    @Test
    void offsetsAreUtf16InTheSystemAndCodePointsInTheGold() {
        String text = "\uD83C\uDF89".repeat(10) + " Smith said: \"Let us celebrate this evening.\" Cheers.";
        assertThat(text.length()).isEqualTo(text.codePointCount(0, text.length()) + 10);
        ObjectNode g = gold("d", text, goldQuote("direct",
                spans(cp(text, "\"Let"), cp(text, " Cheers")), "John Smith",
                span(cp(text, "Smith"), cp(text, " said"))));
        int start = u16(text, "Let");
        int end = u16(text, "\" Cheers");
        int[] mention = span(u16(text, "Smith"), u16(text, " said"));

        ScoreReport utf16 = score(g, sys("d", text, sysQuote("direct", start, end, null, mention)));
        assertThat(utf16.strict().counts()).isEqualTo(new Counts(1, 1, 1, 1, 1, 1));

        // the same quote given in code points is 10 characters early: 20 of 30, no strict match,
        // and the mention then falls on the emoji
        ScoreReport codePoints = score(g, sys("d", text, sysQuote("direct", start - 10, end - 10, null,
                span(mention[0] - 10, mention[1] - 10))));
        assertThat(codePoints.strict().counts().matched()).isZero();
        assertThat(codePoints.lenient().counts()).isEqualTo(new Counts(1, 1, 1, 1, 1, 0));

        // an offset between the two halves of a surrogate pair maps to the start of the character,
        // and offsets outside the text are clamped (only when the text has non-BMP characters)
        ObjectNode whole = gold("d", text, goldQuote("direct", spans(0, text.codePointCount(0, text.length())), null));
        assertThat(score(whole, sys("d", text, sysQuote("direct", 1, 10_000, null, null))).strict().counts().matched())
                .isEqualTo(1);
        assertThat(score(whole, sys("d", text, sysQuote("direct", -7, text.length(), null, null))).strict().counts()
                .matched()).isEqualTo(1);
    }

    @Test
    void outOfRangeOffsetsInBmpTextAreUnreadableWherePythonWouldFail() {
        ObjectNode g = gold("d", LETTERS, goldQuote("direct", spans(0, 10), null));
        // negative indices count from the end, as in Python: text[-5:] is 'fghij'
        ScoreReport negative = score(g, sys("d", LETTERS, sysQuote("direct", -5, 10, null, null)));
        assertThat(negative.unreadableSystemQuotes()).isZero();
        assertThat(negative.lenient().counts().sys()).isEqualTo(1);
        // text[60] is IndexError in score.py
        ScoreReport beyond = score(g, sys("d", LETTERS, sysQuote("direct", 5, 61, null, null)));
        assertThat(beyond.unreadableSystemQuotes()).isEqualTo(1);
        assertThat(beyond.lenient().counts().sys()).isZero();
    }

    @Test
    void trimmingRemovesWhitespaceAndQuotationMarks() {
        String text = "He said \u00ab\u00a0\u201cWell \u2019done\u2019\u201d\u00a0\u00bb and left";
        ObjectNode g = gold("d", text, goldQuote("direct", spans(cp(text, "\u00ab"), cp(text, " and")), null));
        // the system gives the bare words: after trimming both sides are 'Well ’done'
        ScoreReport report = score(g, sys("d", text, sysQuote("direct", u16(text, "Well"), u16(text, "\u2019\u201d"), null, null)));
        assertThat(report.strict().counts().matched()).isEqualTo(1);
        // a span of only marks and spaces trims to nothing: counted, never matched
        ScoreReport marks = score(g, sys("d", text, sysQuote("direct", u16(text, "\u00ab"), u16(text, "Well"), null, null)));
        assertThat(marks.lenient().counts()).isEqualTo(new Counts(1, 1, 0, 0, 0, 0));
    }

    // ------------------------------------------------------------------ files, JSON, arguments

    @Test
    void readsJsonLinesLikeScorePy(@TempDir Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Path goldFile = dir.resolve("gold.jsonl");
        Path sysFile = dir.resolve("sys.jsonl");
        Files.writeString(goldFile, mapper.writeValueAsString(
                gold("d", LETTERS, goldQuote("direct", spans(0, 10), null))) + "\n", StandardCharsets.UTF_8);
        Files.writeString(sysFile, "\r\n"
                        + mapper.writeValueAsString(sys("d", LETTERS, sysQuote("direct", 0, 10, null, null))) + "\r\n"
                        + " \u00a0\t\n"
                        + "{\"id\": \"broken\", \n"
                        + "{\"id\": \"x\"} {\"id\": \"y\"}\r"
                        + "{\"id\": \"inf\", \"start\": +INF}\n" // Jackson can read it, json.loads cannot
                        + "NaN",
                StandardCharsets.UTF_8);

        List<JsonNode> records = JsonLines.read(sysFile);
        assertThat(records).hasSize(5);
        assertThat(records.get(1).get("id").isNull()).isTrue();
        assertThat(records.get(1).get("error").get("code").asText()).isEqualTo("bad-json");
        assertThat(records.get(1).get("error").get("message").asText()).startsWith("line 4: ");
        assertThat(records.get(2).get("error").get("message").asText()).startsWith("line 5: "); // trailing value
        assertThat(records.get(3).get("error").get("message").asText()).startsWith("line 6: ");
        assertThat(records.get(4).isDouble()).isTrue(); // json.loads('NaN') is a float

        ScoreReport report = Scorer.score(goldFile, sysFile, Subset.ALL);
        assertThat(report.systemDocs()).isEqualTo(5);
        assertThat(report.lenient().counts()).isEqualTo(new Counts(1, 1, 1, 0, 0, 0));
        // the bad lines have id None: str(None), once, and then duplicates. (score.py itself would
        // stop at the NaN record, which is not an object; here it counts as one more id None.)
        assertThat(report.extraSystemDocs()).containsExactly("None");
        assertThat(report.duplicateSystemIds()).containsExactly(null, null, null);
    }

    @Test
    void jsonUsesScorePyNames() throws Exception {
        ObjectNode g = gold("d", LETTERS, goldQuote("direct", spans(0, 10), "Ann Lee", span(50, 53)));
        ScoreReport report = score(g, sys("d", LETTERS, sysQuote("direct", 0, 10, "Lee", null)), Subset.DIRECT);

        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertThat(json.get("subset").asText()).isEqualTo("direct");
        assertThat(json.fieldNames()).toIterable().containsExactly("duplicate_system_ids", "error_docs",
                "extra_system_docs", "gold_docs", "lenient", "missing_docs", "strict", "subset", "system_docs",
                "text_mismatch_docs", "unreadable_system_quotes");
        assertThat(json.get("lenient").fieldNames()).toIterable()
                .containsExactly("attribution", "counts", "quote", "recall_by_gold_kind");
        assertThat(json.at("/lenient/counts").fieldNames()).toIterable()
                .containsExactly("attr_right", "gold", "gold_attr", "matched", "sys", "sys_attr");
        assertThat(json.at("/strict/quote/f1").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/strict/recall_by_gold_kind/direct/gold").asInt()).isEqualTo(1);
    }

    @Test
    void subsetParsesScorePyNamesOnly() {
        assertThat(Subset.parse("all")).isEqualTo(Subset.ALL);
        assertThat(Subset.parse("direct")).isEqualTo(Subset.DIRECT);
        assertThatThrownBy(() -> Subset.parse("DIRECT")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subset").hasMessageContaining("\"DIRECT\"");
        assertThatThrownBy(() -> Subset.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subset");
    }

    @Test
    void malformedGoldIsAnArgumentError() {
        ObjectNode noText = F.objectNode().put("id", "d");
        assertThatThrownBy(() -> Scorer.score(List.of(noText), List.of(), Subset.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        ObjectNode outside = gold("d", "short", goldQuote("direct", spans(2, 50), null));
        assertThatThrownBy(() -> Scorer.score(List.of(outside), List.of(), Subset.ALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> Scorer.score(null, List.of(), Subset.ALL)).hasMessageContaining("gold");
    }

    @Test
    void noGoldAndNoSystemGivesZeros() {
        ScoreReport report = Scorer.score(List.of(), List.of(), Subset.ALL);
        assertPrf(report.lenient().quote(), 0, 0, 0);
        assertThat(report.lenient().recallByGoldKind()).isEmpty();
        assertThat(report.toTable("g", "s").split("\n", -1)[4]).isEqualTo("quote recall by gold kind, lenient/strict: ");
    }
}
