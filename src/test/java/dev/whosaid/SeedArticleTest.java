package dev.whosaid;

import dev.whosaid.model.Analysis;
import dev.whosaid.model.Correction;
import dev.whosaid.model.CorrectionKind;
import dev.whosaid.model.Entity;
import dev.whosaid.model.Quote;
import dev.whosaid.model.QuoteKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine-translated article that shows every kind of damage (testdata/news/icc-sanctions-mt.txt),
 * against what a careful reader finds in it: eleven direct quotes, nine of them clearly attributed.
 */
class SeedArticleTest {

    /** A quote by its opening words, and the speaker's canonical name (null: no clear speaker). */
    private record Expected(String opening, String speakerWord) {
    }

    private static final List<Expected> QUOTES = List.of(
            new Expected("substantially helped Bensouda", null), // a fragment inside reported speech
            new Expected("individuals and entities that continue", "Mike Pompeo"),
            new Expected("These coercive actions", "International Criminal Court"),
            new Expected("they will only weaken", "O-Gon Kwon"),
            new Expected("We stand together", "O-Gon Kwon"),
            new Expected("The court will soon meet", "O-Gon Kwon"), // its opening mark is missing
            new Expected("disappointed", "Stef Blok"),
            new Expected("will continue to support the International", "Stef Blok"), // closed with “
            new Expected("individual who directly participates", null), // words of an executive order
            new Expected("the action of the International Criminal Court", "Kayleigh McEnany"),
            new Expected("As stated in the executive order", "Kayleigh McEnany"));

    @Test
    void findsAtLeastNineOfTheElevenDirectQuotes() {
        long found = QUOTES.stream().filter(e -> quote(e.opening()).isPresent()).count();
        assertThat(found).isGreaterThanOrEqualTo(9);
    }

    @Test
    void attributesAtLeastEightOfTheNineClearQuotesToTheRightSpeaker() {
        List<Expected> clear = QUOTES.stream().filter(e -> e.speakerWord() != null).toList();
        assertThat(clear).hasSize(9);
        long right = clear.stream().filter(e -> quote(e.opening())
                .map(q -> speakerMatches(q, e.speakerWord())).orElse(false)).count();
        assertThat(right).isGreaterThanOrEqualTo(8);
    }

    @Test
    void organisationSpeaksInAStatement() {
        Quote q = quote("These coercive actions").orElseThrow();
        assertThat(q.speaker().name()).isEqualTo("International Criminal Court");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void pronounSpeakersResolveToNamedPeople() {
        Quote warned = quote("individuals and entities that continue").orElseThrow();
        assertThat(warned.speaker().mention().text()).isEqualTo("he");
        assertThat(warned.speaker().name()).isNotNull().doesNotContainIgnoringCase("he ");
        Quote she = quote("As stated in the executive order").orElseThrow();
        assertThat(she.speaker().mention().text()).isEqualTo("she");
        assertThat(she.speaker().name()).containsIgnoringCase("Kayleigh McEnany");
    }

    @Test
    void quoteWithoutOpeningMarkIsRepairedAndWarned() {
        Analysis a = TestPipeline.seed();
        assertThat(quote("The court will soon meet")).isPresent();
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo("W002"));
    }

    @Test
    void whenComesFromTheSentenceOfTheCue() {
        Quote q = quote("the action of the International Criminal Court").orElseThrow();
        assertThat(q.when()).isNotNull();
        assertThat(q.when().value()).isEqualTo("2020-06");
        assertThat(q.when().text()).isEqualTo("June this year");
    }

    @Test
    void noEntityIsMadeOfMarkupDebris() {
        for (Entity e : TestPipeline.seed().entities()) {
            assertThat(e.name()).doesNotContain("<").doesNotContain(">");
            assertThat(e.name().replaceAll("[\\s/<>]", "")).isNotEqualToIgnoringCase("p");
            e.mentions().forEach(m -> assertThat(m.text()).doesNotContain("<"));
        }
    }

    @Test
    void speakerNamesAreNeverPronounsOrUnknown() {
        for (Quote q : TestPipeline.seed().quotes()) {
            if (q.speaker() != null && q.speaker().name() != null) {
                assertThat(q.speaker().name().toLowerCase(Locale.ROOT))
                        .isNotIn("he", "she", "they", "it", "unknown");
            }
        }
    }

    @Test
    void aboutListsEntitiesInsideTheQuoteButNotTheSpeaker() {
        Quote q = quote("will continue to support the International").orElseThrow();
        Analysis a = TestPipeline.seed();
        List<String> names = q.about().stream().map(id -> a.entity(id).orElseThrow().name()).toList();
        assertThat(names).contains("International Criminal Court");
        assertThat(q.about()).doesNotContain(q.speaker().entity());
    }

    private static Optional<Quote> quote(String opening) {
        return TestPipeline.seed().quotes().stream().filter(q -> q.text().contains(opening)).findFirst();
    }

    private static boolean speakerMatches(Quote q, String name) {
        return q.speaker() != null && name.equals(q.speaker().name());
    }

    /** The seven names machine translation damaged, as the input writes them and as they should be. */
    private static final Map<String, String> DAMAGED = Map.of("ponpeo", "Pompeo", "fatu", "Fatou", "fakiso", "Phakiso",
            "stef bullock", "Stef Blok", "Kelly mcnaney", "Kayleigh McEnany", "Quan Wukun", "O-Gon Kwon", "trump", "Trump");

    @Test
    void allSevenDamagedNamesAreRepairedWithEvidence() {
        Analysis a = TestPipeline.seed();
        List<Correction> names = a.corrections().stream().filter(c -> c.kind() == CorrectionKind.NAME).toList();
        DAMAGED.forEach((damaged, right) -> assertThat(names).as(damaged)
                .anySatisfy(c -> {
                    assertThat(c.original()).isEqualTo(damaged);
                    assertThat(c.replacement()).isEqualTo(right);
                }));
        assertThat(names).allSatisfy(c -> {
            assertThat(c.evidence()).isNotBlank();
            assertThat(c.confidence()).isBetween(0.5, 1.0);
        });
        // every repair is one of the seven, or the same damage again ("trump" three times, "Quan" alone)
        assertThat(names).allSatisfy(c -> assertThat(DAMAGED.containsKey(c.original()) || c.original().equals("Quan"))
                .as(c.toString()).isTrue());
    }

    @Test
    void theFourReportedStatementsAreFoundWithTheirSpeakers() {
        record Reported(String words, String speakerMention) {
        }
        for (Reported r : List.of(new Reported("Pompeo announced sanctions", "US media"),
                new Reported("he had designated", "ponpeo"),
                new Reported("he was “disappointed”", "stef bullock"),
                new Reported("the International Criminal Court authorized an investigation", "the report"))) {
            Quote q = TestPipeline.seed().quotes().stream().filter(x -> x.kind() != QuoteKind.DIRECT)
                    .filter(x -> x.text().contains(r.words())).findFirst().orElseThrow(() -> new AssertionError(r.words()));
            assertThat(q.speaker().mention().text()).as(r.words()).isEqualTo(r.speakerMention());
        }
    }

    @Test
    void whenOfThePressConferenceQuoteIsTheDateNamedJustBefore() {
        assertThat(quote("individuals and entities that continue").orElseThrow().when().value()).isEqualTo("2020-09-02");
        assertThat(quote("As stated in the executive order").orElseThrow().when().value()).isEqualTo("2020-06");
    }

    @Test
    void entitiesCarryCanonicalNamesAndTheirPosts() {
        Analysis a = TestPipeline.seed();
        List<String> people = a.entities().stream().filter(e -> e.type().equals("PERSON")).map(Entity::name).toList();
        assertThat(people).contains("Mike Pompeo", "Fatou Bensouda", "Phakiso Mochochoko", "Stef Blok",
                "Kayleigh McEnany", "O-Gon Kwon", "Donald Trump");
        Entity blok = a.entities().stream().filter(e -> e.name().equals("Stef Blok")).findFirst().orElseThrow();
        assertThat(blok.titles()).contains("Foreign Minister (Netherlands)");
        assertThat(blok.gazetteerId()).isEqualTo("stef-blok");
        // the mentions still quote the input as written
        assertThat(blok.mentions()).extracting(m -> m.text()).contains("stef bullock");
    }
}
