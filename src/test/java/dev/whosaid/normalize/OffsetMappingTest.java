package dev.whosaid.normalize;

import static dev.whosaid.normalize.HostileText.escape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.whosaid.model.Correction;
import dev.whosaid.model.CorrectionKind;
import dev.whosaid.model.Warning;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Invariants of the way back from the repaired text to the original, on hand-made, real and random
 * hostile texts. Pure: no CoreNLP.
 *
 * <ul>
 *   <li>every correction's {@code original} is {@code original.substring(start, end)}; corrections are
 *       sorted and inside the text;</li>
 *   <li>{@code toOriginal(a, b)} is a span of the original, monotone in {@code a} and in {@code b};</li>
 *   <li>a repaired span whose original span touches no correction is a verbatim copy (the same text;
 *       the same text ignoring case if only casing corrections touch it);</li>
 *   <li>quote-mark warnings point at one double quotation mark of the original;</li>
 *   <li>normalizing repaired text again changes nothing (idempotence).</li>
 * </ul>
 */
class OffsetMappingTest {
    static final Normalizer NORMALIZER = new Normalizer();
    /** Above this length, spans are sampled rather than all checked (all pairs is quadratic). */
    static final int EXHAUSTIVE = 400;

    // ------------------------------------------------------------------ inputs

    static Stream<String> handMade() throws IOException {
        return Stream.concat(NormalizerTest.tableInputs(), Stream.of(NormalizerTest.seedText(),
                "", "\"", "\u201C", "\u201D\u201D\u201D", "< p >", "<p>", "\r\n\r\n", "\uD83D", "\uFEFF",
                "\u201C \u201D", "He said \u201C\u201D.", "x\u0000", "\u0000x", "A\u00A0\u00A0\u00A0b"));
    }

    static Stream<Arguments> randomPieces() {
        Random random = new Random(20200903L);
        return IntStream.range(0, 1500).mapToObj(i -> Arguments.of(i, HostileText.pieces(random, 40)));
    }

    static Stream<Arguments> randomChars() {
        Random random = new Random(4_510L);
        return IntStream.range(0, 500).mapToObj(i -> Arguments.of(i, HostileText.chars(random, 120)));
    }

    // ------------------------------------------------------------------ tests

    @ParameterizedTest
    @MethodSource("handMade")
    void invariantsHoldOnHandMadeAndRealTexts(String input) {
        checkInvariants(input, new Random(input.hashCode()));
    }

    @Test
    void invariantsHoldOnRandomPieces() {
        randomPieces().forEach(a -> checkInvariants((String) a.get()[1], new Random((int) a.get()[0])));
    }

    @Test
    void invariantsHoldOnRandomCharacters() {
        randomChars().forEach(a -> checkInvariants((String) a.get()[1], new Random((int) a.get()[0])));
    }

    @Test
    void invariantsHoldOnALongRandomText() {
        Random random = new Random(99L);
        StringBuilder b = new StringBuilder();
        while (b.length() < 20_000) {
            b.append(HostileText.pieces(random, 40)).append(HostileText.chars(random, 40));
        }
        checkInvariants(b.toString(), random);
    }

    @Test
    void mappingOfTheSeedFindsNamesAtTheirOriginalPlaces() throws IOException {
        String seed = NormalizerTest.seedText();
        NormalizedText n = NORMALIZER.normalize(seed);
        for (String name : List.of("Pompeo", "ponpeo", "fatu Bensouda", "Quan Wukun", "Kelly mcnaney", "Netherlands")) {
            String inText = name.equals("ponpeo") ? "Ponpeo" : name;
            int from = n.text().indexOf(inText);
            assertThat(from).as(name).isGreaterThanOrEqualTo(0);
            int[] o = n.toOriginal(from, from + inText.length());
            assertThat(seed.substring(o[0], o[1])).isEqualTo(name);
        }
        // The inserted opening mark of the Quan quote maps to an empty span where it was inserted.
        int inserted = n.text().indexOf("\u201CThe court will soon meet");
        int[] o = n.toOriginal(inserted, inserted + 1);
        assertThat(o[0]).isEqualTo(o[1]).isEqualTo(seed.indexOf("The court will soon meet"));
        // A paragraph break made from debris maps back onto the debris.
        int br = n.text().indexOf("\n\nPonpeo");
        o = n.toOriginal(br, br + 2);
        assertThat(seed.substring(o[0], o[1])).isEqualTo(" < p > < p > ");
    }

    @Test
    void toOriginalRejectsSpansOutsideTheText() {
        NormalizedText n = NORMALIZER.normalize("He said  so.");
        int len = n.text().length();
        assertThatThrownBy(() -> n.toOriginal(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> n.toOriginal(0, len + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> n.toOriginal(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(n.toOriginal(len, len)).containsExactly(n.original().length(), n.original().length());
    }

    // ------------------------------------------------------------------ idempotence

    @ParameterizedTest
    @MethodSource("handMade")
    void normalizingTwiceChangesNothingOnHandMadeAndRealTexts(String input) {
        assertIdempotent(input);
    }

    /** Three minimal forms of the failures found below, each its own bug. */
    @Test
    void idempotentOnAStrayOpeningMark() {
        assertIdempotent("Price: \"$");
    }

    @Test
    void idempotentOnAnUnclosedQuoteEndingInANoBreakSpace() {
        assertIdempotent("He said: \u201Cwe will win\u00A0");
    }

    @Test
    void idempotentOnAStrayClosingMarkAtParagraphStart() {
        assertIdempotent("\u201D We will win. \u201D");
    }

    /**
     * On random hostile text, 113 of the 2,000 inputs are not stable (209 before the three cases above
     * were fixed), mostly cases such as {@code 2""} -> {@code “2"”} -> {@code “2”}, where an inch-mark guess changes
     * once a quote is open.
     */
    @Disabled("known: normalize(normalize(x)) != normalize(x) on 113 of 2000 random hostile texts, almost all "
            + "an inch-mark guess (12\" pipe) read differently once the first pass has opened a quote before it")
    @Test
    void idempotentOnRandomText() {
        List<String> inputs = Stream.concat(randomPieces(), randomChars()).map(a -> (String) a.get()[1]).toList();
        List<String> unstable = new ArrayList<>();
        for (String s : inputs) {
            String once = NORMALIZER.normalize(s).text();
            String twice = NORMALIZER.normalize(once).text();
            if (!twice.equals(once)) {
                unstable.add(escape(s) + "\n    -> " + escape(once) + "\n    -> " + escape(twice));
            }
        }
        if (!unstable.isEmpty()) {
            fail("%d of %d random texts change when normalized again; the first five:%n  %s", unstable.size(),
                    inputs.size(), String.join("\n  ", unstable.subList(0, Math.min(5, unstable.size()))));
        }
    }

    static void assertIdempotent(String input) {
        String once = NORMALIZER.normalize(input).text();
        NormalizedText twice = NORMALIZER.normalize(once);
        assertThat(escape(twice.text())).as("normalize(normalize(%s))", escape(input)).isEqualTo(escape(once));
        assertThat(twice.corrections()).as("corrections on the second pass of %s", escape(input)).isEmpty();
    }

    // ------------------------------------------------------------------ the invariants

    static void checkInvariants(String input, Random random) {
        NormalizedText n;
        try {
            n = NORMALIZER.normalize(input);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("normalize(" + escape(input) + ") threw " + e, e);
        }
        try {
            checkInvariants(n, random);
        } catch (AssertionError e) {
            throw new AssertionError("on input " + escape(input) + "\nnormalized " + escape(n.text()) + "\n"
                    + e.getMessage(), e);
        }
    }

    static void checkInvariants(NormalizedText n, Random random) {
        String original = n.original();
        String text = n.text();
        assertThat(original).isNotNull();
        assertThat(text).isNotNull();

        // Corrections: in bounds, sorted, and their original text is what is there.
        Correction previous = null;
        for (Correction c : n.corrections()) {
            assertThat(c.start()).as("start of %s", c).isBetween(0, original.length());
            assertThat(c.end()).as("end of %s", c).isBetween(c.start(), original.length());
            assertThat(c.original()).as("original of %s", c).isEqualTo(original.substring(c.start(), c.end()));
            assertThat(c.replacement()).isNotNull();
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            if (previous != null) {
                assertThat(c.start() > previous.start()
                        || (c.start() == previous.start() && c.end() >= previous.end()))
                        .as("sorted: %s after %s", c, previous).isTrue();
            }
            previous = c;
        }

        // Warnings: positioned ones are in bounds; quote-mark ones point at a single double quotation mark.
        for (Warning w : n.warnings()) {
            assertThat(w.code()).matches("W\\d{3}");
            assertThat(w.start() == null).as("start and end both present or both absent: %s", w)
                    .isEqualTo(w.end() == null);
            if (w.start() != null) {
                assertThat(w.start()).isBetween(0, original.length());
                assertThat(w.end()).isBetween(w.start(), original.length());
                if (w.code().equals("W002") || w.code().equals("W003") || w.code().equals("W010")) {
                    assertThat(w.end() - w.start()).as("one mark: %s", w).isEqualTo(1);
                    assertThat(QuoteMarkStep.isDoubleQuote(original.charAt(w.start())))
                            .as("%s points at %s", w, escape(original.substring(w.start(), w.end()))).isTrue();
                }
            }
        }
        assertThat(n.warnings().size()).isLessThanOrEqualTo(EditLog.MAX_WARNINGS + 3);

        // toOriginal: within bounds, monotone in both ends.
        int len = text.length();
        int[] starts = new int[len + 1];
        for (int a = 0; a <= len; a++) {
            starts[a] = n.toOriginal(a, a)[0];
            if (a > 0) {
                assertThat(starts[a]).as("start monotone at %d", a).isGreaterThanOrEqualTo(starts[a - 1]);
            }
        }
        for (int a : positions(len, random)) {
            int lastEnd = -1;
            for (int b = a; b <= len; b += len <= EXHAUSTIVE ? 1 : 1 + random.nextInt(8)) {
                int[] o = n.toOriginal(a, b);
                if (o[0] < 0 || o[0] > o[1] || o[1] > original.length()) {
                    fail("toOriginal(%d, %d) = [%d, %d] outside 0..%d", a, b, o[0], o[1], original.length());
                }
                if (o[0] != starts[a]) {
                    fail("toOriginal(%d, %d) starts at %d, toOriginal(%d, %d) at %d", a, b, o[0], a, a, starts[a]);
                }
                if (o[1] < lastEnd) {
                    fail("toOriginal(%d, %d) ends at %d, before the end %d of a shorter span", a, b, o[1], lastEnd);
                }
                lastEnd = o[1];
            }
        }

        // Spans whose original span touches no correction are copies of the original.
        List<int[]> spans = new ArrayList<>(letterRuns(text));
        for (int k = 0; k < 60 && len > 0; k++) {
            int a = random.nextInt(len);
            spans.add(new int[] {a, a + 1 + random.nextInt(Math.min(30, len - a))});
        }
        for (int[] span : spans) {
            int[] o = n.toOriginal(span[0], span[1]);
            boolean touched = false;
            boolean touchedBeyondCase = false;
            for (Correction c : n.corrections()) {
                // Closed intervals: an insertion at either end of the span, or a deletion just outside it, counts.
                if (c.start() <= o[1] && o[0] <= c.end()) {
                    touched = true;
                    touchedBeyondCase |= c.kind() != CorrectionKind.CASING;
                }
            }
            String before = original.substring(o[0], o[1]);
            String after = text.substring(span[0], span[1]);
            if (!touched) {
                assertThat(escape(before)).as("untouched span %d..%d", span[0], span[1]).isEqualTo(escape(after));
            } else if (!touchedBeyondCase) {
                assertThat(before).as("span %d..%d touched only by casing", span[0], span[1])
                        .isEqualToIgnoringCase(after);
            }
        }
    }

    /** Every start position for short texts; a sample for long ones. */
    static int[] positions(int len, Random random) {
        if (len <= EXHAUSTIVE) {
            return IntStream.rangeClosed(0, len).toArray();
        }
        return IntStream.concat(IntStream.of(0, len), random.ints(80, 0, len + 1)).toArray();
    }

    /** The maximal runs of letters and digits. */
    static List<int[]> letterRuns(String text) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int j = i;
                while (j < text.length() && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                runs.add(new int[] {i, j});
                i = j;
            } else {
                i++;
            }
        }
        return runs;
    }
}
