package dev.whosaid.batch;

import dev.whosaid.model.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The records of files, directories and standard input, in a stable order, each read within its limits. */
class InputsTest {
    /** Small, so that the text and file limits are quick to reach; JSON lines may be 6 × this + 1 MiB. */
    private static final long MAX_TEXT_CHARS = 100;
    private static final long LINE_LIMIT = MAX_TEXT_CHARS * 6 + (1 << 20);

    @TempDir
    Path dir;

    // ---- directories ----

    @Test
    void aDirectoryIsWalkedRecursivelyInPathOrder() throws IOException {
        // created out of order: the order read must not depend on the order of creation
        write("sub/deeper/e.txt", "e");
        write("c.json", "{\"text\":\"c\"}");
        write("sub/d.txt", "d");
        write("a.txt", "a");
        write("b.jsonl", "{\"text\":\"b1\"}\n{\"text\":\"b2\"}\n");
        write("z.txt", "z");

        List<InputRecord> records = readAll(open(dir));

        assertThat(records).extracting(InputRecord::origin).containsExactly(
                path("a.txt"), path("b.jsonl") + " line 1", path("b.jsonl") + " line 2", path("c.json"),
                path("sub/d.txt"), path("sub/deeper/e.txt"), path("z.txt"));
    }

    @Test
    void aTextFileInADirectoryTakesItsIdFromItsRelativePath() throws IOException {
        write("sub/a.txt", "Ann Lee said “yes”.");

        List<InputRecord> records = readAll(open(dir));

        assertThat(records).singleElement().isInstanceOfSatisfying(InputRecord.Text.class, t -> {
            assertThat(t.id()).isEqualTo("sub/a");
            assertThat(t.origin()).isEqualTo(path("sub/a.txt"));
            assertThat(new String(t.bytes(), StandardCharsets.UTF_8)).isEqualTo("Ann Lee said “yes”.");
        });
    }

    @Test
    void aTextFileGivenByNameTakesItsIdFromItsName() throws IOException {
        write("news/2020/a.TXT", "x");
        assertThat(readAll(open(dir.resolve("news/2020/a.TXT")))).singleElement()
                .isInstanceOfSatisfying(InputRecord.Text.class, t -> assertThat(t.id()).isEqualTo("a"));
    }

    @Test
    void aJsonFileIsOneRecordWithAFallbackIdFromItsPath() throws IOException {
        String json = "{\n  \"text\": \"Ann Lee said so.\",\n  \"date\": \"2020-09-03\"\n}\n";
        write("sub/b.json", json);

        assertThat(readAll(open(dir))).singleElement().isInstanceOfSatisfying(InputRecord.Json.class, j -> {
            assertThat(j.json()).isEqualTo(json);
            assertThat(j.origin()).isEqualTo(path("sub/b.json"));
            assertThat(j.fallbackId()).isEqualTo("sub/b");
        });
    }

    @Test
    void jsonLinesGiveOneRecordPerNonBlankLine() throws IOException {
        write("a.jsonl", "{\"id\":\"1\"}\n\n   \r\n{\"id\":\"2\"}\r\n\n");

        List<InputRecord> records = readAll(open(dir));

        assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r).isInstanceOf(InputRecord.Json.class));
        assertThat(records).extracting(r -> ((InputRecord.Json) r).json())
                .containsExactly("{\"id\":\"1\"}", "{\"id\":\"2\"}");
        assertThat(records).extracting(InputRecord::origin)
                .containsExactly(path("a.jsonl") + " line 1", path("a.jsonl") + " line 4");
        assertThat(records).extracting(r -> ((InputRecord.Json) r).fallbackId()).containsOnlyNulls();
    }

    @Test
    void otherFilesInADirectoryAreSkippedAndCounted() throws IOException {
        write("a.txt", "a");
        write("notes.md", "# notes");
        write("sub/data.csv", "x,y");
        write("sub/b.ndjson", "{\"id\":\"b\"}");

        try (Inputs in = open(dir)) {
            assertThat(in.skippedFiles()).isEqualTo(2);
            assertThat(in.firstSkipped()).isEqualTo(path("notes.md"));
            assertThat(readAll(in)).extracting(InputRecord::origin)
                    .containsExactly(path("a.txt"), path("sub/b.ndjson") + " line 1");
        }
    }

    @Test
    void aSymbolicLinkBackUpTheTreeIsNotWalkedForever() throws IOException {
        write("a/b.txt", "b");
        java.nio.file.Files.createSymbolicLink(dir.resolve("a/loop"), dir);

        assertThat(readAll(open(dir))).extracting(InputRecord::origin).containsExactly(path("a/b.txt"));
    }

    @Test
    void nothingSkippedMeansNoFirstSkipped() throws IOException {
        write("a.txt", "a");
        try (Inputs in = open(dir)) {
            assertThat(in.skippedFiles()).isZero();
            assertThat(in.firstSkipped()).isNull();
        }
    }

    @Test
    void hiddenFilesAndDirectoriesAreNotRead() throws IOException {
        write(".x", "{\"id\":\"hidden\"}");
        write(".hidden.txt", "hidden");
        write(".git/config.json", "{\"id\":\"git\"}");
        write("a.txt", "a");

        assertThat(readAll(open(dir))).extracting(InputRecord::origin).containsExactly(path("a.txt"));
    }

    @Test
    void hiddenFilesAreIgnoredNotCountedAsSkipped() throws IOException {
        // a .git directory or an editor's backup is not part of the archive: no warning about it
        write(".x", "junk");
        write("a.txt", "a");
        write("b.md", "notes");

        try (Inputs in = open(dir)) {
            assertThat(in.skippedFiles()).isEqualTo(1);
            assertThat(in.firstSkipped()).isEqualTo(path("b.md"));
        }
    }

    // ---- gzip ----

    @Test
    void gzipIsDetectedByItsMagicBytesWhateverTheName() throws IOException {
        write("a.jsonl", gzip("{\"id\":\"a1\"}\n{\"id\":\"a2\"}\n"));    // gzip without saying so
        write("b.txt.gz", gzip("Article b."));
        write("c.json", gzip("{\"id\":\"c\"}"));
        write("d.txt.gz", "Not compressed after all.".getBytes(StandardCharsets.UTF_8));

        List<InputRecord> records = readAll(open(dir));

        assertThat(records).hasSize(5);
        assertThat(((InputRecord.Json) records.get(0)).json()).isEqualTo("{\"id\":\"a1\"}");
        assertThat(((InputRecord.Json) records.get(1)).json()).isEqualTo("{\"id\":\"a2\"}");
        assertThat(records.get(2)).isInstanceOfSatisfying(InputRecord.Text.class, t -> {
            assertThat(t.id()).isEqualTo("b");
            assertThat(new String(t.bytes(), StandardCharsets.UTF_8)).isEqualTo("Article b.");
        });
        assertThat(records.get(3)).isInstanceOfSatisfying(InputRecord.Json.class, j -> {
            assertThat(j.json()).isEqualTo("{\"id\":\"c\"}");
            assertThat(j.fallbackId()).isEqualTo("c");
        });
        assertThat(records.get(4)).isInstanceOfSatisfying(InputRecord.Text.class, t -> {
            assertThat(t.id()).isEqualTo("d");
            assertThat(new String(t.bytes(), StandardCharsets.UTF_8)).isEqualTo("Not compressed after all.");
        });
    }

    @Test
    void aTruncatedGzipYieldsItsReadableRecordsThenOneErrorLine() throws IOException {
        byte[] whole = gzip(jsonLines(50));
        byte[] truncated = Arrays.copyOf(whole, whole.length - 100);
        Path file = write("a.jsonl", truncated);
        List<String> readable = completeLinesOf(truncated);
        assertThat(readable).hasSizeGreaterThan(10); // the premise: most of the file is still there

        List<InputRecord> records = readAll(open(file));

        assertThat(records).hasSize(readable.size() + 1);
        assertThat(records.subList(0, readable.size())).extracting(r -> ((InputRecord.Json) r).json())
                .isEqualTo(readable);
        assertThat(records.get(readable.size())).isInstanceOfSatisfying(InputRecord.Unreadable.class, u -> {
            assertThat(u.code()).isEqualTo(ErrorCode.E005);
            assertThat(u.id()).isNull();
            assertThat(u.origin()).startsWith(file.toString());
        });
    }

    @Test
    void theErrorLineOfATruncatedGzipSaysAfterWhichLineItBroke() throws IOException {
        // large enough that the records of the first buffers come out before the break
        byte[] whole = gzip(jsonLines(2000));
        Path file = write("a.jsonl", Arrays.copyOf(whole, whole.length - 100));

        List<InputRecord> records = readAll(open(file));

        long lastLineRead = records.stream().filter(r -> r instanceof InputRecord.Json).count(); // no blank lines
        assertThat(lastLineRead).isPositive();
        assertThat(records.get(records.size() - 1).origin()).isEqualTo(file + " after line " + lastLineRead);
    }

    @Test
    void aTruncatedGzipStopsOnlyItsOwnFile() throws IOException {
        byte[] whole = gzip(jsonLines(5));
        Path broken = write("a.jsonl", Arrays.copyOf(whole, whole.length - 20));
        Path next = write("b.jsonl", "{\"id\":\"after\"}\n");

        List<InputRecord> records = readAll(open(broken, next));

        assertThat(records).filteredOn(r -> r instanceof InputRecord.Unreadable).hasSize(1);
        assertThat(records.get(records.size() - 1)).isEqualTo(
                new InputRecord.Json("{\"id\":\"after\"}", next + " line 1", null));
    }

    @Test
    void aFileThatStartsLikeGzipButIsNotIsAnErrorLine() throws IOException {
        Path fake = write("a.txt", new byte[] {0x1f, (byte) 0x8b, 'n', 'o', 't', ' ', 'g', 'z', 'i', 'p'});
        Path next = write("b.txt", "b");

        List<InputRecord> records = readAll(open(fake, next));

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isInstanceOfSatisfying(InputRecord.Unreadable.class, u -> {
            assertThat(u.code()).isEqualTo(ErrorCode.E005);
            assertThat(u.id()).isEqualTo("a");
            assertThat(u.origin()).isEqualTo(fake.toString());
        });
        assertThat(records.get(1)).isInstanceOf(InputRecord.Text.class);
    }

    // ---- size limits ----

    @Test
    void anOverlongJsonLineIsE008WithTheIdFromItsStart() throws IOException {
        String big = "{\"id\":\"big-1\",\"meta\":{\"a\":[1,2]},\"text\":\"" + "x".repeat((int) LINE_LIMIT) + "\"}";
        Path file = write("a.jsonl", "{\"id\":\"before\"}\n" + big + "\n{\"id\":\"after\"}\n");

        List<InputRecord> records = readAll(open(file));

        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class, u -> {
            assertThat(u.code()).isEqualTo(ErrorCode.E008);
            assertThat(u.id()).isEqualTo("big-1");
            assertThat(u.origin()).isEqualTo(file + " line 2");
            assertThat(u.detail()).contains(String.format(Locale.ROOT, "%,d", big.length()));
        });
        // the record after it is read as usual
        assertThat(records.get(2)).isEqualTo(new InputRecord.Json("{\"id\":\"after\"}", file + " line 3", null));
    }

    @Test
    void anOverlongJsonLineWhoseIdComesAfterTheCutHasNoId() throws IOException {
        String big = "{\"text\":\"" + "x".repeat((int) LINE_LIMIT) + "\",\"id\":\"late\"}";
        Path file = write("a.jsonl", big + "\n");

        assertThat(readAll(open(file))).singleElement().isInstanceOfSatisfying(InputRecord.Unreadable.class, u -> {
            assertThat(u.code()).isEqualTo(ErrorCode.E008);
            assertThat(u.id()).isNull();
        });
    }

    @Test
    void theIdOfAnOverlongLineIsReadFromTheConfiguredFieldAndMayBeANumber() throws IOException {
        String big = "{\"id\":\"not this\",\"url\":42,\"body\":\"" + "x".repeat((int) LINE_LIMIT) + "\"}";
        Path file = write("a.jsonl", big + "\n");

        try (Inputs in = new Inputs(List.of(file.toString()), InputStream.nullInputStream(),
                new RecordFields("url", "body", "published"), MAX_TEXT_CHARS)) {
            assertThat(in.next()).isInstanceOfSatisfying(InputRecord.Unreadable.class,
                    u -> assertThat(u.id()).isEqualTo("42"));
        }
    }

    @Test
    void aJsonLineOfExactlyTheLimitIsRead() throws IOException {
        String prefix = "{\"id\":\"edge\",\"text\":\"";
        String line = prefix + "x".repeat((int) LINE_LIMIT - prefix.length() - 2) + "\"}";
        assertThat(line).hasSize((int) LINE_LIMIT);
        Path file = write("a.jsonl", line + "\n" + line.replace("{", "{ ") + "\n");

        List<InputRecord> records = readAll(open(file));

        assertThat(records.get(0)).isInstanceOfSatisfying(InputRecord.Json.class,
                j -> assertThat(j.json()).isEqualTo(line));
        assertThat(records.get(1)).isInstanceOfSatisfying(InputRecord.Unreadable.class,
                u -> assertThat(u.code()).isEqualTo(ErrorCode.E008));
    }

    @Test
    void aTextFileOverItsByteLimitIsE008() throws IOException {
        long limit = MAX_TEXT_CHARS * 4; // four bytes a character at most
        write("sub/at.txt", "a".repeat((int) limit));
        write("sub/over.txt", "a".repeat((int) limit + 1));

        List<InputRecord> records = readAll(open(dir));

        assertThat(records.get(0)).isInstanceOfSatisfying(InputRecord.Text.class,
                t -> assertThat(t.bytes()).hasSize((int) limit));
        assertThat(records.get(1)).isEqualTo(new InputRecord.Unreadable("sub/over", ErrorCode.E008,
                path("sub/over.txt"), String.format(Locale.ROOT, "a file of more than %,d bytes", limit)));
    }

    @Test
    void aJsonFileOverItsByteLimitIsE008() throws IOException {
        Path file = write("big.json", "{\"text\":\"" + "x".repeat((int) LINE_LIMIT) + "\"}");

        assertThat(readAll(open(file))).singleElement().isInstanceOfSatisfying(InputRecord.Unreadable.class, u -> {
            assertThat(u.code()).isEqualTo(ErrorCode.E008);
            assertThat(u.id()).isEqualTo("big");
            assertThat(u.origin()).isEqualTo(file.toString());
        });
    }

    // ---- standard input, several inputs, progress ----

    @Test
    void dashReadsStandardInputAsJsonLines() throws IOException {
        InputStream stdin = new ByteArrayInputStream("{\"id\":\"s1\"}\n\n{\"id\":\"s2\"}".getBytes(StandardCharsets.UTF_8));

        try (Inputs in = new Inputs(List.of("-"), stdin, RecordFields.DEFAULT, MAX_TEXT_CHARS)) {
            assertThat(in.totalBytes()).isEqualTo(-1);
            assertThat(readAll(in)).containsExactly(
                    new InputRecord.Json("{\"id\":\"s1\"}", "stdin line 1", null),
                    new InputRecord.Json("{\"id\":\"s2\"}", "stdin line 3", null));
        }
    }

    @Test
    void standardInputMayBeGzipAndIsNotClosed() throws IOException {
        boolean[] closed = new boolean[1];
        InputStream stdin = new ByteArrayInputStream(gzip("{\"id\":\"s1\"}\n")) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        try (Inputs in = new Inputs(List.of("-"), stdin, RecordFields.DEFAULT, MAX_TEXT_CHARS)) {
            assertThat(readAll(in)).extracting(r -> ((InputRecord.Json) r).json()).containsExactly("{\"id\":\"s1\"}");
        }
        assertThat(closed[0]).isFalse();
    }

    @Test
    void totalBytesIsUnknownWhenStandardInputIsAmongTheInputs() throws IOException {
        Path file = write("a.jsonl", "{}\n");
        InputStream stdin = InputStream.nullInputStream();
        try (Inputs first = new Inputs(List.of("-", file.toString()), stdin, RecordFields.DEFAULT, MAX_TEXT_CHARS);
             Inputs last = new Inputs(List.of(file.toString(), "-"), stdin, RecordFields.DEFAULT, MAX_TEXT_CHARS)) {
            assertThat(first.totalBytes()).isEqualTo(-1);
            assertThat(last.totalBytes()).isEqualTo(-1);
        }
    }

    @Test
    void bytesReadReachesTotalBytesAtTheEnd() throws IOException {
        write("a.txt", "An article.\n");
        write("b.json", "{\"id\":\"b\"}");
        write("sub/c.jsonl", jsonLines(2000)); // more than one 64K buffer
        write("sub/d.jsonl.gz", gzip(jsonLines(30)));
        long total;
        try (var files = Files.walk(dir)) {
            total = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }

        try (Inputs in = open(dir)) {
            assertThat(in.totalBytes()).isEqualTo(total);
            assertThat(in.bytesRead()).isZero();
            long last = 0;
            int count = 0;
            while (in.next() != null) {
                count++;
                assertThat(in.bytesRead()).isGreaterThanOrEqualTo(last).isLessThanOrEqualTo(total);
                last = in.bytesRead();
            }
            assertThat(count).isEqualTo(1 + 1 + 2000 + 30);
            assertThat(in.bytesRead()).isEqualTo(total);
        }
    }

    @Test
    void severalInputsAreReadInTheOrderGiven() throws IOException {
        Path c = write("c.jsonl", "{\"id\":\"c\"}\n");
        Path a = write("a.txt", "a");
        Path sub = write("sub/b.txt", "b").getParent();
        InputStream stdin = new ByteArrayInputStream("{\"id\":\"s\"}\n".getBytes(StandardCharsets.UTF_8));

        try (Inputs in = new Inputs(List.of(c.toString(), sub.toString(), "-", a.toString()), stdin,
                RecordFields.DEFAULT, MAX_TEXT_CHARS)) {
            assertThat(readAll(in)).extracting(InputRecord::origin)
                    .containsExactly(c + " line 1", path("sub/b.txt"), "stdin line 1", a.toString());
        }
    }

    @Test
    void aFileGivenByNameWithAnyOtherNameIsJsonLines() throws IOException {
        Path log = write("records.log", "{\"id\":\"1\"}\n{\"id\":\"2\"}\n");
        assertThat(readAll(open(log))).extracting(InputRecord::origin)
                .containsExactly(log + " line 1", log + " line 2");
    }

    @Test
    void anEmptyJsonLinesFileHasNoRecords() throws IOException {
        assertThat(readAll(open(write("empty.jsonl", "")))).isEmpty();
    }

    @Test
    void bytesReadOfAPlainJsonLinesFileEndsAtTheLastRecordHandedOut() throws IOException {
        // the readers' buffers swallow a small file whole; progress must still move record by record
        String first = "{\"id\":\"a\",\"text\":\"caf\u00e9\"}";
        Path file = write("p.jsonl", first + "\n\n{\"id\":\"b\"}\n");
        try (Inputs in = open(file)) {
            in.next();
            assertThat(in.bytesRead()).isEqualTo(first.getBytes(StandardCharsets.UTF_8).length + 1);
            in.next();
            assertThat(in.bytesRead()).isEqualTo(Files.size(file));
        }
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstRecord() throws IOException {
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        write("a.jsonl", concat(utf8Bom, "{\"id\":\"a1\"}\n{\"id\":\"a2\"}\n".getBytes(StandardCharsets.UTF_8)));
        write("b.json", concat(utf8Bom, "{\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8)));
        // what PowerShell 5's '>' writes: UTF-16, little-endian, with its mark
        write("c.jsonl", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "{\"id\":\"c\u00e9\"}\r\n".getBytes(StandardCharsets.UTF_16LE)));

        assertThat(readAll(open(dir))).extracting(r -> ((InputRecord.Json) r).json())
                .containsExactly("{\"id\":\"a1\"}", "{\"id\":\"a2\"}", "{\"id\":\"b\"}", "{\"id\":\"c\u00e9\"}");
    }

    @Test
    void theBatchsOwnOutputsAreNeverReadEvenInADirectoryGiven() throws IOException {
        write("a.txt", "a");
        Path out = write("out.jsonl", "{\"id\":\"from a previous run\"}\n");
        Path csv = write("quotes.csv", "doc_id\n");
        try (Inputs in = new Inputs(List.of(dir.toString()), null, RecordFields.DEFAULT, MAX_TEXT_CHARS,
                List.of(dir.resolve("sub/../out.jsonl"), csv))) {
            assertThat(readAll(in)).extracting(InputRecord::origin).containsExactly(path("a.txt"));
        }
        assertThat(out).exists();
    }

    @Test
    void aPipeHasNoSizeToMeasureProgressBy() throws Exception {
        Path fifo = dir.resolve("pipe.jsonl");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        write("a.jsonl", "{\"id\":\"a\"}\n");
        try (Inputs in = new Inputs(List.of(path("a.jsonl"), fifo.toString()), null, RecordFields.DEFAULT,
                MAX_TEXT_CHARS)) {
            assertThat(in.totalBytes()).isEqualTo(-1);
        }
    }

    @Test
    void badArgumentsAreRefusedByName() {
        assertThatThrownBy(() -> new Inputs(List.of("-"), null, RecordFields.DEFAULT, MAX_TEXT_CHARS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stdin");
        assertThatThrownBy(() -> new Inputs(List.of("-"), InputStream.nullInputStream(), RecordFields.DEFAULT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTextChars");
    }

    @Test
    void noInputsIsRefused() {
        assertThatThrownBy(() -> new Inputs(List.of(), InputStream.nullInputStream(), RecordFields.DEFAULT, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---- helpers ----

    private Inputs open(Path... paths) throws IOException {
        return new Inputs(Arrays.stream(paths).map(Path::toString).toList(), InputStream.nullInputStream(),
                RecordFields.DEFAULT, MAX_TEXT_CHARS);
    }

    private static List<InputRecord> readAll(Inputs in) throws IOException {
        List<InputRecord> records = new ArrayList<>();
        try (in) {
            for (InputRecord r = in.next(); r != null; r = in.next()) {
                records.add(r);
            }
        }
        return records;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private String path(String relative) {
        return dir.resolve(relative).toString();
    }

    private Path write(String relative, String content) throws IOException {
        return write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    /** Records with random hex in them, so that gzip cannot squeeze many into a few bytes. */
    private static String jsonLines(int n) {
        Random random = new Random(n);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            b.append("{\"id\":\"r").append(i).append("\",\"text\":\"");
            for (int k = 0; k < 8; k++) {
                b.append(Long.toHexString(random.nextLong()));
            }
            b.append("\"}\n");
        }
        return b.toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** The whole lines that can be got out of a cut gzip stream, one byte at a time until it breaks. */
    private static List<String> completeLinesOf(byte[] truncatedGzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(truncatedGzip))) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                out.write(b);
            }
            throw new AssertionError("the gzip stream was expected to break off");
        } catch (IOException expected) {
            // the end of what is readable
        }
        String text = out.toString(StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1); // the part after the last line break is not a whole line
        return lines;
    }
}
