package dev.whosaid.cli;

import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads {@code --date YYYY-MM-DD} with a message that names the option. */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("--date must be YYYY-MM-DD, was '" + value + "'");
        }
    }
}
