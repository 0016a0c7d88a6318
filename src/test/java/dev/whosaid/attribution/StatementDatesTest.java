package dev.whosaid.attribution;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement dated by a weekday or a month alone was made on the latest one up to the document's date. */
class StatementDatesTest {

    @ParameterizedTest(name = "{0} in a document of {2} -> {3}")
    @CsvSource({
            // document date 2020-09-03 is a Thursday
            "Friday,          2020-09-04, 2020-09-03, 2020-08-28",
            "on Monday,       2020-09-07, 2020-09-03, 2020-08-31",
            "Thursday,        2020-09-10, 2020-09-03, 2020-09-03",
            "last Wednesday,  2020-08-26, 2020-09-03, 2020-09-02",
            "June,            2021-06,    2020-09-03, 2020-06",
            "in December,     2020-12,    2020-09-03, 2019-12",
            "September,       2020-09,    2020-09-03, 2020-09",
            // anything else is SUTime's, unchanged
            "September 2,     2020-09-02, 2020-09-03, 2020-09-02",
            "June this year,  2020-06,    2020-09-03, 2020-06",
    })
    void resolvesToTheLatestOneUpToTheDocumentsDate(String words, String sutime, LocalDate document, String expected) {
        assertThat(StatementDates.resolve(words, sutime, document)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} with no document date")
    @CsvSource({"Friday, XXXX-WXX-5", "June, XXXX-06"})
    void withoutADocumentDateSuTimesValueStands(String words, String sutime) {
        assertThat(StatementDates.resolve(words, sutime, null)).isEqualTo(sutime);
    }
}
