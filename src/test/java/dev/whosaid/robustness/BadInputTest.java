package dev.whosaid.robustness;

import static dev.whosaid.normalize.HostileText.escape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.whosaid.TestPipeline;
import dev.whosaid.WhoSaid;
import dev.whosaid.contract.Contract;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Quote;
import dev.whosaid.model.Warning;
import dev.whosaid.normalize.NormalizedText;
import dev.whosaid.normalize.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Bad input never throws: it yields warnings. Every test goes through the one shared pipeline
 * ({@link TestPipeline#whosaid()}) and checks the whole output contract: spans slice the original text,
 * warnings carry the right codes, and the JSON parses.
 */
class BadInputTest {
    private static final ObjectMapper JACKSON = new ObjectMapper();

    static WhoSaid whosaid() {
        return TestPipeline.whosaid();
    }

    static Analysis analyze(String label, String text) {
        long t0 = System.nanoTime();
        Analysis a = whosaid().analyze(label, text, TestPipeline.SEED_DATE);
        System.out.printf("[BadInputTest] %s: %,d chars analysed in %.1f s%n", label, text.length(),
                (System.nanoTime() - t0) / 1e9);
        checkContract(a, text);
        return a;
    }

    static List<String> codes(Analysis a) {
        return a.warnings().stream().map(Warning::code).toList();
    }

    // ------------------------------------------------------------------ empty and blank

    @Test
    void emptyText() {
        Analysis a = analyze("empty", "");
        assertThat(codes(a)).containsExactly("W001");
        assertThat(a.quotes()).isEmpty();
        assertThat(a.entities()).isEmpty();
        assertThat(a.corrections()).isEmpty();
        assertThat(a.text()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   \n\t  ", "\r\n\r\n", "\u00A0\u2003\u3000"})
    void blankText(String text) {
        Analysis a = analyze("blank", text);
        assertThat(a.quotes()).isEmpty();
        assertThat(a.entities()).isEmpty();
        if (text.isBlank()) {
            assertThat(codes(a)).contains("W001");
        }
    }

    @Test
    void onlyMarkup() {
        String text = "<html><body><div class=\"story\"><p></p><br/>< p > < / P ><!-- ad --></div></body></html>";
        Analysis a = analyze("only-markup", text);
        assertThat(a.quotes()).isEmpty();
        assertThat(a.entities()).isEmpty();
        assertThat(a.corrections()).isNotEmpty();
        // Nothing is left once the markup is gone: the tags are all corrected away.
        assertThat(new Normalizer().normalize(text).text()).isEmpty();
    }

    // ------------------------------------------------------------------ garbage

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L})
    void binaryGarbageDecodedAsLatin1(long seed) {
        byte[] bytes = new byte[6_000];
        new Random(seed).nextBytes(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Analysis a = analyze("garbage-" + seed, text);
        assertThat(codes(a)).contains("W004");
        assertThat(a.warnings()).filteredOn(w -> w.code().equals("W004")).singleElement()
                .satisfies(w -> assertThat(w.message()).containsPattern("\\d+ removed"));
    }

    @Test
    void mojibake() {
        // UTF-8 read as windows-1252 / ISO-8859-1: é -> Ã©, “ -> â€œ, ” -> â€ + U+009D (a C1 control).
        String text = "The cafÃ© owner, JosÃ© MartÃ\u00ADnez, said: â€œWe will not close.â€\u009D "
                + "He added that the mayorâ€™s plan was â€œunfairâ€\u009D.";
        Analysis a = analyze("mojibake", text);
        assertThat(codes(a)).contains("W004");
    }

    @Test
    void loneSurrogate() {
        String text = "Half an emoji \uD83D here. Mr Smith said: \u201CWe will win.\u201D And \uDE00 the rest.";
        Analysis a = analyze("lone-surrogate", text);
        assertThat(codes(a)).contains("W004");
        assertThat(a.text()).isEqualTo(text);
    }

    /**
     * A lone surrogate in the input must come back in "text" even when the JSON is written as UTF-8 (as
     * the CLI and the batch converter do), where a raw one would turn into '?'.
     */
    @Test
    void loneSurrogateSurvivesJsonWrittenAsUtf8() throws Exception {
        String text = "a \uD83D b";
        Analysis a = whosaid().analyze(text);
        byte[] utf8 = a.toJson().getBytes(StandardCharsets.UTF_8);
        assertThat(escape(JACKSON.readTree(utf8).get("text").asText())).isEqualTo(escape(text));
    }

    // ------------------------------------------------------------------ size

    @Test
    void runOnSentenceWithoutPunctuation() {
        String[] words = {"the", "court", "said", "officials", "and", "of", "sanctions", "he", "United", "States"};
        Random random = new Random(7L);
        StringBuilder b = new StringBuilder("It began ");
        while (b.length() < 20_000) {
            b.append(words[random.nextInt(words.length)]).append(' ');
        }
        String text = b.toString().trim();
        assertThat(text.length()).isGreaterThanOrEqualTo(19_990);
        assertThat(text).doesNotContain(".", "!", "?", "\n");
        analyze("run-on", text);
    }

    @Test
    void fiveHundredUnbalancedQuotationMarks() {
        String text = "He said \u201Cwe will win ".repeat(500);
        Analysis a = analyze("unbalanced-quotes", text);
        assertThat(codes(a)).contains("W003", "W008");
        assertThat(a.warnings()).filteredOn(w -> w.code().equals("W003")).hasSize(200).allSatisfy(w ->
                assertThat(text.substring(w.start(), w.end())).isEqualTo("\u201C"));
        assertThat(a.warnings()).filteredOn(w -> w.code().equals("W008")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("300 not listed"));
    }

    @Test
    void fiveHundredStrayClosingMarks() {
        String text = "The court ruled. " + "\u201D ".repeat(500) + "Then it adjourned.";
        Analysis a = analyze("stray-closing-marks", text);
        assertThat(codes(a)).contains("W002", "W008");
        assertThat(a.warnings().size()).isLessThanOrEqualTo(201);
    }

    /**
     * The seed article repeated to one megabyte (270 copies), paragraphs kept. Even linear, CoreNLP alone
     * needs about 3 minutes for it on this 2-core machine, past the minute a test may take, so it runs
     * only with {@code -Dwhosaid.slowTests=true}; {@link #largeArticle()} runs the same checks on 48 KB by
     * default and {@link #oneMegabyteArticleNormalizes()} the normalizer on the whole megabyte.
     *
     * <p>Measured after the attribution was made linear: 50 KB 10 s, 194 KB 27 s, 389 KB 48 s, end to end.
     */
    @Test
    @EnabledIfSystemProperty(named = "whosaid.slowTests", matches = "true")
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void oneMegabyteArticle() {
        String text = repeatedSeed(1 << 20);
        Analysis a = analyze("1MB", text);
        checkRepeatedSeed(a, text);
    }

    @Test
    void largeArticle() {
        String text = repeatedSeed(48 * 1024);
        Analysis a = analyze("48KB", text);
        checkRepeatedSeed(a, text);
    }

    @Test
    void oneMegabyteArticleNormalizes() {
        String text = repeatedSeed(1 << 20);
        long t0 = System.nanoTime();
        NormalizedText n = new Normalizer().normalize(text);
        System.out.printf("[BadInputTest] 1MB normalized in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertThat(n.text()).doesNotContain("< p >", "< / P >");
        assertThat(n.corrections()).allSatisfy(c ->
                assertThat(text.substring(c.start(), c.end())).isEqualTo(c.original()));
        int copies = text.split("\n\n\n\n", -1).length - 1;
        assertThat(copies).isGreaterThan(200);
        assertThat(n.warnings()).filteredOn(w -> w.code().equals("W002")).hasSize(200);
        assertThat(n.warnings()).filteredOn(w -> w.code().equals("W008")).singleElement()
                .satisfies(w -> assertThat(w.message()).contains((copies - 200) + " not listed"));
    }

    static String repeatedSeed(int size) {
        String seed = TestPipeline.seedText();
        StringBuilder b = new StringBuilder(size + seed.length());
        while (b.length() < size) {
            b.append(seed).append("\n\n\n\n");
        }
        return b.toString();
    }

    static void checkRepeatedSeed(Analysis a, String text) {
        int copies = text.split("\n\n\n\n", -1).length - 1;
        assertThat(codes(a)).doesNotContain("W007", "W009");
        // One W002 per copy (the Quan quote), capped at 200 with the rest counted.
        long w002 = a.warnings().stream().filter(w -> w.code().equals("W002")).count();
        assertThat(w002).isEqualTo(Math.min(copies, 200));
        assertThat(a.quotes().size()).isGreaterThanOrEqualTo(copies * 5);
    }

    // ------------------------------------------------------------------ markup

    @Test
    void deeplyNestedMarkup() {
        String text = "<div><section><table><tr><td>".repeat(40) + "The minister said: \u201CWe will act.\u201D"
                + "</td></tr></table></section></div>".repeat(40);
        Analysis a = analyze("nested-markup", text);
        assertThat(a.quotes()).extracting(Quote::text).contains("We will act.");
        assertThat(a.corrections()).allSatisfy(c -> assertThat(c.original()).doesNotContain("minister"));
    }

    /**
     * MarkupStep's TAG_RUN regex {@code (?:\s*(?:TAG))+} recurses once per tag of a run, so a run of a
     * few hundred consecutive tags overflows the stack: about 470 with the JVM's default 1 MB thread
     * stack, about 2,400-3,200 with the tests' -Xss4m. StackOverflowError is an Error: it escapes
     * analyze() instead of becoming a warning.
     */
    @Test
    void veryDeeplyNestedMarkupDoesNotOverflowTheStack() {
        String text = "<div>".repeat(5_000) + "The minister said: \u201CWe will act.\u201D" + "</div>".repeat(5_000);
        assertThatCode(() -> whosaid().analyze(text)).doesNotThrowAnyException();
    }

    /** Some hundreds of empty table cells in a row: the same overflow on an ordinary default stack. */
    @Test
    void longRunOfTagsOnADefaultStack() throws Exception {
        String text = "<table><tr>" + "<td></td>".repeat(300) + "</tr></table> The minister said: \u201CWe will act.\u201D";
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                new Normalizer().normalize(text);
            } catch (Throwable e) {
                thrown[0] = e;
            }
        }, "default-stack", 1024 * 1024);
        t.start();
        t.join();
        assertThat(thrown[0]).as("thrown by normalize() on a 1 MB thread stack").isNull();
    }

    /**
     * The HTML entity decoder (commons-text StringEscapeUtils) needs commons-lang3 3.18+, but Maven resolves
     * CoreNLP's 3.3.1: NoSuchMethodError (an Error, not caught) from analyze() on any text with an entity.
     */
    @Test
    void htmlEntitiesDoNotCrashTheAnalysis() {
        String text = "Tom &amp; Jerry said &#8220;we will win.&#8221; &nbsp;";
        Analysis a = analyze("entities", text);
        assertThat(a.quotes()).extracting(Quote::text).contains("we will win.");
    }

    /** Unclosed comment openers are each matched against the next 100,000 characters: quadratic. */
    @Test
    void unclosedCommentOpenersAreNotQuadratic() {
        String text = "<!--x ".repeat(40_000) + "The end.";
        long t0 = System.nanoTime();
        new Normalizer().normalize(text);
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds to normalize 240 KB").isLessThan(10.0);
    }

    // ------------------------------------------------------------------ bad arguments

    @Test
    void nullTextIsABadArgument() {
        assertThatThrownBy(() -> whosaid().analyze(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> whosaid().analyze("id", null, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    @Test
    void builderRejectsMaxSentenceTokensOfZero() {
        assertThatThrownBy(() -> WhoSaid.builder().maxSentenceTokens(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSentenceTokens")
                .hasMessageContaining("0");
    }

    @Test
    void builderRejectsMaxTextLengthOfFive() {
        assertThatThrownBy(() -> WhoSaid.builder().maxTextLength(5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTextLength")
                .hasMessageContaining("5");
    }

    @Test
    void builderRejectsNegativeArguments() {
        assertThatThrownBy(() -> WhoSaid.builder().maxSentenceTokens(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxSentenceTokens");
        assertThatThrownBy(() -> WhoSaid.builder().maxTextLength(Integer.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTextLength");
    }

    // ------------------------------------------------------------------ the contract

    /** Every span slices the original text, references resolve, and the JSON parses and agrees. */
    static void checkContract(Analysis a, String original) {
        Contract.check(a, original);
    }

    static String abbreviate(String s) {
        return escape(s.length() <= 80 ? s : s.substring(0, 80) + "…");
    }
}
