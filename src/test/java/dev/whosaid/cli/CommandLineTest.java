package dev.whosaid.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.TestPipeline;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as scripts call it: exit codes, one output line per record, errors as records. */
class CommandLineTest {

    @TempDir
    Path dir;

    @Test
    void analyzePrintsOneContractObjectPerFile() throws Exception {
        CliRun r = run("analyze", TestPipeline.SEED.toString(), "--date", "2020-09-03", "--compact");
        assertThat(r.code()).isZero();
        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(1);
        JsonNode a = out.get(0);
        assertThat(a.get("schemaVersion").asText()).isEqualTo("1.0");
        assertThat(a.get("id").asText()).isEqualTo("icc-sanctions-mt");
        assertThat(a.get("date").asText()).isEqualTo("2020-09-03");
        assertThat(a.get("text").asText()).isEqualTo(TestPipeline.seedText());
        assertThat(a.get("quotes").size()).isGreaterThanOrEqualTo(9);
    }

    @Test
    void analyzeReportsAMissingFileAsAnErrorRecordAndGoesOn() throws Exception {
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "“We are ready for the talks tomorrow,” Ana Ruiz said.");
        CliRun r = run("analyze", dir.resolve("missing.txt").toString(), ok.toString(), "--compact");
        assertThat(r.code()).isEqualTo(1);
        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("error").get("code").asText()).isEqualTo("E005");
        assertThat(out.get(1).get("quotes").get(0).get("speaker").get("name").asText()).isEqualTo("Ana Ruiz");
    }

    @Test
    void analyzeDecodesNonUtf8InputWithAWarning() throws Exception {
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "“Caf\u00e9 prices are rising every week,” said Jos\u00e9 Mart\u00ednez.".getBytes(
                java.nio.charset.Charset.forName("windows-1252")));
        CliRun r = run("analyze", latin.toString(), "--compact");
        JsonNode a = lines(r.out()).get(0);
        assertThat(a.get("text").asText()).contains("Café");
        assertThat(a.get("warnings").toString()).contains("W005");
    }

    @Test
    void aUserGazetteerAddsNamesThatRepairUses() throws Exception {
        Path text = dir.resolve("bridge.txt");
        Files.writeString(text, "“The bridge opens in May,” jane quimby said on Monday.");
        Path gazetteer = dir.resolve("mine.tsv");
        Files.writeString(gazetteer, "# our city hall\njane-quimby\tPERSON\tJane Quimby\t\tMayor of Springfield|US|2019|\tUS\t\n");
        JsonNode with = lines(run("analyze", text.toString(), "--compact", "--gazetteer", gazetteer.toString()).out()).get(0);
        assertThat(with.get("corrections").toString()).contains("\"replacement\":\"Jane Quimby\"");
        assertThat(with.get("quotes").get(0).get("speaker").get("name").asText()).isEqualTo("Jane Quimby");
        JsonNode without = lines(run("analyze", text.toString(), "--compact").out()).get(0);
        assertThat(without.get("corrections").toString()).doesNotContain("Jane Quimby");
    }

    @Test
    void aMalformedGazetteerFailsInOneLineNamingFileAndLine() throws Exception {
        Path gazetteer = dir.resolve("broken.tsv");
        Files.writeString(gazetteer, "# header\nnot enough\tfields\n");
        CliRun r = run("analyze", TestPipeline.SEED.toString(), "--gazetteer", gazetteer.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("whosaid analyze: bad gazetteer file: ").contains("broken.tsv:2:")
                .doesNotContain("\tat ");
    }

    @Test
    void nameRepairCanBeSwitchedOff() throws Exception {
        JsonNode a = lines(run("analyze", TestPipeline.SEED.toString(), "--date", "2020-09-03", "--compact",
                "--no-name-repair").out()).get(0);
        assertThat(a.get("corrections").toString()).doesNotContain("\"kind\":\"name\"");
        assertThat(a.get("corrections").size()).isPositive(); // markup and marks are still repaired
    }

    @Test
    void aBadDateIsRejectedWithAMessageNamingTheOption() throws Exception {
        CliRun r = run("analyze", TestPipeline.SEED.toString(), "--date", "3 Sept");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("--date");
    }

    @Test
    void convertWritesOneLinePerRecordInOrderAndNeverLosesOne() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": \"a\", \"text\": \"“We will not raise taxes this year,” Ana Ruiz said.\", \"date\": \"2021-03-01\", \"source\": \"wire\"}",
                "{not json",
                "",
                "{\"id\": \"b\"}",
                "{\"id\": \"c\", \"text\": \"Nothing quoted here.\", \"date\": \"March 3\"}",
                "[1, 2]",
                "{\"id\": \"d\", \"text\": \"\"}",
                "{\"id\": 7, \"text\": \"“Prices will fall soon, I am sure of it,” said Lee Chang.\"}") + "\n");
        CliRun r = run("convert", in.toString(), "-o", out.toString(), "--threads", "2");
        assertThat(r.code()).as("some records became error lines").isEqualTo(1);
        List<JsonNode> lines = lines(Files.readString(out));
        assertThat(lines).hasSize(7); // one per record; the blank line is not a record
        assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
        assertThat(lines.get(0).get("meta").get("source").asText()).isEqualTo("wire");
        assertThat(lines.get(0).get("quotes").get(0).get("speaker").get("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("E001");
        assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("E002");
        assertThat(lines.get(2).get("id").asText()).isEqualTo("b");
        assertThat(lines.get(3).get("error").get("code").asText()).isEqualTo("E003");
        assertThat(lines.get(4).get("error").get("code").asText()).isEqualTo("E004");
        assertThat(lines.get(5).get("warnings").toString()).contains("W001");
        assertThat(lines.get(6).get("id").asText()).isEqualTo("7");
        assertThat(r.err()).contains("7 records, 2 quotes, 4 errors (E001 1, E002 1, E003 1, E004 1)")
                .contains("records/s");
    }

    @Test
    void convertReadsGzipAndFieldsNamedTheArchivesWay() throws Exception {
        Path in = dir.resolve("archive.jsonl.gz");
        Path out = dir.resolve("out.jsonl");
        String records = "{\"url\": \"https://example.org/1\", \"body\": \"“We will not raise taxes,” Ana Ruiz said.\","
                + " \"published\": \"2021-03-01\", \"section\": \"politics\"}\n"
                + "{\"url\": \"https://example.org/2\", \"body\": \"Nothing quoted here.\"}\n";
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(in))) {
            gz.write(records.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        CliRun r = run("convert", in.toString(), "-o", out.toString(), "--id-field", "url", "--text-field", "body",
                "--date-field", "published", "--threads", "1");
        assertThat(r.code()).as(r.err()).isZero();
        List<JsonNode> lines = lines(Files.readString(out));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("id").asText()).isEqualTo("https://example.org/1");
        assertThat(lines.get(0).get("date").asText()).isEqualTo("2021-03-01");
        assertThat(lines.get(0).get("meta").toString()).isEqualTo("{\"section\":\"politics\"}");
        assertThat(lines.get(0).get("quotes").get(0).get("speaker").get("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(lines.get(1).has("meta")).isFalse();

        assertThat(run("convert", in.toString(), "--text-field", "url", "--id-field", "url").code()).isEqualTo(2);
        assertThat(run("convert", in.toString(), "--text-field", " ").code()).isEqualTo(2);
        CliRun missing = run("convert", in.toString(), "-o", out.toString(), "--text-field", "content");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(lines(Files.readString(out))).allSatisfy(l -> {
            assertThat(l.get("error").get("code").asText()).isEqualTo("E002");
            assertThat(l.get("error").get("message").asText()).contains("'content'");
        });
    }

    @Test
    void convertReadsDirectoriesAndSeveralInputsInOrderAndWritesTheCsv() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive/2021/03"));
        Files.writeString(archive.resolve("b.txt"), "“We will not raise taxes, not ever,” Ana Ruiz said.");
        Files.writeString(archive.resolve("a.json"), "{\"text\": \"“Prices will fall soon,” said Lee Chang.\"}");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(archive.resolve("c.jsonl.gz")))) {
            gz.write(("{\"id\": \"c1\", \"text\": \"Nothing quoted.\"}\n{\"id\": \"c2\", \"text\": \"None.\"}\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.writeString(archive.resolve("notes.md"), "not an article");
        Path more = Files.writeString(dir.resolve("more.jsonl"), "{\"id\": \"m\", \"text\": \"Hello.\"}\n");
        Path out = dir.resolve("out.jsonl");
        Path csv = dir.resolve("quotes.csv");
        CliRun r = run("convert", dir.resolve("archive").toString(), more.toString(), "-o", out.toString(),
                "--csv", csv.toString(), "--date", "2021-03-02", "--threads", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(lines(Files.readString(out))).extracting(l -> l.get("id").asText())
                .containsExactly("2021/03/a", "2021/03/b", "c1", "c2", "m");
        assertThat(r.err()).contains("skipping 1 file that is not .txt, .json or .jsonl").contains("notes.md")
                .contains("5 records, 2 quotes, 0 errors");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("doc_id,quote_id,kind,text,start,end,speaker,speaker_mention,speaker_type");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("2021/03/a,q1,direct,\"Prices will fall soon,\",").contains("Lee Chang");
        assertThat(rows.get(2)).startsWith("2021/03/b,q1,direct,").contains("Ana Ruiz").contains("2021-03-02");
    }

    @Test
    void convertRefusesWhatCannotWorkBeforeLoadingAnything() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"Hi.\"}\n");
        CliRun noOutput = run("convert", in.toString(), "--resume");
        assertThat(noOutput.code()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--resume needs the output file");
        CliRun clobber = run("convert", in.toString(), "-o", in.toString());
        assertThat(clobber.code()).isEqualTo(2);
        assertThat(clobber.err()).contains("is also an output");
        assertThat(Files.readString(in)).contains("Hi."); // untouched
        CliRun missing = run("convert", dir.resolve("nowhere.jsonl").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file or directory").contains("nowhere.jsonl");
        assertThat(run("convert", in.toString(), "--max-chars", "10").err()).contains("--max-chars");
        CliRun negative = run("analyze", TestPipeline.SEED.toString(), "--time-limit", "-5");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).contains("--time-limit must be 0 (no limit) or more seconds, was -5");
        assertThat(run("convert", in.toString(), "--time-limit", "-1").err()).contains("--time-limit");
        assertThat(run("convert", "-", "-").err()).contains("standard input");
        CliRun unwritable = run("convert", in.toString(), "-o", dir.resolve("no/such/dir/out.jsonl").toString());
        assertThat(unwritable.code()).isEqualTo(2);
        assertThat(unwritable.err()).contains("no/such/dir/out.jsonl");
    }

    @Test
    void convertResumesOnlyTheOutputOfTheSameInput() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\": \"a\", \"text\": \"Hi.\"}\n{\"id\": \"b\", \"text\": \"Ho.\"}\n");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"id\":\"x\",\"error\":{\"code\":\"E002\",\"message\":\"m\"}}\n");
        CliRun other = run("convert", in.toString(), "-o", out.toString(), "--resume");
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).contains("not the same input").contains("'x'").contains("'a'");

        CliRun quiet = run("convert", in.toString(), "-o", out.toString(), "--quiet");
        assertThat(quiet.code()).isZero();
        assertThat(quiet.err()).isEmpty();
        Files.writeString(out, "{\"id\":\"c\"}\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun tooMany = run("convert", in.toString(), "-o", out.toString(), "--resume");
        assertThat(tooMany.code()).isEqualTo(2);
        assertThat(tooMany.err()).contains("the output already holds 3 records but the input has only 2");

        Files.writeString(out, Files.readString(out).replace("{\"id\":\"c\"}\n", ""));
        CliRun done = run("convert", in.toString(), "-o", out.toString(), "--resume");
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.err()).contains("resuming after 2 records").contains("whosaid convert: 0 records, ");
        assertThat(lines(Files.readString(out))).extracting(l -> l.get("id").asText()).containsExactly("a", "b");
    }

    @Test
    void aResumedOutputThatHoldsErrorLinesStillExitsWithOne() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"bad\"}\n{\"id\": \"a\", \"text\": \"Hi.\"}\n");
        Path out = dir.resolve("out.jsonl");
        assertThat(run("convert", in.toString(), "-o", out.toString(), "--quiet").code()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out);
        Files.writeString(out, lines.get(0) + "\n"); // as if killed after the error line

        CliRun resumed = run("convert", in.toString(), "-o", out.toString(), "--resume");
        assertThat(resumed.code()).as("the output holds an error line").isEqualTo(1);
        assertThat(resumed.err()).contains("1 record, 0 quotes, 0 errors")
                .contains("the output already held 1 record (1 error line)");
        assertThat(Files.readAllLines(out)).isEqualTo(lines);
    }

    @Test
    void aSecondRunDoesNotReadItsOwnOutputInTheDirectoryItConverts() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(archive.resolve("a.txt"), "“We will win,” Ana Ruiz said.");
        Path out = archive.resolve("out.jsonl");
        Path csv = archive.resolve("quotes.csv");
        for (int run = 0; run < 2; run++) {
            CliRun r = run("convert", archive.toString(), "-o", out.toString(), "--csv", csv.toString());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(lines(Files.readString(out))).extracting(l -> l.get("id").asText()).containsExactly("a");
        }
        CliRun resumed = run("convert", archive.toString(), "-o", out.toString(), "--csv", csv.toString(), "--resume");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(lines(Files.readString(out))).hasSize(1);
    }

    @Test
    void anOutputIsLeftAsItWasWhenTheCsvCannotBeWritten() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"Hi.\"}\n");
        Path out = Files.writeString(dir.resolve("keep.jsonl"), "{\"id\":\"precious\"}\n");
        CliRun r = run("convert", in.toString(), "-o", out.toString(), "--csv", dir.resolve("no/dir/q.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(Files.readString(out)).isEqualTo("{\"id\":\"precious\"}\n");
    }

    @Test
    void evalScoresASystemFileAgainstGold() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Path sys = dir.resolve("sys.jsonl");
        String text = "“We are ready,” Ana Ruiz said.";
        Files.writeString(gold, "{\"id\": \"a\", \"text\": " + Json.mapper().writeValueAsString(text)
                + ", \"quotes\": [{\"spans\": [[0, 15]], \"kind\": \"direct\", \"speaker\": \"Ana Ruiz\","
                + " \"speaker_spans\": [[17, 25]]}]}\n");
        Files.writeString(sys, "{\"id\": \"a\", \"text\": " + Json.mapper().writeValueAsString(text)
                + ", \"quotes\": [{\"kind\": \"direct\", \"start\": 1, \"end\": 14,"
                + " \"speaker\": {\"name\": \"Ana Ruiz\"}}]}\n");
        CliRun r = run("eval", gold.toString(), sys.toString(), "--subset", "direct", "--json");
        assertThat(r.code()).isZero();
        JsonNode report = Json.mapper().readTree(r.out());
        assertThat(report.get("lenient").get("quote").get("f1").asDouble()).isEqualTo(1.0);
        assertThat(report.get("lenient").get("attribution").get("f1").asDouble()).isEqualTo(1.0);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static List<JsonNode> lines(String jsonLines) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.mapper().readTree(line));
            }
        }
        return out;
    }
}
