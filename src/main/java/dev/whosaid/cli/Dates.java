package dev.whosaid.cli;

import picocli.CommandLine;

import dev.whosaid.model.IsoDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads {@code --date YYYY-MM-DD} with a message that names the option. */
final class Dates implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return IsoDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("--date must be YYYY-MM-DD, was '" + value + "'");
        }
    }
}
