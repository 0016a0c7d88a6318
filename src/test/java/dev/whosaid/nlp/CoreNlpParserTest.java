package dev.whosaid.nlp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The real models (shared with every other test in the JVM: equal options, one pipeline). */
class CoreNlpParserTest {
    private static final CoreNlpParser PARSER = new CoreNlpParser(ParserOptions.DEFAULT);
    private static final LocalDate DATE = LocalDate.of(2020, 9, 3);

    private static final List<String> PARAGRAPHS = List.of(
            "Foreign Minister Stef Blok said on Wednesday that the Netherlands was disappointed by the decision.",
            "The court, which opened an inquiry in March, said it would continue its work.",
            "Mike Pompeo told reporters in Washington that two officials would face sanctions.",
            "Critics called the move an attack on international justice, and several governments protested.");

    @Test
    void aTextLongerThanAPieceParsesAsItsParagraphsDo() {
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        for (int i = 0; length < CoreNlpParser.CHUNK_CHARS * 2 + 1000; i++) {
            String p = PARAGRAPHS.get(i % PARAGRAPHS.size());
            paragraphs.add(p);
            length += p.length() + 2;
        }
        String text = String.join("\n\n", paragraphs);
        ParsedText whole = PARSER.parse(text, DATE);

        assertThat(TextChunks.split(text, CoreNlpParser.CHUNK_CHARS)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(whole.sentences()).hasSize(paragraphs.size());
        for (Token t : whole.tokens()) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        }
        // every paragraph, wherever the pieces were cut, has the analysis it has on its own
        int start = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i % 97 == 0 || i == paragraphs.size() - 1) {
                assertSameAnalysis(whole, whole.sentences().get(i), start, PARSER.parse(paragraphs.get(i), DATE));
            }
            start += paragraphs.get(i).length() + 2;
        }
        assertThat(whole.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Wednesday");
            assertThat(m.normalized()).matches("2020-\\d\\d-\\d\\d"); // resolved against the date
        });
    }

    @Test
    void datesAndAmountsAreFoundNearWordsOfTimeAndMergeWithNames() {
        ParsedText p = PARSER.parse("Mike Pompeo spoke on Tuesday about the sanctions announced on Sept. 2, 2020. "
                + "He said 40 percent agreed. The court disagreed.", DATE);
        assertThat(p.mentions()).extracting(NamedMention::type, NamedMention::text)
                .contains(tuple("PERSON", "Mike Pompeo"), tuple("DATE", "Tuesday"), tuple("PERCENT", "40 percent"));
        assertThat(p.mentions()).filteredOn(m -> m.text().startsWith("Sept."))
                .extracting(NamedMention::type, NamedMention::normalized).containsExactly(tuple("DATE", "2020-09-02"));
        assertThat(p.tokens()).filteredOn(t -> t.word().equals("court")).extracting(Token::ner).containsOnly("O");
    }

    private static void assertSameAnalysis(ParsedText whole, Sentence s, int shift, ParsedText alone) {
        assertThat(alone.sentences()).hasSize(1);
        assertThat(s.endToken() - s.firstToken()).isEqualTo(alone.tokens().size());
        for (int k = 0; k < alone.tokens().size(); k++) {
            Token a = alone.token(k);
            Token w = whole.token(s.firstToken() + k);
            assertThat(List.of(w.word(), w.pos(), w.lemma(), w.ner())).isEqualTo(List.of(a.word(), a.pos(), a.lemma(), a.ner()));
            assertThat(w.start()).isEqualTo(a.start() + shift);
            assertThat(whole.relation(s.firstToken() + k)).isEqualTo(alone.relation(k));
            int head = whole.head(s.firstToken() + k);
            assertThat(head < 0 ? -1 : head - s.firstToken()).isEqualTo(alone.head(k));
        }
    }
}
