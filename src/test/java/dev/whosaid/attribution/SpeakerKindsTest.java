package dev.whosaid.attribution;

import dev.whosaid.TestPipeline;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Entity;
import dev.whosaid.model.Quote;
import dev.whosaid.model.QuoteKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers named by a title or a description resolve to the entity the document named, and titles
 * given beside a name attach to that entity wherever the name appears.
 */
class SpeakerKindsTest {

    @Test
    void aTitleTheDocumentGaveSomeoneRefersToThem() {
        Analysis a = TestPipeline.whosaid().analyze("Chief prosecutor Maria Lopez opened an inquiry in May. "
                + "The prosecutor said that the evidence was strong.");
        Quote q = reported(a);
        assertThat(q.speaker().mention().text()).isEqualTo("The prosecutor");
        assertThat(q.speaker().name()).isEqualTo("Maria Lopez");
        Entity lopez = a.entity(q.speaker().entity()).orElseThrow();
        assertThat(lopez.titles()).contains("Chief prosecutor");
        assertThat(lopez.mentions()).extracting(m -> m.text()).contains("Maria Lopez", "The prosecutor");
    }

    @Test
    void aTitleThePersonHeldOnTheDateRefersToThemByTheGazetteer() {
        // nothing in the text says Stef Blok is the Dutch foreign minister: his post on that date does
        Analysis a = TestPipeline.whosaid().analyze("Stef Blok met his Belgian counterpart in Brussels. "
                + "The Dutch foreign minister said that the talks had gone well.", LocalDate.of(2020, 9, 3));
        assertThat(reported(a).speaker().name()).isEqualTo("Stef Blok");
    }

    @Test
    void aTitleNobodyNamedHoldsStaysADescription() {
        Analysis a = TestPipeline.whosaid().analyze("Maria Lopez opened an inquiry in May. "
                + "The prosecutor said that the evidence was strong.");
        Quote q = reported(a);
        assertThat(q.speaker().name()).isEqualTo("The prosecutor");
        Entity speaker = a.entity(q.speaker().entity()).orElseThrow();
        assertThat(speaker.mentions()).extracting(m -> m.text()).doesNotContain("Maria Lopez");
    }

    @Test
    void titlesInAppositionAttachToPeopleWhoAreNotSpeakers() {
        Analysis a = TestPipeline.whosaid().analyze("Anna Berg, the finance minister, arrived in Oslo on Monday. "
                + "Foreign Minister Jonas Lie stayed at home.");
        assertThat(person(a, "Anna Berg").titles()).contains("finance minister");
        assertThat(person(a, "Jonas Lie").titles()).contains("Foreign Minister");
    }

    @Test
    void anOrganisationNamedByItsKindIsTheOneTheDocumentNamed() {
        Analysis a = TestPipeline.whosaid().analyze("The International Criminal Court opened an inquiry. "
                + "The court said that the evidence was strong.");
        assertThat(reported(a).speaker().name()).isEqualTo("International Criminal Court");
    }

    @Test
    void aPronounAgreesWithTheGenderTheDocumentGivesByHonorific() {
        // neither surname says who is a woman; "Mrs." and "Mr." do, and the most recent subject is Mr. Dunn
        Analysis a = TestPipeline.whosaid().analyze("Mrs. Lopez met Mr. Dunn in Paris on Monday. Mr. Dunn spoke first. "
                + "“We will win the argument in the end,” she said.");
        assertThat(a.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Lopez"));
    }

    @Test
    void aSurnameAloneSaysNothingOfGender() {
        // "Clinton" and "Warren" are men's first names too; alone, they are surnames
        Analysis a = TestPipeline.whosaid().analyze("Elizabeth Warren spoke in Boston on Monday. Warren went on to Maine. "
                + "“We will win the argument in the end,” she said.");
        Quote q = a.quotes().stream().filter(x -> x.kind() == QuoteKind.DIRECT).findFirst().orElseThrow();
        assertThat(q.speaker().mention().text()).isEqualTo("she");
        assertThat(q.speaker().name()).isEqualTo("Elizabeth Warren");
    }

    @Test
    void aQuoteIsAboutWhomItNamesOrRefersToByPronounOrTitle() {
        Analysis a = TestPipeline.whosaid().analyze("Chief prosecutor Maria Lopez opened an inquiry in May. "
                + "Jonas Lie, the minister, said that the prosecutor had overstepped her powers.");
        Quote q = reported(a);
        assertThat(q.speaker().name()).isEqualTo("Jonas Lie");
        // "the prosecutor" and "her" are both Maria Lopez: one entity, the speaker not among them
        assertThat(q.about()).containsExactly(person(a, "Maria Lopez").id());

        Analysis b = TestPipeline.whosaid().analyze("Hillary Clinton spoke in Ohio on Monday. "
                + "Donald Trump said that she had lied about her emails.");
        assertThat(reported(b).about()).containsExactly(person(b, "Hillary Clinton").id());
    }

    private static Quote reported(Analysis a) {
        return a.quotes().stream().filter(q -> q.kind() != QuoteKind.DIRECT).findFirst().orElseThrow();
    }

    private static Entity person(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.entities()));
    }
}
