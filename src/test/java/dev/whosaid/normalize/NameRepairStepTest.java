package dev.whosaid.normalize;

import dev.whosaid.gazetteer.Gazetteer;
import dev.whosaid.gazetteer.Lexicon;
import dev.whosaid.gazetteer.NameRepairer;
import dev.whosaid.gazetteer.NameSpan;
import dev.whosaid.model.Correction;
import dev.whosaid.model.CorrectionKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Name repair inside the normalizer: the repaired text, the corrections, and the names told to the tagger. */
class NameRepairStepTest {
    static final Normalizer NORMALIZER = new Normalizer(
            new NameRepairer(Gazetteer.defaultGazetteer(), Lexicon.defaultLexicon()));

    @Test
    void repairedNamesAreSpansOfTheRepairedTextWithTheirTypes() {
        String input = "< p > the Dutch foreign minister, stef bullock, met White House press secretary Kelly mcnaney "
                + "and Quan Wukun, President of the Assembly of States Parties.";
        NormalizedText n = NORMALIZER.normalize(input, LocalDate.of(2020, 9, 3));
        assertThat(n.text()).contains("Stef Blok").contains("Kayleigh McEnany").contains("O-Gon Kwon");
        assertThat(n.names()).extracting(s -> n.text().substring(s.start(), s.end()))
                .containsExactly("Stef Blok", "Kayleigh McEnany", "O-Gon Kwon");
        assertThat(n.names()).extracting(NameSpan::type).containsOnly("PERSON");
        // every span of the repaired names maps back onto the damaged words of the input
        for (NameSpan s : n.names()) {
            int[] o = n.toOriginal(s.start(), s.end());
            assertThat(input.substring(o[0], o[1])).isIn("stef bullock", "Kelly mcnaney", "Quan Wukun");
        }
        assertThat(n.corrections()).filteredOn(c -> c.kind() == CorrectionKind.NAME).extracting(Correction::original)
                .containsExactly("stef bullock", "Kelly mcnaney", "Quan Wukun");
    }

    @Test
    void withoutARepairerNamesStayAsWritten() {
        NormalizedText n = new Normalizer().normalize("the Dutch foreign minister, stef bullock, said.", LocalDate.of(2020, 9, 3));
        assertThat(n.text()).contains("stef bullock");
        assertThat(n.names()).isEmpty();
    }
}
