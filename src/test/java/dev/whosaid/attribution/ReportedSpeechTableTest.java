package dev.whosaid.attribution;

import dev.whosaid.TestPipeline;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Quote;
import dev.whosaid.model.QuoteKind;
import dev.whosaid.model.When;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reported speech, one construction per row: complement clauses with and without "that", infinitives,
 * objects, parentheticals, "according to", mixed quotes; and negatives that must give no reported
 * statement ("said" as an adjective, a speech verb with no content, reported speech inside a quote).
 */
class ReportedSpeechTableTest {

    /**
     * @param text    the document
     * @param kind    indirect or mixed
     * @param content words the statement's text contains
     * @param mention the words naming the speaker (null: no speaker expected)
     * @param cue     the cue's words
     */
    record Case(String text, QuoteKind kind, String content, String mention, String cue) {
        @Override
        public String toString() {
            return text.length() > 70 ? text.substring(0, 70) + "…" : text;
        }
    }

    static Case indirect(String text, String content, String mention, String cue) {
        return new Case(text, QuoteKind.INDIRECT, content, mention, cue);
    }

    static Stream<Case> reported() {
        return Stream.of(
                indirect("Maria Lopez said that the talks would resume on Monday.", "the talks would resume", "Maria Lopez", "said"),
                indirect("Maria Lopez said the talks would resume on Monday.", "the talks would resume", "Maria Lopez", "said"),
                indirect("The minister told reporters that the budget was balanced.", "the budget was balanced", "The minister", "told"),
                indirect("Officials claimed that the army had withdrawn from the border.", "the army had withdrawn", "Officials", "claimed"),
                indirect("The senator warned that the bill would raise taxes for millions.", "the bill would raise taxes", "The senator", "warned"),
                indirect("The company announced that it would close three factories next year.", "it would close three factories", "The company", "announced"),
                indirect("The mayor insisted that the city was safe for visitors.", "the city was safe", "The mayor", "insisted"),
                indirect("The governor denied that he had received any payments.", "he had received any payments", "The governor", "denied"),
                indirect("The spokesman acknowledged that mistakes had been made during the operation.", "mistakes had been made", "The spokesman", "acknowledged"),
                indirect("Analysts argued that the central bank had raised rates too quickly.", "the central bank had raised rates", "Analysts", "argued"),
                indirect("The report found that most voters distrust both parties.", "most voters distrust both parties", "The report", "found"),
                indirect("The ambassador tweeted that the embassy would reopen soon.", "the embassy would reopen", "The ambassador", "tweeted"),
                indirect("The coach added that the team needed more time to recover.", "the team needed more time", "The coach", "added"),
                indirect("Police confirmed that two suspects had been arrested overnight.", "two suspects had been arrested", "Police", "confirmed"),
                indirect("The president has said that he will not run again.", "he will not run again", "The president", "said"),
                indirect("Anna Berg, the finance minister, said that inflation would fall this year.", "inflation would fall", "Anna Berg", "said"),
                indirect("Anna Berg arrived late. She said that inflation would fall this year.", "inflation would fall", "She", "said"),
                indirect("The unions believe that the reform will cut their wages.", "the reform will cut their wages", "The unions", "believe"),
                indirect("Most economists think the recession is already over.", "the recession is already over", "Most economists", "think"),
                indirect("The senator wants to cut the defense budget by a tenth.", "to cut the defense budget", "The senator", "wants"),
                indirect("The rebels promised to release all the hostages by Friday.", "to release all the hostages", "The rebels", "promised"),
                indirect("The two leaders agreed to meet again in the spring.", "to meet again in the spring", "The two leaders", "agreed"),
                indirect("The union threatened to strike if the talks failed.", "to strike if the talks failed", "The union", "threatened"),
                indirect("The ministry denied the allegations of widespread fraud in the election.", "the allegations of widespread fraud", "The ministry", "denied"),
                indirect("The opposition rejected the proposal for a new constitution.", "the proposal for a new constitution", "The opposition", "rejected"),
                indirect("The economy will grow by three percent next year, the finance minister said.", "The economy will grow by three percent", "the finance minister", "said"),
                indirect("The economy will grow by three percent next year, said the finance minister.", "The economy will grow by three percent", "the finance minister", "said"),
                indirect("According to the report, the economy grew by three percent last year.", "the economy grew by three percent", "the report", "According to"),
                indirect("The economy grew by three percent last year, according to official figures.", "The economy grew by three percent", "official figures", "according to"),
                indirect("The report points out that the court authorized an investigation in March.", "the court authorized an investigation", "The report", "points"),
                indirect("The Pentagon ruled out sending ground troops to the region.", "sending ground troops", "Pentagon", "ruled"),
                indirect("Critics have accused the government of hiding the true figures.", null, null, null),
                new Case("The minister said that the plan was “a disaster for farmers” and should be dropped.", QuoteKind.MIXED,
                        "a disaster for farmers", "The minister", "said"),
                new Case("The Dutch foreign minister tweeted that he was “disappointed” by the decision.", QuoteKind.MIXED,
                        "disappointed", "The Dutch foreign minister", "tweeted"),
                new Case("The senator claimed that the agency had “substantially helped” the rebels for years.", QuoteKind.MIXED,
                        "substantially helped", "The senator", "claimed"),
                // a quoted fragment closed after the full stop, which the parser hangs on the verb
                new Case("Trump has claimed that voter fraud is “a big problem” but “nobody talks about it.”", QuoteKind.MIXED,
                        "nobody talks about it", "Trump", "claimed"),
                new Case("He urged his supporters to “go to the polls” and “bring a friend along.”", QuoteKind.MIXED,
                        "go to the polls", "He", "urged"),
                // the tag inside the clause: the content is the clause around it
                indirect("The museum, Mr. Obama said, would make visitors face uncomfortable truths.",
                        "The museum would make visitors", "Obama", "said"),
                // "who" introduces the speaker; the name is whom it stands for
                indirect("Voters cheered Maria Lopez, who said that the talks would resume.", "the talks would resume", "who", "said"),
                // headlines
                indirect("Poll: Voters split evenly before the first debate\n\nThe race is close.",
                        "Voters split evenly before the first debate", "Poll", ":"),
                indirect("Maria Lopez: The talks will resume next week\n\nShe spoke in Geneva.",
                        "The talks will resume next week", "Maria Lopez", ":"))
                .filter(c -> c.content() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reported")
    void findsTheReportedStatement(Case c) {
        Analysis a = TestPipeline.whosaid().analyze(c.text());
        Optional<Quote> found = a.quotes().stream().filter(q -> q.kind() == c.kind())
                .filter(q -> q.text().contains(c.content())).findFirst();
        assertThat(found).as("%s quote with '%s' in %s", c.kind(), c.content(), a.quotes()).isPresent();
        Quote q = found.get();
        // the span covers the content; a speech tag inside it ("The museum, Mr. Obama said, would …") is
        // left out of the text but lies within the span
        assertThat(c.text().substring(q.start(), q.end()).replaceAll("[^\\p{L}\\p{N}\\s]", "").split("\\s+"))
                .as("words of the span").containsSubsequence(c.content().split("\\s+"));
        assertThat(q.speaker()).as("speaker").isNotNull();
        assertThat(q.speaker().mention().text()).isEqualTo(c.mention());
        assertThat(q.cue().text()).isEqualTo(c.cue());
        // the speaker's and the cue's words are not part of what was said
        assertThat(q.start()).isGreaterThanOrEqualTo(0);
        boolean outside = q.speaker().mention().start() >= q.end() || q.speaker().mention().end() <= q.start();
        assertThat(outside || !q.text().contains(q.speaker().mention().text()))
                .as("speaker %s in the content %s", q.speaker().mention(), q.text()).isTrue();
    }

    static Stream<String> notReported() {
        return Stream.of(
                "The said report was published in March by the ministry.",
                "The plan was announced on Monday by the ministry.",
                "She said nothing at all during the long meeting.",
                "He spoke for an hour at the rally in Ohio.",
                "The crowd shouted and waved flags outside the building.",
                "“We all said that the war would end by Christmas,” the veteran recalled, but nobody said so now.",
                "The senator talked with reporters for ten minutes.",
                "They said it.",
                "The announcement came too late for the farmers.",
                "Statements from the ministry were published in the official gazette.",
                // a dateline is no source, and no parenthetical speech tag without the commas that set it off
                "WASHINGTON: The Senate met again on Tuesday after a long recess.",
                "Those are numbers any taxpayer can understand.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notReported")
    void findsNoReportedStatement(String text) {
        List<Quote> reported = TestPipeline.whosaid().analyze(text).quotes().stream()
                .filter(q -> q.kind() != QuoteKind.DIRECT).toList();
        assertThat(reported).as("reported statements in: %s", text).isEmpty();
    }

    @Test
    void theTableHasAtLeastFortyRows() {
        assertThat(reported().count() + notReported().count()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aSpeakerNamedOnlyByADescriptionIsCalledByIt() {
        Analysis a = TestPipeline.whosaid().analyze("US media said that the talks had failed. It was late.");
        Quote q = a.quotes().stream().filter(x -> x.kind() == QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertThat(q.speaker().name()).isEqualTo("US media");
        assertThat(q.speaker().entity()).isNull();
    }

    @Test
    void aStatementInsideAnotherIsPartOfIt() {
        // the article attributes the statement to Trump; that Clinton wants it is his claim
        Analysis a = TestPipeline.whosaid().analyze("Trump said that Clinton wants to raise taxes on the middle class.");
        List<Quote> reported = a.quotes().stream().filter(x -> x.kind() != QuoteKind.DIRECT).toList();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).speaker().name()).isEqualTo("Trump");
        assertThat(reported.get(0).text()).contains("Clinton wants to raise taxes");
    }

    @Test
    void aDateInTheCuesSentenceIsWhenItWasSaid() {
        Quote q = reported("On Tuesday the minister said that the bridge would open soon.", LocalDate.of(2021, 6, 10));
        assertThat(q.when().basis()).isEqualTo(When.Basis.SENTENCE);
        assertThat(q.when().value()).isEqualTo("2021-06-08");
        assertThat(q.when().text()).isEqualTo("Tuesday");
    }

    @Test
    void anExplicitDateBeforeGovernsWhatFollows() {
        Quote q = reported("In March, the minister visited the border. She said that the bridge would open soon.",
                LocalDate.of(2021, 6, 10));
        assertThat(q.when().basis()).isEqualTo(When.Basis.CONTEXT);
        assertThat(q.when().value()).isEqualTo("2021-03");
        assertThat(q.when().text()).isEqualTo("March");
    }

    @Test
    void withNoDateInTheTextTheDocumentsDateIsMarkedAsSuch() {
        Quote q = reported("The minister said that the bridge would open soon.", LocalDate.of(2021, 6, 10));
        assertThat(q.when().basis()).isEqualTo(When.Basis.DOCUMENT);
        assertThat(q.when().value()).isEqualTo("2021-06-10");
        assertThat(q.when().text()).isNull();
        assertThat(q.when().start()).isNull();
        // and with no document date, nothing is known
        assertThat(TestPipeline.whosaid().analyze("The minister said that the bridge would open soon.").quotes())
                .allSatisfy(x -> assertThat(x.when()).isNull());
    }

    @Test
    void aDateThatOnlyQualifiesAThingIsNotWhenItWasSaid() {
        Quote q = reported("The senator said of the 2016 election that it had been unfair to her party.",
                LocalDate.of(2021, 6, 10));
        assertThat(q.when().basis()).isEqualTo(When.Basis.DOCUMENT);
    }

    private static Quote reported(String text, LocalDate date) {
        return TestPipeline.whosaid().analyze(text, date).quotes().stream()
                .filter(x -> x.kind() != QuoteKind.DIRECT).findFirst().orElseThrow();
    }

    @Test
    void aDateInsideWhatWasSaidIsNotWhenItWasSaid() {
        Analysis a = TestPipeline.whosaid().analyze("On Tuesday the minister said that the bridge had opened in March.",
                LocalDate.of(2021, 6, 10));
        Quote q = a.quotes().stream().filter(x -> x.kind() == QuoteKind.INDIRECT).findFirst().orElseThrow();
        assertThat(q.when()).isNotNull();
        assertThat(q.when().text()).isEqualTo("Tuesday");
    }
}
