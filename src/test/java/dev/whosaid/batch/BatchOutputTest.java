package dev.whosaid.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.whosaid.batch.QuoteCsvTest.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole records out, each with its CSV rows; a resumed output continues and its CSV is rebuilt. */
class BatchOutputTest {
    private static final String ERROR = "{\"id\":\"bad\",\"error\":{\"code\":\"E001\",\"message\":\"not valid JSON\"}}";
    private static final String NO_QUOTES = analysis("quiet", "");

    @TempDir
    Path dir;

    @Test
    void createWritesTheHeaderThenOneLinePerRecordAndOneRowPerQuote() throws IOException {
        Path jsonl = dir.resolve("out.jsonl");
        Path csv = dir.resolve("quotes.csv");
        String twoQuotes = analysis("doc-1", quote("q1", "Yes, \"we\" will.") + "," + quote("q2", "No."));
        try (BatchOutput out = BatchOutput.create(jsonl, csv)) {
            out.write(twoQuotes);
            out.write(ERROR);
            out.write(NO_QUOTES);
        }
        assertThat(Files.readString(jsonl)).isEqualTo(twoQuotes + "\n" + ERROR + "\n" + NO_QUOTES + "\n");
        String table = Files.readString(csv);
        assertThat(table).startsWith(QuoteCsv.header());
        List<List<String>> rows = parse(table.substring(QuoteCsv.header().length()));
        assertThat(rows).extracting(r -> r.get(0) + "/" + r.get(1) + "/" + r.get(3))
                .containsExactly("doc-1/q1/Yes, \"we\" will.", "doc-1/q2/No.");
    }

    @Test
    void createWithoutACsvWritesOnlyTheLines() throws IOException {
        Path jsonl = dir.resolve("out.jsonl");
        try (BatchOutput out = BatchOutput.create(jsonl, null)) {
            out.write(ERROR);
        }
        assertThat(Files.readString(jsonl)).isEqualTo(ERROR + "\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(jsonl);
        }
    }

    @Test
    void createReplacesWhatTheFilesHeld() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("out.jsonl"), "old line\nanother\n");
        Path csv = Files.writeString(dir.resolve("quotes.csv"), "old,table\n");
        try (BatchOutput out = BatchOutput.create(jsonl, csv)) {
            out.write(NO_QUOTES);
        }
        assertThat(Files.readString(jsonl)).isEqualTo(NO_QUOTES + "\n");
        assertThat(Files.readString(csv)).isEqualTo(QuoteCsv.header());
    }

    @Test
    void eachRecordIsOnDiskAsSoonAsItIsWritten() throws IOException {
        // a reader following the file, or a crash, must find the finished record whole
        Path jsonl = dir.resolve("out.jsonl");
        Path csv = dir.resolve("quotes.csv");
        String record = analysis("doc-1", quote("q1", "Now."));
        try (BatchOutput out = BatchOutput.create(jsonl, csv)) {
            out.write(record);
            assertThat(Files.readString(jsonl)).isEqualTo(record + "\n");
            assertThat(parse(Files.readString(csv))).hasSize(2);
        }
    }

    @Test
    void toStreamWritesToTheCallersStreamAndLeavesItOpen() throws IOException {
        var closed = new boolean[1];
        ByteArrayOutputStream stdout = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        Path csv = dir.resolve("quotes.csv");
        try (BatchOutput out = BatchOutput.toStream(stdout, csv)) {
            out.write(analysis("doc-1", quote("q1", "Here.")));
        }
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(analysis("doc-1", quote("q1", "Here.")) + "\n");
        assertThat(closed[0]).isFalse();
        assertThat(parse(Files.readString(csv))).hasSize(2);
    }

    @Test
    void resumeAppendsAfterTheKeptRecordsAndRebuildsTheCsvFromThem() throws IOException {
        Path jsonl = dir.resolve("out.jsonl");
        Path csv = dir.resolve("quotes.csv");
        String first = analysis("doc-1", quote("q1", "First, \"one\".") + "," + quote("q2", "First, two."));
        String second = analysis("doc-2", quote("q1", "Second\nline."));
        Files.writeString(jsonl, first + "\n" + ERROR + "\n" + second + "\n" + "{\"id\":\"doc-3\",\"qu");
        // the CSV of the run that died: a row the JSON Lines file never got, a row lost
        Files.writeString(csv, QuoteCsv.header() + "doc-1,q1,direct,stale\ndoc-3,q9,direct,never written\n");

        ResumePoint point = ResumePoint.repair(jsonl);
        assertThat(point.records()).isEqualTo(3);
        String third = analysis("doc-3", quote("q1", "Third."));
        try (BatchOutput out = BatchOutput.resume(jsonl, point, csv)) {
            String table = Files.readString(csv);
            assertThat(table).startsWith(QuoteCsv.header());
            assertThat(parse(table.substring(QuoteCsv.header().length())))
                    .extracting(r -> r.get(0) + "/" + r.get(1) + "/" + r.get(3))
                    .containsExactly("doc-1/q1/First, \"one\".", "doc-1/q2/First, two.", "doc-2/q1/Second\nline.");
            out.write(third);
        }

        assertThat(Files.readString(jsonl)).isEqualTo(first + "\n" + ERROR + "\n" + second + "\n" + third + "\n");
        assertThat(parse(Files.readString(csv))).extracting(r -> r.get(0) + "/" + r.get(1))
                .containsExactly("doc_id/quote_id", "doc-1/q1", "doc-1/q2", "doc-2/q1", "doc-3/q1");
    }

    @Test
    void resumeWithoutACsvOnlyAppends() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("out.jsonl"), ERROR + "\n");
        try (BatchOutput out = BatchOutput.resume(jsonl, ResumePoint.repair(jsonl), null)) {
            out.write(NO_QUOTES);
        }
        assertThat(Files.readString(jsonl)).isEqualTo(ERROR + "\n" + NO_QUOTES + "\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(jsonl);
        }
    }

    @Test
    void resumeOfAnOutputNotYetWrittenStartsAfresh() throws IOException {
        // `convert --resume --csv` run for the first time: repair() calls a missing file a start from nothing
        Path jsonl = dir.resolve("out.jsonl");
        Path csv = dir.resolve("quotes.csv");
        ResumePoint point = ResumePoint.repair(jsonl);
        String record = analysis("doc-1", quote("q1", "Hello."));
        try (BatchOutput out = BatchOutput.resume(jsonl, point, csv)) {
            out.write(record);
        }
        assertThat(Files.readString(jsonl)).isEqualTo(record + "\n");
        assertThat(parse(Files.readString(csv))).hasSize(2);
    }

    @Test
    void aStreamThatCannotBeWrittenStopsTheBatch() throws IOException {
        // standard output into a closed pipe or a full disk: a PrintStream only remembers the failure
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        try (BatchOutput out = BatchOutput.toStream(new PrintStream(broken), null)) {
            assertThatThrownBy(() -> out.write(NO_QUOTES)).isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot write the output");
        }
    }

    @Test
    void aCsvThatCannotBeCreatedLeavesTheOutputAsItWas() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("out.jsonl"), NO_QUOTES + "\n");
        assertThatThrownBy(() -> BatchOutput.create(jsonl, dir.resolve("no/such/dir/q.csv")))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(jsonl)).isEqualTo(NO_QUOTES + "\n");
    }

    @Test
    void anOutputKnowsWhereItWasResumed() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("out.jsonl"), NO_QUOTES + "\n{\"id\":\"x\",\"error\":{}}\n");
        ResumePoint point = ResumePoint.repair(jsonl);
        assertThat(point.records()).isEqualTo(2);
        assertThat(point.errorLines()).isEqualTo(1);
        try (BatchOutput out = BatchOutput.resume(jsonl, point, null)) {
            assertThat(out.resumedFrom()).isEqualTo(point);
        }
        try (BatchOutput out = BatchOutput.create(dir.resolve("new.jsonl"), null)) {
            assertThat(out.resumedFrom()).isEqualTo(ResumePoint.START);
        }
    }

    /** An analysis line as whosaid writes it, with the quotes given (JSON objects joined by commas). */
    private static String analysis(String id, String quotes) {
        return "{\"schemaVersion\":\"1\",\"id\":\"" + id + "\",\"text\":\"...\",\"corrections\":[],"
                + "\"entities\":[{\"id\":\"e1\",\"name\":\"Ann Lee\",\"type\":\"PERSON\",\"titles\":[],"
                + "\"mentions\":[{\"start\":0,\"end\":7,\"text\":\"Ann Lee\"}]}],"
                + "\"quotes\":[" + quotes + "],\"warnings\":[]}";
    }

    private static String quote(String id, String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"id\":\"" + id + "\",\"kind\":\"direct\",\"text\":\"" + escaped + "\",\"start\":10,\"end\":20,"
                + "\"speaker\":{\"entity\":\"e1\",\"name\":\"Ann Lee\"},\"about\":[],\"confidence\":0.9}";
    }
}
