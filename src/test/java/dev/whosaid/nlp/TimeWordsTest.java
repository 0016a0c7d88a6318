package dev.whosaid.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimeWordsTest {
    @ParameterizedTest(name = "{0}/{1} may start a time expression: {2}")
    @CsvSource({
            "Monday, NNP, true",
            "Sept., NNP, true",
            "Dec, NNP, true",
            "June, NNP, true",
            "May, NNP, true",
            "may, MD, false",
            "2016, CD, true",
            "two, CD, true",
            "11th, JJ, true",
            "1990s, NNS, true",
            "yesterday, NN, true",
            "Yesterday, NN, true",
            "years, NNS, true",
            "ago, RB, true",
            "Christmas, NNP, true",
            "said, VBD, false",
            "minister, NN, false",
            "Pompeo, NNP, false",
    })
    void wordsOfTime(String word, String tag, boolean expected) {
        assertThat(TimeWords.isTimeWord(word, tag)).isEqualTo(expected);
    }
}
