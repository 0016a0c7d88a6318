package dev.whosaid.spark;

import dev.whosaid.batch.FileSplit;
import dev.whosaid.batch.Inputs;
import dev.whosaid.batch.SplitRecords;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code whosaid convert} on Spark: the same records in, exactly the same lines out (error lines
 * included), written as a directory of JSON Lines part files that, read in order of name, are the
 * output {@code convert} would write.
 *
 * <p>The driver lists the inputs and cuts large JSON Lines files into byte stretches (a listing and a
 * count of line breaks: nothing heavy). Each split becomes one partition, in input order; each executor
 * builds one pipeline, from {@link PipelineSettings}, and shares it among its tasks.
 */
public final class SparkConversion {
    /** Stretches are cut to give each core about this many tasks, so that a slow one does not hold the job. */
    private static final int TASKS_PER_CORE = 4;
    private static final long MIN_SPLIT_BYTES = 64 << 10;
    private static final long MAX_SPLIT_BYTES = 128L << 20;

    private SparkConversion() {
    }

    /** How the inputs are read and the output directory is written. */
    public enum Format {
        /** JSON Lines part files: {@code convert}'s lines. */
        JSON_LINES,
        /** Parquet with the output contract as a typed schema (offsets integers, the date a date, …). */
        PARQUET
    }

    /**
     * One run.
     *
     * @param inputs     files and directories, as for {@code convert} (not standard input)
     * @param output     the directory to write; it must not exist unless {@code overwrite}
     * @param splitBytes  the size of a JSON Lines stretch; 0 to choose from the input's size and the cores
     * @param inputFormat {@code JSON_LINES}: what {@code convert} reads; {@code PARQUET}: Parquet files
     *                    (or directories of them) with the record's fields as columns
     */
    public record Job(List<String> inputs, String output, PipelineSettings settings, long splitBytes,
                      boolean overwrite, Format inputFormat, Format format) {
        /** A job reading what {@code convert} reads and writing JSON Lines. */
        public Job(List<String> inputs, String output, PipelineSettings settings, long splitBytes, boolean overwrite) {
            this(inputs, output, settings, splitBytes, overwrite, Format.JSON_LINES, Format.JSON_LINES);
        }

        public Job {
            if (inputFormat == null || format == null) {
                throw new IllegalArgumentException((inputFormat == null ? "inputFormat" : "format")
                        + " must not be null");
            }
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("inputs must not be empty");
            }
            if (inputs.contains("-")) {
                throw new IllegalArgumentException("inputs: standard input ('-') cannot be read by a cluster");
            }
            if (output == null || output.isBlank()) {
                throw new IllegalArgumentException("output must be a directory");
            }
            if (splitBytes < 0) {
                throw new IllegalArgumentException("splitBytes must be 0 (choose) or positive, was " + splitBytes);
            }
        }
    }

    /** What a run did: records and quotes written, error lines by code, splits, pipelines built, time. */
    public record Summary(long records, long quotes, Map<String, Long> errorsByCode, int splits,
                          long pipelinesBuilt, Duration elapsed) {
        public long errors() {
            return errorsByCode.values().stream().mapToLong(Long::longValue).sum();
        }

        public String describe() {
            double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
            String codes = errorsByCode.isEmpty() ? "none" : errorsByCode.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "%,d records (%.2f/s), %,d quotes, errors: %s; %,d splits,"
                    + " %,d pipeline%s built, %.1f s", records, records / seconds, quotes, codes, splits,
                    pipelinesBuilt, pipelinesBuilt == 1 ? "" : "s", seconds);
        }
    }

    /**
     * Runs the job on a session of its own (master from {@code master}, or from spark-submit if null),
     * stopped at the end; if the JVM already has a session, on that one, left running.
     */
    public static Summary run(Job job, String master) throws IOException {
        boolean own = SparkSession.getDefaultSession().isEmpty();
        SparkSession.Builder b = SparkSession.builder().appName("whosaid convert");
        if (master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                b.config("spark.ui.enabled", "false"); // one machine: no web server wanted
            }
        }
        SparkSession spark = b.getOrCreate();
        try {
            return run(spark, job);
        } finally {
            if (own) {
                spark.stop();
            }
        }
    }

    /** Runs the job on a session the caller owns. */
    public static Summary run(SparkSession spark, Job job) throws IOException {
        long started = System.nanoTime();
        PipelineSettings settings = job.settings();
        HadoopFiles cluster = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        org.apache.hadoop.fs.Path given = new org.apache.hadoop.fs.Path(job.output());
        org.apache.hadoop.fs.Path output = cluster.fileSystem(given).makeQualified(given);
        if (!job.overwrite() && cluster.fileSystem(output).exists(output)) {
            throw new IllegalArgumentException("the output directory " + job.output()
                    + " exists; overwrite (--overwrite) to replace it");
        }
        String qualified = output.toString();
        for (String name : job.inputs()) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(name);
            String in = cluster.fileSystem(p).makeQualified(p).toString();
            if (in.equals(qualified) || in.startsWith(qualified + "/")) {
                // Spark empties an output it overwrites before any task reads: the input would be lost
                throw new IllegalArgumentException("the output directory " + job.output() + " holds the input "
                        + name + "; writing it would delete the input");
            }
        }
        ConversionCounters counters = ConversionCounters.register(spark);
        Dataset<String> lines;
        int parts;
        if (job.inputFormat() == Format.PARQUET) {
            Dataset<Row> rows = spark.read().parquet(job.inputs().toArray(String[]::new))
                    .withColumn(ConvertRows.ORIGIN, functions.input_file_name());
            lines = rows.toJSON().mapPartitions(new ConvertRows(settings, counters), Encoders.STRING());
            parts = rows.rdd().getNumPartitions();
        } else {
            List<SplitTask> planned = plan(job, settings, cluster, output,
                    spark.sparkContext().defaultParallelism());
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<SplitTask> tasks = numberLines(jsc, planned, cluster);
            // One split per partition, in input order: part files in order of name are the input's order.
            Dataset<SplitTask> ds = spark.createDataset(jsc.parallelize(tasks, Math.max(1, tasks.size())).rdd(),
                    Encoders.javaSerialization(SplitTask.class));
            lines = ds.mapPartitions(new ConvertSplits(settings, cluster, counters), Encoders.STRING());
            parts = tasks.size();
        }
        SaveMode mode = job.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (job.format() == Format.PARQUET) {
            // Spark's JSON reader types the lines by the contract; FAILFAST: a line that does not fit is
            // a failed job, never a row of nulls.
            spark.read().schema(OutputSchema.RECORD).option("mode", "FAILFAST").json(lines)
                    .write().mode(mode).parquet(job.output());
        } else {
            lines.write().mode(mode).text(job.output());
        }

        return new Summary(counters.records().value(), counters.quotes().value(), counters.errorCounts(),
                parts, counters.pipelines().value(), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The splits of the inputs, in order. A plain path on a local file system is listed as {@code convert}
     * lists it, names and all; anything else (a path on the cluster's default file system, a URI such as
     * {@code hdfs://} or {@code s3a://}) through Hadoop, by the same rules. {@code output}, qualified, is
     * left out of the listings.
     */
    private static List<SplitTask> plan(Job job, PipelineSettings settings, HadoopFiles cluster,
                                        org.apache.hadoop.fs.Path output, int cores)
            throws IOException {
        long bytes = 0;
        for (String name : job.inputs()) {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(name);
            try {
                bytes += cluster.fileSystem(p).getContentSummary(p).getLength();
            } catch (FileNotFoundException e) {
                throw new IllegalArgumentException("no such file or directory: " + name, e);
            }
        }
        long size = job.splitBytes() > 0 ? job.splitBytes() : splitBytes(bytes, cores);
        // The output is never read back, even inside a directory given: its part files end in .txt.
        List<java.nio.file.Path> outputs = "file".equals(output.toUri().getScheme())
                ? List.of(java.nio.file.Path.of(output.toUri())) : List.of();
        List<SplitTask> out = new ArrayList<>();
        for (String name : job.inputs()) {
            if (isLocal(name, cluster)) {
                try (Inputs in = new Inputs(List.of(name), null, settings.fields(), settings.maxRecordChars(),
                        outputs)) {
                    in.splits(size).forEach(s -> out.add(new SplitTask(s, false, 1)));
                }
            } else {
                HadoopListing.splits(name, cluster, size, output).forEach(s -> out.add(new SplitTask(s, true, 1)));
            }
        }
        return out;
    }

    private static boolean isLocal(String name, HadoopFiles cluster) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(name);
        return p.toUri().getScheme() == null && "file".equals(cluster.fileSystem(p).getScheme());
    }

    /** Stretches that give every core a few tasks, within bounds that keep a task's overhead small. */
    static long splitBytes(long inputBytes, int cores) {
        long perTask = inputBytes / ((long) Math.max(1, cores) * TASKS_PER_CORE);
        return Math.min(MAX_SPLIT_BYTES, Math.max(MIN_SPLIT_BYTES, perTask));
    }

    /**
     * Each split with the number of its first line: the line breaks of the stretches before it in its
     * file are counted on the executors (reading bytes, not parsing), then summed here.
     */
    private static List<SplitTask> numberLines(JavaSparkContext jsc, List<SplitTask> planned, HadoopFiles cluster) {
        List<Long> starts = planned.stream().anyMatch(t -> t.split().isRange())
                ? jsc.parallelize(planned, Math.max(1, planned.size())).map(new CountLineStarts(cluster)).collect()
                : planned.stream().map(s -> 0L).toList();
        List<Long> first = FileSplit.firstLines(planned.stream().map(SplitTask::split).toList(), starts);
        List<SplitTask> tasks = new ArrayList<>(planned.size());
        for (int i = 0; i < planned.size(); i++) {
            tasks.add(new SplitTask(planned.get(i).split(), planned.get(i).distributed(), first.get(i)));
        }
        return tasks;
    }

    /** The lines that start in a split's stretch. */
    private static final class CountLineStarts implements Function<SplitTask, Long> {
        private final HadoopFiles cluster;

        CountLineStarts(HadoopFiles cluster) {
            this.cluster = cluster;
        }

        @Override
        public Long call(SplitTask t) {
            try {
                return SplitRecords.lineStarts(t.split(), t.opener(cluster));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
