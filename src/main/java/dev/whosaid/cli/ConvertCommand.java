package dev.whosaid.cli;

import dev.whosaid.WhoSaid;
import dev.whosaid.batch.BatchConverter;
import dev.whosaid.batch.RecordConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code whosaid convert IN.jsonl -o OUT.jsonl}: JSON Lines in, one contract object per record out. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert JSON Lines records {id, text, date?} into analyses, one line out per record, same order.")
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "Input JSON Lines; '-' reads standard input.")
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

    // Readers built on a Charset replace malformed bytes instead of failing: one bad record in a dump
    // must not stop the conversion of the rest.
    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            System.err.println("--threads must be at least 1, was " + threads);
            return 2;
        }
        // Open both ends before the models load: a typo in a path should fail in a second, not in thirty.
        try (BufferedReader in = input.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(input)), StandardCharsets.UTF_8));
             Writer out = output == null
                     ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                     : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            WhoSaid whosaid = options.build().warmUp();
            BatchConverter converter = new BatchConverter(new RecordConverter(whosaid, date), threads);
            BatchConverter.Summary s = converter.convert(in, out);
            System.err.printf("whosaid convert: %d records, %d errors%n", s.records(), s.errors());
        }
        return 0;
    }
}
