package dev.whosaid.cli;

import dev.whosaid.WhoSaid;
import dev.whosaid.batch.BatchConverter;
import dev.whosaid.batch.BatchOutput;
import dev.whosaid.batch.Inputs;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.batch.RecordFields;
import dev.whosaid.batch.ResumePoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code whosaid convert IN... -o OUT.jsonl}: records in, one contract object per record out, in order. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert records {id, text, date?} into analyses: one JSON line out per record in, in input order.",
                "Inputs: JSON Lines files, .json files (one record each), .txt articles (id from the path),"
                        + " directories of those (read recursively, in order of name), '-' for standard input;"
                        + " any of them gzip-compressed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record converted", "1:some records became error lines (codes E001-E900)",
                "2:bad usage, an input that cannot be read, an output that cannot be written,"
                        + " or --resume on an output of another input"})
final class ConvertCommand implements Callable<Integer> {
    private static final int MAX_THREADS = 256;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files or directories to read, in this order; '-' reads standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Output file (default: standard output).")
    Path output;

    @Option(names = "--csv", paramLabel = "QUOTES.csv",
            description = "Also write a flat table of the quotes: one row per quote, with its document's id.")
    Path csv;

    @Option(names = "--resume", description = "Continue OUT.jsonl after a crash or a kill: the records it holds are"
            + " not converted again, a half-written last line is removed. Give the same inputs.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "No progress and no summary on standard error.")
    boolean quiet;

    @Option(names = "--progress-interval", paramLabel = "SECONDS",
            description = "Seconds between progress lines when standard error is not a terminal (default: 30).")
    int progressInterval = 30;

    @Mixin
    WhoSaidOptions options = new WhoSaidOptions();

    @Mixin
    RecordOptions records = new RecordOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Records analysed at once (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        String bad = usageProblem();
        if (bad != null) {
            System.err.println("whosaid convert: " + bad);
            return 2;
        }
        RecordFields fields;
        try {
            fields = records.fields();
        } catch (IllegalArgumentException e) {
            System.err.println("whosaid convert: " + e.getMessage());
            return 2;
        }
        // Inputs first, then the gazetteer (which starts the models loading), then the outputs: a typo in
        // a path or a malformed gazetteer fails in a second, before anything is loaded or overwritten.
        List<Path> outputs = new ArrayList<>();
        for (Path p : new Path[] {output, csv}) {
            if (p != null) {
                outputs.add(p);
            }
        }
        try (Inputs in = new Inputs(inputs, System.in, fields, records.maxChars, outputs)) {
            if (!quiet && in.skippedFiles() > 0) {
                System.err.printf(Locale.ROOT, "whosaid convert: skipping %,d file%s that %s not .txt, .json or"
                        + " .jsonl (the first: %s)%n", in.skippedFiles(), in.skippedFiles() == 1 ? "" : "s",
                        in.skippedFiles() == 1 ? "is" : "are", in.firstSkipped());
            }
            WhoSaid whosaid = options.build();
            try (BatchOutput out = open()) {
                whosaid.warmUp();
                BatchConverter converter = new BatchConverter(
                        new RecordConverter(whosaid, records.date, fields, records.maxChars), threads);
                ProgressDisplay display = ProgressDisplay.on(System.err, Duration.ofSeconds(progressInterval));
                BatchConverter.Summary s;
                try {
                    s = converter.convert(in, out, quiet ? BatchConverter.ProgressListener.NONE : display);
                } catch (BatchConverter.ResumeMismatch e) {
                    System.err.println("whosaid convert: cannot resume " + output + ": " + e.getMessage());
                    return 2;
                } finally {
                    display.finish();
                }
                if (!quiet) {
                    System.err.println("whosaid convert: " + s.describe());
                }
                return s.outputHasErrors() ? 1 : 0;
            }
        }
    }

    /** The output: standard output, a new file, or the file to resume (cut back to its whole records). */
    private BatchOutput open() throws IOException {
        if (output == null) {
            return BatchOutput.toStream(System.out, csv);
        }
        if (!resume) {
            return BatchOutput.create(output, csv);
        }
        ResumePoint from = ResumePoint.repair(output);
        if (!quiet) {
            System.err.printf(Locale.ROOT, "whosaid convert: resuming after %,d records%s%n", from.records(),
                    from.bytesDropped() > 0 ? String.format(Locale.ROOT,
                            " (removed a half-written last line of %,d bytes)", from.bytesDropped()) : "");
        }
        return BatchOutput.resume(output, from, csv);
    }

    /** What is wrong with the arguments, before anything is opened or loaded; null if nothing. */
    private String usageProblem() throws IOException {
        if (threads < 1) {
            return "--threads must be at least 1, was " + threads;
        }
        if (records.problem() != null) {
            return records.problem();
        }
        if (threads > MAX_THREADS) {
            return "--threads must be at most " + MAX_THREADS + ", was " + threads;
        }
        if (options.maxQuotes < 1 || options.maxEntities < 1 || options.maxCorrections < 1) {
            return "--max-quotes, --max-entities and --max-corrections must be at least 1";
        }
        if (options.timeLimit < 0) {
            return "--time-limit must be 0 (no limit) or more seconds, was " + options.timeLimit;
        }
        if (progressInterval < 1) {
            return "--progress-interval must be at least 1 second, was " + progressInterval;
        }
        if (resume && output == null) {
            return "--resume needs the output file to continue (-o OUT.jsonl)";
        }
        if (inputs.stream().filter("-"::equals).count() > 1) {
            return "standard input ('-') can be read once only";
        }
        for (String name : inputs) {
            if (name.equals("-")) {
                continue;
            }
            Path p = Path.of(name);
            if (!Files.exists(p)) {
                return "no such file or directory: " + name;
            }
            if (!Files.isReadable(p)) {
                return "cannot read " + name + ": permission denied";
            }
            for (Path written : new Path[] {output, csv}) {
                if (written != null && Files.exists(written) && Files.isSameFile(p, written)) {
                    return "the input " + name + " is also an output; it would be overwritten";
                }
            }
        }
        if (output != null && csv != null && output.toAbsolutePath().normalize().equals(csv.toAbsolutePath().normalize())) {
            return "--csv and --output name the same file";
        }
        return null;
    }
}
