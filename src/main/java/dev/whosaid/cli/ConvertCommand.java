package dev.whosaid.cli;

import dev.whosaid.WhoSaid;
import dev.whosaid.batch.BatchConverter;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.batch.RecordFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

/** {@code whosaid convert IN.jsonl -o OUT.jsonl}: JSON Lines in, one contract object per record out. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert JSON Lines records {id, text, date?} into analyses, one line out per record, same order.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record converted", "1:some records became error lines (codes E001-E900)",
                "2:bad usage, or an input that cannot be read or an output that cannot be written"})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.jsonl",
            description = "Input JSON Lines, gzip-compressed or not; '-' reads standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Output file (default: standard output).")
    Path output;

    @Mixin
    WhoSaidOptions options = new WhoSaidOptions();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = Dates.class,
            description = "Date for records that carry none.")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Records analysed at once (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--id-field", paramLabel = "NAME", description = "Field holding the record's id (default: id).")
    String idField = RecordFields.DEFAULT.id();

    @Option(names = "--text-field", paramLabel = "NAME", description = "Field holding the text (default: text).")
    String textField = RecordFields.DEFAULT.text();

    @Option(names = "--date-field", paramLabel = "NAME", description = "Field holding the date (default: date).")
    String dateField = RecordFields.DEFAULT.date();

    // Readers built on a Charset replace malformed bytes instead of failing: one bad record in a dump
    // must not stop the conversion of the rest.
    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            System.err.println("--threads must be at least 1, was " + threads);
            return 2;
        }
        RecordFields fields;
        try {
            fields = new RecordFields(idField, textField, dateField);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        // Open both ends before the models load: a typo in a path should fail in a second, not in thirty.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                maybeGzip(input.equals("-") ? System.in : Files.newInputStream(Path.of(input))), StandardCharsets.UTF_8));
             Writer out = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            WhoSaid whosaid = options.build().warmUp();
            BatchConverter converter = new BatchConverter(new RecordConverter(whosaid, date, fields), threads);
            BatchConverter.Summary s = converter.convert(in, out);
            System.err.println("whosaid convert: " + s.describe());
            return s.errors() == 0 ? 0 : 1;
        }
    }

    /** The stream, uncompressed if it starts with gzip's magic number (a file's name may not say so). */
    private static InputStream maybeGzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
