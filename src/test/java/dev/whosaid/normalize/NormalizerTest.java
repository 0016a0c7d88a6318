package dev.whosaid.normalize;

import static dev.whosaid.normalize.HostileText.escape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.whosaid.model.Correction;
import dev.whosaid.model.CorrectionKind;
import dev.whosaid.model.Warning;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The normalizer on small texts built by hand: input, exact repaired text, warning codes. Pure: no
 * CoreNLP. Each table row is {@code name, input, expected text, expected warning codes in order}.
 */
class NormalizerTest {
    static final Normalizer NORMALIZER = new Normalizer();
    static final Path SEED = Path.of("testdata/news/icc-sanctions-mt.txt");

    static Arguments row(String name, String input, String expected, String... codes) {
        return Arguments.of(name, input, expected, List.of(codes));
    }

    static List<String> codes(NormalizedText n) {
        return n.warnings().stream().map(Warning::code).toList();
    }

    static void check(String input, String expected, List<String> codes) {
        NormalizedText n = NORMALIZER.normalize(input);
        assertThat(escape(n.text())).as("normalize(%s)", escape(input)).isEqualTo(escape(expected));
        assertThat(codes(n)).as("warnings of normalize(%s): %s", escape(input), n.warnings())
                .containsExactlyElementsOf(codes);
        assertThat(n.original()).isSameAs(input);
    }

    static String seedText() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ markup

    static Stream<Arguments> markup() {
        return Stream.of(
                row("debris between sentences", "One. < p > Two. < / P > Three.", "One.\n\nTwo.\n\nThree."),
                row("run of debris", "One. < p > < p > Two.", "One.\n\nTwo."),
                row("debris glued to words", "One.< P >< / p >Two.", "One.\n\nTwo."),
                row("debris followed by a lower-case word", "The end. < / P > < p > he warned.",
                        "The end.\n\nHe warned."),
                row("block tags", "One.<p>Two.<br/>Three.<div class=\"x\">Four.", "One.\n\nTwo.\n\nThree.\n\nFour."),
                row("upper-case tag", "A <BR> b", "A\n\nB"),
                row("tags across a newline", "The court. <P>\n<P> the end", "The court.\n\nThe end"),
                row("tags at the edges", "<p>Only a paragraph.</p>", "Only a paragraph."),
                row("nested tags", "<div><p><b>Deep</b></p></div>", "Deep"),
                row("inline tags", "A <b>bold</b> and <a href=\"http://x.org/y\">link</a> here.",
                        "A bold and link here."),
                row("inline italics", "Use <i>italics</i> here.", "Use italics here."),
                row("inline tag inside a word", "Wash<b>ing</b>ton said.", "Washington said."),
                row("comment", "The <!-- note --> court.", "The court."),
                row("script element", "Before.<script>var a = 1 < 2;</script> After.", "Before. After."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void markup(String name, String input, String expected, List<String> codes) {
        check(input, expected, codes);
    }

    static Stream<Arguments> proseWithAngleBrackets() {
        return Stream.of(
                row("comparison", "Check that x < y and y > z.", "Check that x < y and y > z."),
                row("heart", "Keep x<3 and a<b.", "Keep x<3 and a<b."),
                row("heart after a space", "We <3 it.", "We <3 it."),
                row("unknown element", "I love <3 and <unknown> tags.", "I love <3 and <unknown> tags."),
                row("lone brackets", "Profits < 5% > losses", "Profits < 5% > losses"),
                row("ampersand without entity", "AT&T and R&D stay.", "AT&T and R&D stay."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void proseWithAngleBrackets(String name, String input, String expected, List<String> codes) {
        check(input, expected, codes);
    }

    /** The MarkupStep javadoc promises "a &lt; b &gt; c" in prose is left alone; it is read as a spaced {@code <b>}. */
    @Test
    void spacedComparisonWithAnElementNameIsProse() {
        check("Check that a < b > c holds.", "Check that a < b > c holds.", List.of());
    }

    /** The blank test looks inside the tag (at its attributes), not around it, so a word is split. */
    @Test
    void inlineTagWithAttributesInsideAWordDoesNotSplitIt() {
        check("Wash<span class=\"x\">ington</span> said.", "Washington said.", List.of());
    }

    @Test
    void markupDebrisIsLoggedAsMarkupWithItsOriginalText() {
        String input = "One. < / P > < p > two.";
        NormalizedText n = NORMALIZER.normalize(input);
        Correction markup = n.corrections().get(0);
        assertThat(markup.kind()).isEqualTo(CorrectionKind.MARKUP);
        assertThat(markup.original()).isEqualTo(" < / P > < p > ");
        assertThat(markup.replacement()).isEqualTo("\n\n");
        assertThat(markup.evidence()).contains("debris");
        assertThat(input.substring(markup.start(), markup.end())).isEqualTo(markup.original());
        assertThat(n.corrections()).extracting(Correction::kind)
                .containsExactly(CorrectionKind.MARKUP, CorrectionKind.CASING);
    }

    // ------------------------------------------------------------------ entities

    static Stream<Arguments> htmlEntities() {
        return Stream.of(
                row("ampersand", "Tom &amp; Jerry", "Tom & Jerry"),
                row("numeric curly quotes", "He said &#8220;yes&#8221; today.", "He said \u201Cyes\u201D today."),
                row("hex numeric", "Caf&#xE9; owner", "Caf\u00E9 owner"),
                row("straight quote entities become a pair", "He said &quot;yes&quot; today.",
                        "He said \u201Cyes\u201D today."),
                row("no-break space", "The&nbsp;court ruled.", "The court ruled."),
                row("unknown entity names stay", "Fish &chips; and &bogus; stay.", "Fish &chips; and &bogus; stay."));
    }

    /**
     * Fails with NoSuchMethodError: Maven resolves commons-lang3 to 3.3.1 (CoreNLP's dependency, declared
     * first) while commons-text 1.15.0 needs 3.18+ (Range.of), so StringEscapeUtils cannot even load.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource
    void htmlEntities(String name, String input, String expected, List<String> codes) {
        check(input, expected, codes);
    }

    // ------------------------------------------------------------------ quotation marks

    static Stream<Arguments> quoteMarks() {
        return Stream.of(
                row("quote closed with an opening mark", "He said \u201Cwe will support the court. \u201C.",
                        "He said \u201Cwe will support the court.\u201D."),
                row("closing mark without an opening one", "Quan said so. The court will act. \u201D",
                        "Quan said so. \u201CThe court will act.\u201D", "W002"),
                row("closing mark without an opening one, then more", "We will win. \u201D he said.",
                        "\u201CWe will win.\u201D he said.", "W002"),
                row("spaces inside the marks", "He said \u201C we will win \u201D today.",
                        "He said \u201Cwe will win\u201D today."),
                row("straight marks", "She said \"yes\" twice.", "She said \u201Cyes\u201D twice."),
                row("straight and curly mixed", "He said \"mixed\u201D and \u201Cmore\" ok.",
                        "He said \u201Cmixed\u201D and \u201Cmore\u201D ok."),
                row("guillemets and low marks", "Mixed \u00ABguillemets\u00BB and \u201Elow\u201C here.",
                        "Mixed \u201Cguillemets\u201D and \u201Clow\u201D here."),
                row("unclosed at a paragraph end", "He warned: \u201Cwe will win\n\nNext para.",
                        "He warned: \u201Cwe will win\u201D\n\nNext para.", "W003"),
                row("unclosed at the text end", "She said \u201Cno.", "She said \u201Cno.\u201D", "W003"),
                row("quote running over paragraphs", "She said: \u201Cfirst part.\n\n\u201CSecond part,\u201D she added.",
                        "She said: \u201Cfirst part.\u201D\n\n\u201CSecond part,\u201D she added."),
                row("inch mark", "They found a 12\" pipe.", "They found a 12\" pipe."),
                row("apostrophes", "The court\u2019s ruling isn't final.", "The court\u2019s ruling isn't final."),
                row("balanced curly marks untouched", "He said \u201Cyes\u201D and \u201Cno\u201D.",
                        "He said \u201Cyes\u201D and \u201Cno\u201D."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void quoteMarks(String name, String input, String expected, List<String> codes) {
        check(input, expected, codes);
    }

    @Test
    void missingOpeningMarkIsWarnedAtTheClosingMark() {
        String input = "Quan said so. The court will act. \u201D";
        NormalizedText n = NORMALIZER.normalize(input);
        Warning w = n.warnings().get(0);
        assertThat(w.code()).isEqualTo("W002");
        assertThat(input.substring(w.start(), w.end())).isEqualTo("\u201D");
        assertThat(w.start()).isEqualTo(input.lastIndexOf('\u201D'));
        Correction inserted = n.corrections().stream().filter(c -> c.replacement().equals("\u201C")).findFirst()
                .orElseThrow();
        assertThat(inserted.start()).isEqualTo(inserted.end()).isEqualTo(input.indexOf("The court"));
        assertThat(inserted.original()).isEmpty();
        assertThat(inserted.kind()).isEqualTo(CorrectionKind.QUOTE_MARK);
    }

    @Test
    void unclosedQuoteIsWarnedAtItsOpeningMark() {
        String input = "He warned: \u201Cwe will win\n\nNext para.";
        NormalizedText n = NORMALIZER.normalize(input);
        Warning w = n.warnings().get(0);
        assertThat(w.code()).isEqualTo("W003");
        assertThat(w.start()).isEqualTo(input.indexOf('\u201C'));
        assertThat(w.end()).isEqualTo(w.start() + 1);
    }

    /**
     * A stray opening mark that ends its paragraph with nothing quotable after it is dropped when it is a
     * curly “, but kept (as “) when it is straight or another glyph: the drop edit loses to the edit that
     * turned it into “. The W003 says the quote was closed, which neither case does. Normalizing the output
     * again then drops it, so normalization is not idempotent either.
     */
    @Test
    void strayOpeningMarkAtParagraphEndIsDroppedWhateverItsGlyph() {
        assertThat(NORMALIZER.normalize("Price: \u201C$").text()).isEqualTo("Price: $");
        assertThat(NORMALIZER.normalize("Price: \"$").text()).isEqualTo("Price: $");
        assertThat(NORMALIZER.normalize("She replied \u00AB\uD83D\uDE00").text()).isEqualTo("She replied \uD83D\uDE00");
    }

    /**
     * Plain-text wires wrap lines at 70 columns; CoreNLP is told a single newline is no sentence break
     * (ssplit.newlineIsSentenceBreak=two), but the quote and casing steps treat every newline as a
     * paragraph end, so a wrapped quote is cut in two (W003 + W002) and the wrapped word capitalised.
     */
    @Test
    void hardWrappedQuoteIsNotCutAtTheLineEnd() {
        check("Ann said: \u201Cwe are\nready.\u201D", "Ann said: \u201Cwe are\nready.\u201D", List.of());
    }

    // ------------------------------------------------------------------ spacing

    static Stream<Arguments> spacing() {
        return Stream.of(
                row("double spaces", "The  court   ruled.", "The court ruled."),
                row("space before punctuation", "Yes , he said .", "Yes, he said."),
                row("space before a colon and a question mark", "He asked : why ?", "He asked: why?"),
                row("tabs", "The\tcourt\t\truled.", "The court ruled."),
                row("CRLF", "One.\r\nTwo.\r\n\r\nThree.", "One.\nTwo.\n\nThree."),
                row("old Mac line end", "One.\rTwo.", "One.\nTwo."),
                row("many empty lines", "One.\n\n\n\nTwo.", "One.\n\nTwo."),
                row("blanks at the edges", "  The court.  ", "The court."),
                row("blanks around a newline", "One. \n Two.", "One.\nTwo."),
                row("blank lines at the edges", "\n\nThe court.\n\n", "The court."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void spacing(String name, String input, String expected, List<String> codes) {
        check(input, expected, codes);
    }

    // ------------------------------------------------------------------ casing

    static Stream<Arguments> casing() {
        return Stream.of(
                row("lower-case text start", "he warned", "He warned"),
                row("lower-case paragraph start", "The court.\n\nhe warned them.", "The court.\n\nHe warned them."),
                row("every paragraph", "he said.\n\nshe said.", "He said.\n\nShe said."),
                row("a single line break is hard wrapping, not a paragraph", "he said.\nshe said.",
                        "He said.\nshe said."),
                row("after an opening mark", "\u201Cwe will win,\u201D he said.", "\u201CWe will win,\u201D he said."),
                row("iPhone", "iPhone sales rose.", "iPhone sales rose."),
                row("eBay", "eBay said so.", "eBay said so."),
                row("mid-sentence pronoun", "Then he warned them.", "Then he warned them."),
                row("already capitalised", "He warned.", "He warned."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void casing(String name, String input, String expected, List<String> codes) {
        check(input, expected, codes);
    }

    // ------------------------------------------------------------------ control characters, surrogates

    static Stream<Arguments> controlCharacters() {
        return Stream.of(
                row("bell between words", "The\u0007court", "The court", "W004"),
                row("NUL after a blank", "The \u0000court", "The court", "W004"),
                row("run of controls", "The\u0000\u0001\u001Fcourt", "The court", "W004"),
                row("byte order mark", "\uFEFFThe court", "The court", "W004"),
                row("C1 control (wrong decoding)", "The\u0085court", "The court", "W004"),
                row("noncharacter", "The court\uFFFF", "The court", "W004"),
                row("lone high surrogate", "Half \uD83D here", "Half \uFFFD here", "W004"),
                row("lone low surrogate", "End \uDC00", "End \uFFFD", "W004"),
                row("reversed pair", "Odd \uDE00\uD83D pair", "Odd \uFFFD\uFFFD pair", "W004"),
                row("emoji pair kept", "Emoji \uD83D\uDE00 ok", "Emoji \uD83D\uDE00 ok"),
                row("tab and newline are not debris", "A\tb\nc", "A b\nc"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void controlCharacters(String name, String input, String expected, List<String> codes) {
        check(input, expected, codes);
    }

    @Test
    void controlCharactersAreLoggedAtTheirOriginalPositions() {
        String input = "The\u0000\u0001court said.";
        NormalizedText n = NORMALIZER.normalize(input);
        assertThat(n.corrections()).singleElement().satisfies(c -> {
            assertThat(c.start()).isEqualTo(3);
            assertThat(c.end()).isEqualTo(5);
            assertThat(c.original()).isEqualTo("\u0000\u0001");
            assertThat(c.replacement()).isEqualTo(" ");
        });
        assertThat(n.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("W004");
            assertThat(w.message()).contains("2 removed");
            assertThat(w.start()).isNull();
        });
    }

    // ------------------------------------------------------------------ empty, blank, null

    static Stream<Arguments> emptyAndBlank() {
        return Stream.of(
                row("empty", "", "", "W001"),
                row("blank", "  \n\t ", "", "W001"),
                row("only spaces", "     ", "", "W001"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void emptyAndBlank(String name, String input, String expected, List<String> codes) {
        check(input, expected, codes);
    }

    @Test
    void nullTextIsABadArgument() {
        assertThatThrownBy(() -> NORMALIZER.normalize(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
    }

    // ------------------------------------------------------------------ the seed article

    @Test
    void seedArticleLosesItsMarkupDebris() throws IOException {
        String seed = seedText();
        String text = NORMALIZER.normalize(seed).text();
        assertThat(seed).contains("< p >", "< / P >");
        assertThat(text).doesNotContain("<", ">", "< p", "/ P");
        assertThat(text).contains("intelligence officials.\n\nPonpeo claimed",
                "according to cable day.\n\nHe warned at a state Department press conference");
    }

    @Test
    void seedArticleParagraphsAllStartUpperCaseAndHoldBalancedMarks() throws IOException {
        String text = NORMALIZER.normalize(seedText()).text();
        String[] paragraphs = text.split("\n\n");
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(10);
        for (String p : paragraphs) {
            assertThat(p).as("paragraph %s", p).doesNotContain("\n", "  ", "\"", "\u201E", "\u00AB", "\u00BB");
            assertThat(Character.isUpperCase(p.codePointAt(0))).as("starts upper case: %s", p).isTrue();
            assertBalanced(p);
        }
    }

    @Test
    void seedArticleNetherlandsQuoteIsClosedWithAClosingMark() throws IOException {
        String seed = seedText();
        NormalizedText n = NORMALIZER.normalize(seed);
        assertThat(seed).contains("how best to support the court. \u201C.");
        assertThat(n.text()).contains("how best to support the court.\u201D.")
                .doesNotContain("court. \u201C", "court.\u201C");
        String paragraph = paragraphContaining(n.text(), "the Netherlands");
        assertBalanced(paragraph);
        assertThat(quotesIn(paragraph)).containsExactly("will continue to support the International Criminal Court in "
                + "carrying out its functions independently and in fighting against impunity. We will explore with "
                + "our EU partners how best to support the court.");
        // The repair is a correction of the wrong mark, at its original place; it is no unclosed quote.
        int wrong = seed.indexOf("court. \u201C.") + "court. ".length();
        assertThat(n.corrections()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CorrectionKind.QUOTE_MARK);
            assertThat(c.end()).isEqualTo(wrong + 1);
            assertThat(c.replacement()).isEqualTo("\u201D");
        });
        assertThat(n.warnings()).noneMatch(w -> "W003".equals(w.code()));
    }

    @Test
    void seedArticleQuanQuoteWithoutOpeningMarkGetsOne() throws IOException {
        String seed = seedText();
        NormalizedText n = NORMALIZER.normalize(seed);
        assertThat(seed).contains(" Quan said. The court will soon meet");
        assertThat(n.text()).contains("Quan said. \u201CThe court will soon meet");
        assertThat(quotesIn(paragraphContaining(n.text(), "Quan said"))).contains(
                "The court will soon meet to consider the measures imposed by the United States and take action to "
                        + "give the court unlimited support.");
        // W002 points at the closing mark that had no partner, in the original text.
        int closing = seed.indexOf("unlimited support. \u201D") + "unlimited support. ".length();
        assertThat(n.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("W002");
            assertThat(w.start()).isEqualTo(closing);
            assertThat(w.end()).isEqualTo(closing + 1);
        });
        assertThat(n.corrections()).anySatisfy(c -> {
            assertThat(c.replacement()).isEqualTo("\u201C");
            assertThat(c.start()).isEqualTo(c.end()).isEqualTo(seed.indexOf("The court will soon meet"));
        });
    }

    @Test
    void seedArticleCorrectionsPointAtTheirOriginalText() throws IOException {
        String seed = seedText();
        NormalizedText n = NORMALIZER.normalize(seed);
        assertThat(n.corrections()).isNotEmpty().allSatisfy(c ->
                assertThat(seed.substring(c.start(), c.end())).isEqualTo(c.original()));
        assertThat(n.corrections()).filteredOn(c -> c.kind() == CorrectionKind.MARKUP).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(c -> {
                    assertThat(c.original()).matches("\\s*(<\\s*/?\\s*[pP]\\s*>\\s*)+");
                    assertThat(c.replacement()).isEqualTo("\n\n");
                });
        assertThat(n.corrections()).filteredOn(c -> c.kind() == CorrectionKind.CASING)
                .extracting(Correction::original).containsOnly("p", "h", "t", "a", "r", "i");
    }

    // ------------------------------------------------------------------ helpers

    /** Marks alternate “ ” “ ” … and the paragraph ends closed. */
    static void assertBalanced(String paragraph) {
        boolean open = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == '\u201C') {
                assertThat(open).as("“ inside an open quote at %d in %s", i, paragraph).isFalse();
                open = true;
            } else if (c == '\u201D') {
                assertThat(open).as("” without “ at %d in %s", i, paragraph).isTrue();
                open = false;
            }
        }
        assertThat(open).as("quote left open in %s", paragraph).isFalse();
    }

    static String paragraphContaining(String text, String needle) {
        for (String p : text.split("\n\n")) {
            if (p.contains(needle)) {
                return p;
            }
        }
        throw new AssertionError("no paragraph contains " + needle);
    }

    static List<String> quotesIn(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\u201C([^\u201C\u201D]*)\u201D").matcher(paragraph);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Every input of the tables above that normalizes without a known bug: reused by the invariant tests. */
    static Stream<String> tableInputs() {
        return Stream.of(markup(), proseWithAngleBrackets(), quoteMarks(), spacing(), casing(), controlCharacters(),
                emptyAndBlank()).flatMap(s -> s).map(a -> (String) a.get()[1]);
    }
}
