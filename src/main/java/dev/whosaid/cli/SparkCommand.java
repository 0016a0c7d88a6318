package dev.whosaid.cli;

import dev.whosaid.WhoSaid;
import dev.whosaid.batch.RecordFields;
import dev.whosaid.gazetteer.Gazetteer;
import dev.whosaid.spark.PipelineSettings;
import dev.whosaid.spark.SparkConversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code whosaid spark IN... OUT_DIR}: {@code convert} on Apache Spark, on this machine ({@code --master
 * local[N]}) or, through spark-submit, on a cluster. Spark classes are touched only once the command
 * runs, so that the other commands work without Spark on the class path.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Convert records on Apache Spark: the same lines as convert, error lines included, written"
                + " to OUT_DIR as JSON Lines part files (read in order of name, they are convert's output, in"
                + " input order).",
                "On this machine: ./whosaid spark IN.jsonl OUT_DIR --master local[2]. On a cluster: see the README."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record converted", "1:some records became error lines (codes E001-E900)",
                "2:bad usage, an input that cannot be read, an output directory that exists, or a failed job"})
final class SparkCommand implements Callable<Integer> {
    @Parameters(arity = "2..*", paramLabel = "PATH",
            description = "The inputs (files or directories, as for convert), then the output directory.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master: local[N] runs on this machine with N cores (default: local[*], or"
                    + " what spark-submit was given).")
    String master;

    @Option(names = "--split-mb", paramLabel = "MB",
            description = "Cut JSON Lines files into stretches of this many megabytes, one task each"
                    + " (default: about four tasks per core, 64 KB to 128 MB).")
    int splitMb;

    @Option(names = "--overwrite", description = "Replace OUT_DIR if it exists.")
    boolean overwrite;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "json_lines (what convert reads, the default) or parquet (files or directories of them,"
                    + " the record's fields as columns).")
    SparkConversion.Format inputFormat = SparkConversion.Format.JSON_LINES;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json_lines (convert's lines, the default) or parquet (the output contract as a typed schema).")
    SparkConversion.Format format = SparkConversion.Format.JSON_LINES;

    @Option(names = {"-q", "--quiet"}, description = "No summary on standard error.")
    boolean quiet;

    @Mixin
    WhoSaidOptions options = new WhoSaidOptions();

    @Mixin
    RecordOptions records = new RecordOptions();

    @Override
    public Integer call() throws IOException {
        List<String> inputs = paths.subList(0, paths.size() - 1);
        String output = paths.get(paths.size() - 1);
        String bad = usageProblem(inputs);
        if (bad != null) {
            System.err.println("whosaid spark: " + bad);
            return 2;
        }
        if (!sparkOnClassPath()) {
            System.err.println("whosaid spark: Spark is not on the class path; run it through ./whosaid (which adds"
                    + " it) or spark-submit (see the README)");
            return 2;
        }
        RecordFields fields = records.fields();
        WhoSaid.Options o = options.builder().options();
        if (!o.gazetteerFiles().isEmpty()) {
            Gazetteer.empty().plus(o.gazetteerFiles()); // a malformed file fails here, not on every executor
        }
        PipelineSettings settings = PipelineSettings.of(o, records.date, fields, records.maxChars);
        String url = master != null ? master : System.getProperty("spark.master") != null ? null : "local[*]";
        SparkConversion.Summary s = SparkConversion.run(new SparkConversion.Job(inputs, output, settings,
                (long) splitMb << 20, overwrite, inputFormat, format), url);
        if (!quiet) {
            System.err.println("whosaid spark: " + s.describe());
        }
        return s.errors() > 0 ? 1 : 0;
    }

    /** What is wrong with the arguments, before Spark starts; null if nothing. */
    private String usageProblem(List<String> inputs) {
        if (records.problem() != null) {
            return records.problem();
        }
        if (splitMb < 0) {
            return "--split-mb must be 0 (choose) or more, was " + splitMb;
        }
        if (options.maxQuotes < 1 || options.maxEntities < 1 || options.maxCorrections < 1) {
            return "--max-quotes, --max-entities and --max-corrections must be at least 1";
        }
        // Whether the inputs exist and the output does not is for the job to say: on a cluster, a plain
        // path names a file of the cluster's file system, not of this machine.
        if (inputs.contains("-")) {
            return "standard input ('-') cannot be read by Spark; give files or directories";
        }
        return null;
    }

    private static boolean sparkOnClassPath() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
