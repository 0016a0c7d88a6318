package dev.whosaid.gazetteer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day ({@code 2018}, {@code 2018-03}, {@code 2018-03-07}), as
 * sources give the start and end of a role.
 */
public record PartialDate(int year, int month, int day) {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day); // throws on 2019-02-30
        }
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws with the text on anything else. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new PartialDate(Integer.parseInt(m.group(1)), month, day);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a date: '" + text + "'");
        }
    }

    /** The first day this date can mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date can mean. */
    public LocalDate latest() {
        if (day > 0) {
            return LocalDate.of(year, month, day);
        }
        return month > 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    @Override
    public String toString() {
        return day > 0 ? String.format("%04d-%02d-%02d", year, month, day)
                : month > 0 ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }
}
