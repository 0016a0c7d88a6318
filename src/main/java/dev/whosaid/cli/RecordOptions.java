package dev.whosaid.cli;

import dev.whosaid.batch.RecordConverter;
import dev.whosaid.batch.RecordFields;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Locale;

/** How input records are read: the options that {@code convert} and {@code spark} share. */
final class RecordOptions {
    /**
     * Ten times the default: a JSON line may hold six times as many characters (escapes), and one is held
     * whole while it is read, so a higher limit would be a heap's worth per record.
     */
    static final long MAX_CHARS_CEILING = 10_000_000;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
            description = "Date for records that carry none (and for .txt articles).")
    LocalDate date;

    @Option(names = "--max-chars", paramLabel = "N",
            description = "A record whose text is longer is an error line E008 (default: 1,000,000; at most 10,000,000).")
    long maxChars = RecordConverter.DEFAULT_MAX_TEXT_CHARS;

    @Option(names = "--id-field", paramLabel = "NAME", description = "Field holding the record's id (default: id).")
    String idField = RecordFields.DEFAULT.id();

    @Option(names = "--text-field", paramLabel = "NAME", description = "Field holding the text (default: text).")
    String textField = RecordFields.DEFAULT.text();

    @Option(names = "--date-field", paramLabel = "NAME", description = "Field holding the date (default: date).")
    String dateField = RecordFields.DEFAULT.date();

    /** The field names; throws {@link IllegalArgumentException} saying what is wrong with them. */
    RecordFields fields() {
        return new RecordFields(idField, textField, dateField);
    }

    /** What is wrong with the numbers given; null if nothing. */
    String problem() {
        if (maxChars < 1000 || maxChars > MAX_CHARS_CEILING) {
            return String.format(Locale.ROOT, "--max-chars must be from 1,000 to %,d, was %,d", MAX_CHARS_CEILING,
                    maxChars);
        }
        return null;
    }
}
