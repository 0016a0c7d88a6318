package dev.whosaid.attribution;

import dev.whosaid.TestPipeline;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Short texts and who said what in them, one attribution pattern per row, with negatives: quotation
 * marks around titles, scare quotes and single words are not statements.
 */
class AttributionTableTest {

    /**
     * @param text     the document
     * @param opening  words the quote's text contains
     * @param speaker  the speaker's canonical name (null: a speaker mentioned only as {@code mention})
     * @param mention  the words that introduce the speaker in the text
     * @param cue      the cue word, or null when none is expected
     */
    record Case(String text, String opening, String speaker, String mention, String cue) {
        @Override
        public String toString() {
            return text.length() > 70 ? text.substring(0, 70) + "…" : text;
        }
    }

    static Stream<Case> attributed() {
        return Stream.of(
                new Case("“We will win the election in November,” said Maria Lopez.",
                        "We will win the election", "Maria Lopez", "Maria Lopez", "said"),
                new Case("“We will win the election in November,” Maria Lopez said.",
                        "We will win the election", "Maria Lopez", "Maria Lopez", "said"),
                new Case("John Carter said: “We are ready for the next round of talks.”",
                        "ready for the next round", "John Carter", "John Carter", "said"),
                new Case("The World Health Organization said in a statement: “The outbreak is under control now.”",
                        "outbreak is under control", "World Health Organization", "World Health Organization", "said"),
                new Case("“The outbreak is under control now,” the World Health Organization said in a statement.",
                        "outbreak is under control", "World Health Organization", "World Health Organization", "said"),
                new Case("Angela Brandt arrived late. She told reporters: “We have nothing more to add today.”",
                        "nothing more to add", "Angela Brandt", "She", "told"),
                new Case("Angela Brandt arrived late at the summit in Brussels. Later in the day, after a long meeting "
                        + "with the other leaders, she warned: “We have nothing more to add today.”",
                        "nothing more to add", "Angela Brandt", "she", "warned"),
                new Case("Mark Evans spoke at the rally. “We will fight for every vote in this state,” he said.",
                        "fight for every vote", "Mark Evans", "he", "said"),
                new Case("“He would be a great senator and a fine colleague,” Rep. John Smith (D-Md.) said in an interview.",
                        "great senator", "John Smith", "John Smith", "said"),
                new Case("“Donald is a danger to the whole country and the world.” ― Maria Gomez",
                        "danger to the whole country", "Maria Gomez", "Maria Gomez", null),
                new Case("Kenji Watanabe refused to accept the verdict, saying: “The court has ignored the evidence "
                        + "that we presented.”", "court has ignored the evidence", "Kenji Watanabe", "Kenji Watanabe",
                        "saying"),
                new Case("“The talks have failed and we are leaving the table,” the union said on Tuesday.",
                        "talks have failed", null, "the union", "said"),
                new Case("“This is not a decision we take lightly at all,” a spokeswoman for the ministry said.",
                        "not a decision we take lightly", "a spokeswoman", "a spokeswoman", "said"),
                new Case("According to Karen Walsh, the head of the union, the deal is “a betrayal of every "
                        + "worker in the plant”.", "betrayal of every worker", "Karen Walsh", "Karen Walsh",
                        "According to"),
                // The quote closed with an opening mark, as machine translation leaves it.
                new Case("Dutch foreign minister Stef Blok said the Netherlands “will keep supporting the court in "
                        + "its work. We will talk to our partners. “.", "will keep supporting the court", "Stef Blok",
                        "Stef Blok", "said"),
                // Closing mark with no opening one: the quote is the sentence before it.
                new Case("“We stand with the court,” Kwon said. The assembly will meet soon to discuss the measures. ”",
                        "assembly will meet soon", "Kwon", "Kwon", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attributed")
    void attributesTheQuote(Case c) {
        Analysis a = TestPipeline.whosaid().analyze(c.text());
        Optional<Quote> found = a.quotes().stream().filter(q -> q.text().contains(c.opening())).findFirst();
        assertThat(found).as("quote containing '%s' in %s", c.opening(), a.quotes()).isPresent();
        Quote q = found.get();
        assertThat(q.speaker()).as("speaker").isNotNull();
        assertThat(q.speaker().mention().text()).isEqualTo(c.mention());
        if (c.speaker() != null) {
            assertThat(q.speaker().name()).isEqualTo(c.speaker());
            assertThat(a.entity(q.speaker().entity())).isPresent();
        }
        if (c.cue() != null) {
            assertThat(q.cue()).isNotNull();
            assertThat(q.cue().text()).isEqualTo(c.cue());
        }
        assertThat(c.text().substring(q.start(), q.end())).contains(c.opening());
    }

    static Stream<String> notStatements() {
        return Stream.of(
                "She read “The Art of the Deal” on the long flight home.",
                "The so-called “experts” were wrong again, the market data showed.",
                "He called the plan “stupid” and left the room.",
                "The band played “Born in the USA” at the end of the concert.",
                "The film “Gone With the Wind” was shown again on Sunday night.",
                "Critics dismissed the “reform” as cosmetic.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notStatements")
    void quotationMarksThatAreNotSpeechGiveNoQuote(String text) {
        // The marked words are nobody's statement. A sentence may still report a position ("he called
        // the plan “stupid”", "the data showed …"): that is reported speech, never the marked words alone.
        String marked = text.substring(text.indexOf('“') + 1, text.indexOf('”'));
        assertThat(TestPipeline.whosaid().analyze(text).quotes()).allSatisfy(q -> {
            assertThat(q.kind()).isNotEqualTo(dev.whosaid.model.QuoteKind.DIRECT);
            assertThat(q.text()).isNotEqualTo(marked);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interrupted")
    void aQuoteInterruptedByItsSpeechTagIsOneQuote(String text) {
        List<Quote> quotes = TestPipeline.whosaid().analyze(text).quotes();
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.speaker().name()).isEqualTo("Tom Hill");
        assertThat(q.text()).contains("first part").contains("second part");
        assertThat(text.substring(q.start(), q.end())).startsWith("This is the first part").endsWith("statement.");
    }

    static Stream<String> interrupted() {
        return Stream.of(
                "“This is the first part of it,” Tom Hill said. “And here is the second part of the statement.”",
                "“This is the first part of it,” said Tom Hill, “and here is the second part of the statement.”",
                // a long tag, and a next paragraph that opens with the rest of the statement
                "“This is the first part of it,” said Tom Hill, who led the party for a decade before he retired to "
                        + "his farm. “And here is the second part of the statement.”",
                "“This is the first part of it,” Tom Hill said.\n\n“And here is the second part of the statement.”");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("separate")
    void twoSpeakersStayTwoQuotes(String text) {
        List<Quote> quotes = TestPipeline.whosaid().analyze(text).quotes();
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).speaker().name()).isNotEqualTo(quotes.get(1).speaker().name());
    }

    static Stream<String> separate() {
        return Stream.of("“We have won the argument today,” said Tom Hill. “No, you have lost it completely,” "
                + "said Ann Berg.");
    }
}
