package dev.whosaid.nlp;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a time expression is anchored by: numbers, months and weekdays, and words of time
 * ("yesterday", "year", "ago", "recently", "Christmas"). {@link DateTagger} runs SUTime only near them.
 *
 * <p>In news only about two sentences in five have one. On the PolNeAR dev split, the sentences without
 * one hold 8 of the 950 sentences in which SUTime finds anything, and what it finds there is of no use to
 * whosaid ("at the time", "quarterly bonuses", "daytime TV"): no calendar value, the only kind that dates
 * a statement.
 */
final class TimeWords {
    private static final Set<String> WORDS = words();

    private TimeWords() {
    }

    /** Whether a token (its word and part-of-speech tag) may start or anchor a time expression. */
    static boolean isTimeWord(String word, String tag) {
        if ("CD".equals(tag)) {
            return true; // "2016", "two weeks", "9/11"
        }
        if ("MD".equals(tag)) {
            return false; // "may" the verb, not the month
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true; // "11th", "1990s", "9:00"
            }
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1); // "Sept.", "Jan."
        }
        return WORDS.contains(w);
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>(Set.of(
                // days and parts of days
                "today", "tonight", "yesterday", "tomorrow", "day", "days", "daily", "morning", "mornings",
                "afternoon", "afternoons", "evening", "evenings", "night", "nights", "overnight", "noon",
                "midnight", "dawn", "dusk", "weekend", "weekends", "hour", "hours", "minute", "minutes",
                // longer periods
                "week", "weeks", "weekly", "month", "months", "monthly", "year", "years", "yearly", "annual",
                "annually", "decade", "decades", "century", "centuries", "quarter", "quarters", "season",
                "seasons", "spring", "summer", "autumn", "fall", "winter",
                // times relative to now
                "ago", "now", "nowadays", "recently", "recent", "currently", "current", "lately", "past",
                "present", "future", "former", "formerly", "once", "previously", "earlier", "later", "soon",
                // holidays that carry no "day" of their own
                "christmas", "easter", "thanksgiving", "halloween", "hanukkah", "ramadan", "passover", "eve",
                // abbreviations java.time does not give
                "sept", "tues", "thur", "thurs"));
        for (Month m : Month.values()) {
            words.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            words.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
            words.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
