package dev.whosaid.normalize;

import dev.whosaid.contract.Contract;
import dev.whosaid.model.Correction;
import dev.whosaid.model.CorrectionKind;
import dev.whosaid.model.Json;
import dev.whosaid.model.Warning;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cap on corrections: past it neighbours merge, and the merged corrections still account for every
 * change, so exactly that the original with each correction applied is the repaired text.
 */
class CorrectionMergerTest {
    private static final Normalizer NORMALIZER = new Normalizer();

    @Test
    void hundredThousandStrayMarksGiveOneCorrectionNotAHundredThousand() {
        String text = "\"".repeat(100_000);
        NormalizedText n = NORMALIZER.normalize(text);

        assertThat(n.corrections()).hasSize(1);
        Correction c = n.corrections().get(0);
        assertThat(c.start()).isZero();
        assertThat(c.end()).isEqualTo(text.length());
        assertThat(c.kind()).isEqualTo(CorrectionKind.QUOTE_MARK);
        assertThat(c.evidence()).contains("100,000 neighbouring corrections merged (100,000 quote-mark)");
        assertThat(n.warnings()).filteredOn(w -> w.code().equals("W015")).singleElement()
                .extracting(Warning::message).asString().contains("100,000 corrections merged into 1");
        assertThat(applied(n)).isEqualTo(n.text());
        // the output is the size of the input, not 130 times it as before the cap
        assertThat(Json.write(n.corrections(), false).length()).isLessThan(3 * text.length());
    }

    @Test
    void underTheCapNothingIsMerged() {
        String text = "<p>“We will act, \" he said .</p>  <p>the court  said no.</p>";
        NormalizedText n = NORMALIZER.normalize(text);
        assertThat(n.corrections()).hasSizeGreaterThan(3);

        NormalizedText capped = NORMALIZER.withMaxCorrections(n.corrections().size()).normalize(text);

        assertThat(capped.corrections()).isEqualTo(n.corrections());
        assertThat(capped.warnings()).extracting(Warning::code).doesNotContain("W015");
    }

    @Test
    void mergedCorrectionsAccountForEveryChangeAndKeepTheirMembersKindsInTheEvidence() {
        String text = "<p>“We will act, \" he said .</p>\n\n<p>the court  said no.</p> <b>Fine</b>";
        NormalizedText n = NORMALIZER.withMaxCorrections(2).normalize(text);

        assertThat(n.corrections()).hasSizeBetween(1, 2);
        assertThat(applied(n)).isEqualTo(n.text());
        assertThat(n.text()).isEqualTo(NORMALIZER.normalize(text).text()); // the cap changes the report, not the text
        assertThat(n.corrections()).anySatisfy(c -> assertThat(c.evidence()).contains("markup"));
    }

    @Test
    void onRandomHostileTextEveryCapGivesCorrectionsThatRebuildTheRepairedText() {
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            String text = i % 2 == 0 ? HostileText.pieces(random, 60) : HostileText.chars(random, 200);
            int cap = 1 + random.nextInt(6);
            NormalizedText n = NORMALIZER.withMaxCorrections(cap).normalize(text);
            assertThat(n.corrections()).as("cap %d on %s", cap, HostileText.escape(text)).hasSizeLessThanOrEqualTo(cap);
            if (n.warnings().stream().anyMatch(w -> w.code().equals("W015"))) {
                assertThat(applied(n)).as("cap %d on %s", cap, HostileText.escape(text)).isEqualTo(n.text());
            }
            OffsetMappingTest.checkInvariants(n, random);
        }
    }

    @Test
    void aCapBelowOneIsRefusedByName() {
        assertThatThrownBy(() -> NORMALIZER.withMaxCorrections(0)).hasMessageContaining("maxCorrections");
    }

    private static String applied(NormalizedText n) {
        return Contract.applied(n.original(), n.corrections());
    }
}
