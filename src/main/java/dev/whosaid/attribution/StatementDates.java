package dev.whosaid.attribution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of statements named only by a weekday or a month ("said on Friday", "in June"), resolved
 * from the document's date rather than by SUTime. SUTime decides past or future for these from tags
 * it leaves on shared rule values (CoreNLP issue 1061), so its answer depends on which documents
 * other threads, or earlier calls, analysed. A statement the news reports has been made, so the
 * answer here is always the latest such day or month up to the document's date.
 */
final class StatementDates {
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)(?:(?:on|last|this|this past)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)(?:(?:in|last|this|this past)\\s+)?(january|february|march|april|may|june|july|august|september"
                    + "|october|november|december)");

    private StatementDates() {
    }

    /**
     * The ISO date of a statement dated by {@code words}: for a bare weekday or month, the latest one
     * on or before {@code documentDate}; otherwise SUTime's {@code value}, unchanged.
     */
    static String resolve(String words, String value, LocalDate documentDate) {
        if (documentDate == null) {
            return value;
        }
        String w = words.strip();
        Matcher day = WEEKDAY.matcher(w);
        if (day.matches()) {
            DayOfWeek d = DayOfWeek.valueOf(day.group(1).toUpperCase(Locale.ROOT));
            return documentDate.with(TemporalAdjusters.previousOrSame(d)).toString();
        }
        Matcher month = MONTH.matcher(w);
        if (month.matches()) {
            Month m = Month.valueOf(month.group(1).toUpperCase(Locale.ROOT));
            int year = m.getValue() <= documentDate.getMonthValue() ? documentDate.getYear() : documentDate.getYear() - 1;
            return String.format(Locale.ROOT, "%04d-%02d", year, m.getValue());
        }
        return value;
    }
}
