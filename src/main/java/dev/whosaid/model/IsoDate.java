package dev.whosaid.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the contract's dates: exactly YYYY-MM-DD. {@code LocalDate.parse} alone also takes "+12345-01-01"
 * and "-0001-01-01", which would then be written back outside the contract.
 */
public final class IsoDate {
    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDate() {
    }

    /** The date, or a {@link DateTimeParseException} for anything but a real YYYY-MM-DD date. */
    public static LocalDate parse(String value) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new DateTimeParseException("expected YYYY-MM-DD", String.valueOf(value), 0);
        }
        return LocalDate.parse(value);
    }
}
