package dev.whosaid.spark;

import dev.whosaid.TestPipeline;
import dev.whosaid.batch.InputRecord;
import dev.whosaid.batch.Inputs;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.batch.RecordFields;
import dev.whosaid.cli.CliRun;
import dev.whosaid.model.Json;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Spark job on a local session with two cores: the output, read in order of part file, is line for
 * line what {@code convert} writes for the same input, error lines included; and the two cores' tasks
 * share one pipeline.
 */
class SparkConversionTest {
    private static final long MAX_CHARS = 20_000;
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("whosaid test")
                .config("spark.ui.enabled", "false").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theOutputIsWhatConvertWritesAndTheTasksShareOnePipeline() throws IOException {
        ExecutorPipelines.forgetAll(); // whatever ran before in this JVM, this run must build one
        List<String> inputs = List.of(writeArchive().toString());
        List<String> expected = convert(inputs, RecordFields.DEFAULT);

        Path out = dir.resolve("out");
        // stretches of 300 bytes: the plain file is cut into many, the gzip and the text are read whole
        SparkConversion.Summary s = SparkConversion.run(spark, new SparkConversion.Job(inputs, out.toString(),
                settings(), 300, false));

        List<String> actual = partFiles(out);
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(Json.reader().readTree(actual.get(i))).as("record %d", i + 1)
                    .isEqualTo(Json.reader().readTree(expected.get(i)));
        }
        assertThat(actual).isEqualTo(expected); // byte for byte, too
        assertThat(s.splits()).isGreaterThan(4);
        assertThat(s.records()).isEqualTo(expected.size());
        assertThat(s.errorsByCode()).containsOnlyKeys("E001", "E002", "E003", "E004", "E008")
                .containsEntry("E001", 2L);
        assertThat(s.quotes()).isPositive();
        // many partitions on two cores, one pipeline: the second task found the first one's
        assertThat(s.pipelinesBuilt()).isEqualTo(1);
    }

    @Test
    void throughHadoopTheListingIsTheLocalOneAndTheOutputConvertsToo() throws IOException {
        Path archive = writeArchive();
        HadoopFiles cluster = new HadoopFiles(spark.sparkContext().hadoopConfiguration());
        for (long size : new long[] {300, 1 << 20}) {
            try (Inputs in = new Inputs(List.of(archive.toString()), null, RecordFields.DEFAULT, MAX_CHARS)) {
                assertThat(HadoopListing.splits(archive.toString(), cluster, size, null)).isEqualTo(in.splits(size));
            }
        }
        // a URI goes through Hadoop: listing, opening, seeking; only the names in messages say file://
        String uri = archive.toUri().toString().replaceAll("/$", "");
        List<String> expected = convert(List.of(archive.toString()), RecordFields.DEFAULT);
        Path out = dir.resolve("out-uri");
        SparkConversion.Summary s = SparkConversion.run(spark, new SparkConversion.Job(List.of(uri), out.toString(),
                settings(), 300, false));
        assertThat(s.splits()).isGreaterThan(4);
        assertThat(partFiles(out)).isEqualTo(expected.stream()
                .map(l -> l.replace(archive.toString(), uri)).toList());
    }

    @Test
    void theParquetOutputHoldsTheSameRecordsTyped() throws IOException {
        List<String> inputs = List.of(writeArchive().toString());
        List<String> expected = convert(inputs, RecordFields.DEFAULT);
        Path out = dir.resolve("out-parquet");
        SparkConversion.run(spark, new SparkConversion.Job(inputs, out.toString(), settings(), 300, false,
                SparkConversion.Format.JSON_LINES, SparkConversion.Format.PARQUET));

        Dataset<Row> rows = spark.read().parquet(out.toString());
        assertThat(rows.schema().apply("quotes").dataType().simpleString()).contains("start:int", "confidence:double");
        assertThat(rows.schema().apply("date").dataType()).isEqualTo(DataTypes.DateType);
        // every record is there with its id, error code and number of quotes (a reader of a Parquet
        // directory may take its files in any order; the part files themselves are in input order)
        List<String> records = new ArrayList<>();
        for (String line : expected) {
            JsonNode n = Json.reader().readTree(line);
            records.add((n.path("id").isTextual() ? n.get("id").asText() : null) + " "
                    + (n.has("error") ? n.get("error").get("code").asText() : null) + " "
                    + (n.has("quotes") ? n.get("quotes").size() : -1));
        }
        List<Row> read = rows.selectExpr("id", "error.code", "size(quotes)").collectAsList();
        assertThat(read).extracting(r -> r.getString(0) + " " + r.getString(1) + " " + r.getInt(2))
                .containsExactlyInAnyOrderElementsOf(records);
        // a quote keeps its words and offsets
        JsonNode firstQuote = expected.stream().map(l -> {
            try {
                return Json.reader().readTree(l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).filter(n -> n.path("quotes").size() > 0).findFirst().orElseThrow().get("quotes").get(0);
        Row q = rows.where("size(quotes) > 0").selectExpr("quotes[0] as q").first().getStruct(0);
        assertThat(q.<String>getAs("text")).isEqualTo(firstQuote.get("text").asText());
        assertThat(q.<Integer>getAs("start")).isEqualTo(firstQuote.get("start").asInt());
    }

    @Test
    void aParquetInputConvertsLikeTheSameRecordsInJsonLines() throws IOException {
        Path jsonl = dir.resolve("rows.jsonl");
        Files.write(jsonl, List.of(
                "{\"id\":\"p1\",\"text\":\"“We will not accept this,” said Stef Blok.\",\"date\":\"2020-09-03\","
                        + "\"source\":\"wire\"}",
                "{\"id\":\"p2\",\"text\":\"The mayor said the bridge would reopen.\",\"source\":\"paper\"}",
                "{\"id\":\"p3\",\"source\":\"no text\"}"), StandardCharsets.UTF_8);
        // the same records as Parquet, the date a date column
        Path parquet = dir.resolve("rows.parquet");
        spark.read().schema("id string, text string, date date, source string").json(jsonl.toString())
                .coalesce(1).write().parquet(parquet.toString());
        Path out = dir.resolve("out-from-parquet");
        SparkConversion.Summary s = SparkConversion.run(spark, new SparkConversion.Job(List.of(parquet.toString()),
                out.toString(), settings(), 0, false, SparkConversion.Format.PARQUET,
                SparkConversion.Format.JSON_LINES));

        assertThat(s.records()).isEqualTo(3);
        assertThat(s.errorsByCode()).containsExactly(Map.entry("E002", 1L));
        List<String> expected = convert(List.of(jsonl.toString()), RecordFields.DEFAULT);
        List<String> actual = partFiles(out);
        for (String id : List.of("p1", "p2")) {
            assertThat(line(actual, id)).as(id).isEqualTo(line(expected, id));
        }
        assertThat(line(actual, "p3").get("error").get("message").asText()).contains("no text", "rows.parquet");
    }

    private static JsonNode line(List<String> lines, String id) throws IOException {
        for (String l : lines) {
            JsonNode n = Json.reader().readTree(l);
            if (id.equals(n.path("id").asText())) {
                return n;
            }
        }
        throw new AssertionError("no record " + id + " in " + lines);
    }

    @Test
    void anOutputThatExistsIsRefusedUnlessOverwriting() throws IOException {
        Path in = dir.resolve("one.jsonl");
        Files.writeString(in, "{\"id\": \"x\", \"text\": \"He said no.\"}\n");
        Path out = Files.createDirectories(dir.resolve("taken"));
        PipelineSettings settings = PipelineSettings.of(TestPipeline.whosaid().options(), null, RecordFields.DEFAULT,
                MAX_CHARS);
        assertThatThrownBy(() -> SparkConversion.run(spark, new SparkConversion.Job(List.of(in.toString()),
                out.toString(), settings, 0, false))).hasMessageContaining("exists; overwrite");
        SparkConversion.Summary s = SparkConversion.run(spark, new SparkConversion.Job(List.of(in.toString()),
                out.toString(), settings, 0, true));
        assertThat(s.records()).isEqualTo(1);
        assertThat(partFiles(out)).hasSize(1);
    }

    @Test
    void theCommandLineRunsTheJobAndRefusesWhatItCannotDo() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"“We will win,” she said.\"}\n{\"id\": \"b\"}\n");
        Path out = dir.resolve("cli-out");
        CliRun r = CliRun.of("spark", in.toString(), out.toString(), "--master", "local[2]");
        assertThat(r.code()).as(r.err()).isEqualTo(1); // the second record has no text: an error line
        assertThat(r.err()).contains("2 records", "E002 1", "1 pipeline built");
        assertThat(partFiles(out)).hasSize(2);
        assertThat(spark.sparkContext().isStopped()).as("the test's session is left running").isFalse();

        CliRun exists = CliRun.of("spark", in.toString(), out.toString());
        assertThat(exists.code()).isEqualTo(2);
        assertThat(exists.err()).contains("exists; overwrite (--overwrite)");
        CliRun stdin = CliRun.of("spark", "-", dir.resolve("other").toString());
        assertThat(stdin.code()).isEqualTo(2);
        assertThat(stdin.err()).contains("standard input");
        CliRun missing = CliRun.of("spark", dir.resolve("nope.jsonl").toString(), dir.resolve("other").toString());
        assertThat(missing.err()).contains("no such file or directory");
    }

    @Test
    void anOutputInsideTheInputDirectoryIsNotReadBack() throws IOException {
        Path archive = writeArchive();
        Path out = archive.resolve("whosaid-out");
        SparkConversion.Summary first = SparkConversion.run(spark, new SparkConversion.Job(
                List.of(archive.toString()), out.toString(), settings(), 0, false));
        SparkConversion.Summary again = SparkConversion.run(spark, new SparkConversion.Job(
                List.of(archive.toString()), out.toString(), settings(), 0, true));
        assertThat(again.records()).isEqualTo(first.records());
        String uri = archive.toUri().toString();
        SparkConversion.Summary throughHadoop = SparkConversion.run(spark, new SparkConversion.Job(
                List.of(uri), out.toUri().toString(), settings(), 0, true));
        assertThat(throughHadoop.records()).isEqualTo(first.records());
        // the other way round, Spark would empty the input before reading it
        assertThatThrownBy(() -> SparkConversion.run(spark, new SparkConversion.Job(List.of(out.toString()),
                archive.toString(), settings(), 0, true))).hasMessageContaining("holds the input");
    }

    @Test
    void badJobsAreRefusedByArgument() {
        PipelineSettings settings = PipelineSettings.of(TestPipeline.whosaid().options(), null, RecordFields.DEFAULT,
                MAX_CHARS);
        assertThatThrownBy(() -> new SparkConversion.Job(List.of("-"), "out", settings, 0, false))
                .hasMessageContaining("inputs");
        assertThatThrownBy(() -> new SparkConversion.Job(List.of("a.jsonl"), " ", settings, 0, false))
                .hasMessageContaining("output");
        assertThatThrownBy(() -> new SparkConversion.Job(List.of("a.jsonl"), "out", settings, -1, false))
                .hasMessageContaining("splitBytes");
    }

    @Test
    void stretchesGiveEveryCoreAFewTasksWithinBounds() {
        assertThat(SparkConversion.splitBytes(1_000, 2)).isEqualTo(64 << 10);
        assertThat(SparkConversion.splitBytes(80L << 20, 2)).isEqualTo(10L << 20);
        assertThat(SparkConversion.splitBytes(1L << 40, 8)).isEqualTo(128L << 20);
    }

    /** A directory of news: a plain JSON Lines file, a gzip one and an article in a text file. */
    private Path writeArchive() throws IOException {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.write(archive.resolve("news.jsonl"), newsLines(), StandardCharsets.UTF_8);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(archive.resolve("more.jsonl.gz")))) {
            out.write(String.join("\n", newsLines().subList(0, 4)).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(archive.resolve("story.txt"), "“We will not give in,” the mayor said on Monday.");
        return archive;
    }

    /** The settings convert's output is compared with: the test pipeline's options, the seed's date. */
    private static PipelineSettings settings() {
        return PipelineSettings.of(TestPipeline.whosaid().options(), TestPipeline.SEED_DATE, RecordFields.DEFAULT,
                MAX_CHARS);
    }

    /** The seed article, hand-written news and bad records of several kinds, blank lines among them. */
    private static List<String> newsLines() throws IOException {
        String seed = Json.mapper().writeValueAsString(Map.of("id", "seed", "text", TestPipeline.seedText(),
                "date", TestPipeline.SEED_DATE.toString()));
        return List.of(
                seed,
                "{\"id\": \"n1\", \"text\": \"“We will not accept this,” said Stef Blok, the Dutch foreign minister.\"}",
                "",
                "{\"id\": \"n2\", \"text\": \"The mayor said on Tuesday that the bridge would reopen in May.\","
                        + " \"date\": \"2021-03-02\", \"source\": \"wire\"}",
                "{\"id\": \"bad-json\", \"text\": ",
                "{\"id\": \"no-text\"}",
                "{\"id\": \"bad-date\", \"text\": \"He said so.\", \"date\": \"yesterday\"}",
                "[\"not\", \"an\", \"object\"]",
                "{\"id\": \"n3\", \"text\": \"Officials said the talks had failed. “It is over,” one of them told"
                        + " reporters.\"}",
                "{\"id\": \"too-long\", \"text\": \"" + "word ".repeat(5_000) + "\"}",
                "{\"id\": \"n4\", \"text\": \"Kayleigh McEnany said the president would sign the order.\"}",
                "two objects {} {}");
    }

    /** What convert writes for the inputs: the records read whole, converted in order. */
    private static List<String> convert(List<String> inputs, RecordFields fields) throws IOException {
        RecordConverter converter = new RecordConverter(TestPipeline.whosaid(), TestPipeline.SEED_DATE, fields,
                MAX_CHARS);
        List<String> out = new ArrayList<>();
        try (Inputs in = new Inputs(inputs, null, fields, MAX_CHARS)) {
            for (InputRecord r = in.next(); r != null; r = in.next()) {
                out.add(converter.convert(r).json());
            }
        }
        return out;
    }

    /** The lines of a Spark output directory, part file by part file in order of name. */
    private static List<String> partFiles(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }
}
