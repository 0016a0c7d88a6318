package dev.whosaid.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.whosaid.contract.Contract;
import dev.whosaid.gazetteer.Gazetteer;
import dev.whosaid.gazetteer.Lexicon;
import dev.whosaid.gazetteer.NameRepairer;
import dev.whosaid.model.Correction;
import dev.whosaid.model.Warning;
import dev.whosaid.normalize.NormalizedText;
import dev.whosaid.normalize.Normalizer;

import java.time.LocalDate;

import static dev.whosaid.normalize.HostileText.escape;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The normalizer and its offset mapping on any string at all: lone surrogates, controls, markup
 * fragments, quotation marks of every script. Whatever it repairs it must report, at the right place,
 * and every character of the repaired text must map back into the input.
 *
 * <p>{@code mvn verify} runs the seeds under {@code src/test/resources/dev/whosaid/fuzz/NormalizerFuzzTestInputs}
 * and the findings kept there; {@code JAZZER_FUZZ=1 mvn test -Dtest=NormalizerFuzzTest} fuzzes (see the README).
 */
class NormalizerFuzzTest {
    /** The normalizer that {@code WhoSaid} uses: with name repair, against the shipped gazetteer. */
    private static final Normalizer NORMALIZER =
            new Normalizer(new NameRepairer(Gazetteer.defaultGazetteer(), Lexicon.defaultLexicon()));
    private static final Normalizer CAPPED = NORMALIZER.withMaxCorrections(2);

    // The length of one fuzzing run (JAZZER_FUZZ=1); Jazzer 0.24 takes it only from here. mvn verify
    // ignores it: it replays the seeds and findings once.
    @FuzzTest(maxDuration = "10m")
    void normalize(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        NormalizedText n = NORMALIZER.normalize(text, LocalDate.of(2020, 9, 3));
        checkNormalized(n, text);
        // Under a cap of two, merged corrections must still report every change: applied to the input,
        // they rebuild the repaired text exactly.
        NormalizedText capped = CAPPED.normalize(text, LocalDate.of(2020, 9, 3));
        checkNormalized(capped, text);
        assertThat(capped.text()).isEqualTo(n.text());
        assertThat(capped.corrections()).hasSizeLessThanOrEqualTo(2);
        if (capped.warnings().stream().anyMatch(w -> w.code().equals("W015"))) {
            assertThat(Contract.applied(text, capped.corrections())).as("merged corrections applied to %s",
                    escape(text)).isEqualTo(n.text());
        }
    }

    /** The invariants of a repair: reported, placed, and nothing changed that is not reported. */
    static void checkNormalized(NormalizedText n, String original) {
        assertThat(n.original()).isEqualTo(original);
        int len = original.length();
        boolean[] accounted = new boolean[len];
        // Points where text may be added: where a correction inserts; and, once corrections were merged
        // (W015), any point of a merged span, edges included, since its replacement holds the insertions.
        boolean merged = n.warnings().stream().anyMatch(w -> w.code().equals("W015"));
        boolean[] insertedAt = new boolean[len + 1];
        for (Correction c : n.corrections()) {
            assertThat(c.start()).as("%s", c).isBetween(0, len);
            assertThat(c.end()).as("%s", c).isBetween(c.start(), len);
            assertThat(c.original()).as("%s", c).isEqualTo(original.substring(c.start(), c.end()));
            for (int i = c.start(); i < c.end(); i++) {
                accounted[i] = true;
            }
            if (c.start() == c.end()) {
                insertedAt[c.start()] = true;
            } else if (merged) {
                for (int i = c.start(); i <= c.end(); i++) {
                    insertedAt[i] = true;
                }
            }
        }
        String text = n.text();
        int previous = 0;
        for (int i = 0; i <= text.length(); i++) {
            int at = n.toOriginal(i, i)[0];
            assertThat(at).as("offset %d maps inside the input", i).isBetween(previous, len);
            previous = at;
        }
        for (int i = 0; i < text.length(); i++) {
            int[] span = n.toOriginal(i, i + 1);
            assertThat(span[1]).as("character %d maps inside the input", i).isBetween(span[0], len);
            boolean corrected = span[0] == span[1] && insertedAt[span[0]];
            for (int k = span[0]; k < span[1]; k++) {
                corrected |= accounted[k];
            }
            if (!corrected) {
                // outside every reported repair the text is the input's, character for character
                assertThat(span[1] - span[0]).as("character %d of %s, from %s, with %s", i, escape(text), escape(original), n.corrections()).isEqualTo(1);
                assertThat(text.charAt(i)).as("character %d of %s, from %s", i, escape(text), escape(original))
                        .isEqualTo(original.charAt(span[0]));
                accounted[span[0]] = true;
            }
        }
        for (int k = 0; k < len; k++) {
            assertThat(accounted[k]).as("input character %d (%s) was dropped without a correction: %s", k,
                    escape(String.valueOf(original.charAt(k))), escape(original)).isTrue();
        }
        for (Warning w : n.warnings()) {
            assertThat(w.code()).matches("W\\d{3}");
            if (w.start() != null) {
                assertThat(w.start()).isBetween(0, len);
                assertThat(w.end()).isBetween(w.start(), len);
            }
        }
    }
}
