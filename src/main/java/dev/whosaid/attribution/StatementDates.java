package dev.whosaid.attribution;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates of statements named only by a weekday or a month ("said on Friday", "in June"), resolved
 * from the document's date rather than by SUTime. SUTime decides past or future for these from tags
 * it leaves on shared rule values (CoreNLP issue 1061), so its answer depends on which documents
 * other threads, or earlier calls, analysed. A statement the news reports has been made, so the
 * answer here is always the latest such day or month up to the document's date.
 */
final class StatementDates {
    /** Words that may come before the weekday or month: "on Friday", "last June", "this past Monday". */
    private static final Pattern LEAD = Pattern.compile("(?i)^(?:on|in|last|this(?:\\s+past)?)\\s+");

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
        String w = LEAD.matcher(words.strip()).replaceFirst("").toUpperCase(Locale.ROOT);
        DayOfWeek day = parse(DayOfWeek.class, w);
        if (day != null) {
            return documentDate.with(TemporalAdjusters.previousOrSame(day)).toString();
        }
        Month month = parse(Month.class, w);
        if (month != null) {
            int year = month.getValue() <= documentDate.getMonthValue() ? documentDate.getYear() : documentDate.getYear() - 1;
            return String.format(Locale.ROOT, "%04d-%02d", year, month.getValue());
        }
        return value;
    }

    /** The constant of {@code type} named exactly {@code name} ("FRIDAY", "JUNE"), or null. */
    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
