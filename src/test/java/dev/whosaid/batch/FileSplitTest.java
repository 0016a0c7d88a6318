package dev.whosaid.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Splits of an input read one by one, in order, give exactly the records of reading the input whole:
 * the same texts, ids, file names and line numbers, whatever the size of the stretches.
 */
class FileSplitTest {
    private static final long MAX_CHARS = 1_000;

    @TempDir
    Path dir;

    @Test
    void everyStretchSizeGivesTheRecordsOfTheWholeFile() throws IOException {
        Path file = dir.resolve("mixed.jsonl");
        Files.write(file, awkwardJsonLines());
        List<String> whole = readWhole(List.of(file.toString()));
        assertThat(whole).hasSizeGreaterThan(20);

        for (long size : new long[] {1, 2, 3, 5, 8, 13, 64, 100, 333, 1_000, 4_096, Files.size(file) - 1}) {
            List<FileSplit> splits = splits(List.of(file.toString()), size);
            assertThat(splits).as("stretches of %d bytes", size).hasSizeGreaterThan(1);
            assertThat(readSplits(splits)).as("stretches of %d bytes", size).isEqualTo(whole);
        }
    }

    @Test
    void randomFilesCutAnywhereLoseNoLineAndReadNoneTwice() throws IOException {
        Random random = new Random(17);
        for (int round = 0; round < 200; round++) {
            Path file = dir.resolve("random-" + round + ".jsonl");
            Files.write(file, randomBytes(random));
            List<String> whole = readWhole(List.of(file.toString()));
            long size = 1 + random.nextInt((int) Math.max(1, Files.size(file)));
            assertThat(readSplits(splits(List.of(file.toString()), size)))
                    .as("round %d, stretches of %d bytes", round, size).isEqualTo(whole);
        }
    }

    @Test
    void directoriesGzipUtf16AndTextFilesAreReadWholeInTheirOrder() throws IOException {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.write(archive.resolve("a.jsonl"), awkwardJsonLines());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(archive.resolve("b.jsonl.gz")))) {
            out.write(awkwardJsonLines());
        }
        byte[] utf16 = "\uFEFF{\"id\": \"u1\", \"text\": \"Hello.\"}\n{\"id\": \"u2\", \"text\": \"Hi.\"}\n"
                .getBytes(StandardCharsets.UTF_16LE);
        Files.write(archive.resolve("c.jsonl"), utf16);
        Files.writeString(Files.createDirectories(archive.resolve("d")).resolve("story.txt"), "He said no.");
        Files.writeString(archive.resolve("e.json"), "{\"text\": \"One object.\"}");
        List<String> whole = readWhole(List.of(archive.toString()));

        List<FileSplit> splits = splits(List.of(archive.toString()), 10);
        assertThat(splits).filteredOn(s -> !s.isRange()).extracting(s -> Path.of(s.path()).getFileName().toString())
                .containsExactly("b.jsonl.gz", "c.jsonl", "story.txt", "e.json");
        assertThat(readSplits(splits)).isEqualTo(whole);
    }

    @Test
    void aFileGivenTwiceIsReadTwiceFromItsFirstLine() throws IOException {
        Path file = dir.resolve("twice.jsonl");
        Files.write(file, awkwardJsonLines());
        List<String> names = List.of(file.toString(), file.toString());
        assertThat(readSplits(splits(names, 300))).isEqualTo(readWhole(names));
    }

    @Test
    void aStretchInsideALongLineDoesNotReadOnToItsEnd() throws IOException {
        Path file = dir.resolve("one-long-line.jsonl");
        Files.writeString(file, "{\"id\": \"long\", \"text\": \"" + "x".repeat(2_000_000) + "\"}\n");
        long[] read = new long[1];
        FileOpener counting = (path, position) -> new java.io.FilterInputStream(FileOpener.LOCAL.open(path, position)) {
            @Override
            public int read() throws IOException {
                int c = super.read();
                read[0] += c < 0 ? 0 : 1;
                return c;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
        List<FileSplit> splits = splits(List.of(file.toString()), 10_000);
        assertThat(splits).hasSizeGreaterThan(150);
        assertThat(readSplits(splits, counting)).isEqualTo(readWhole(List.of(file.toString())));
        // each stretch reads its own bytes and a buffer's worth (the first, its whole line), not on to the
        // line's end: before, 200 stretches read 200 MB between them
        assertThat(read[0]).isLessThan(3L * Files.size(file) + splits.size() * (64L << 10));
    }

    @Test
    void standardInputCannotBeSplit() throws IOException {
        try (Inputs in = new Inputs(List.of("-"), InputStream.nullInputStream(), RecordFields.DEFAULT, MAX_CHARS)) {
            assertThatThrownBy(() -> in.splits(100)).hasMessageContaining("standard input");
        }
    }

    /** Blank lines, CRLF, a byte-order mark, broken JSON, a line too long, multi-byte characters. */
    private static byte[] awkwardJsonLines() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 30; i++) {
            String line = switch (i % 7) {
                case 0 -> "{\"id\": \"r" + i + "\", \"text\": \"Müller said „no“ 😀.\"}\r\n";
                case 1 -> "\n";
                case 2 -> "{\"id\": \"r" + i + "\", \"text\": \"" + "long ".repeat(1_300) + "\"}\n";
                case 3 -> "{\"id\": \"r" + i + "\", \"text\": \"cut off\n";
                case 4 -> "   \r\n";
                case 5 -> "{\"id\": " + i + ", \"text\": \"Ağır bir söz.\"}\n";
                default -> "[1, 2]\n";
            };
            b.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes("{\"id\": \"last\", \"text\": \"no line break at the end\"}".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static byte[] randomBytes(Random random) {
        byte[] alphabet = "{}\"ab \n\n\r\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[random.nextInt(300)];
        for (int i = 0; i < out.length; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return out;
    }

    private static List<FileSplit> splits(List<String> names, long size) throws IOException {
        try (Inputs in = new Inputs(names, null, RecordFields.DEFAULT, MAX_CHARS)) {
            return in.splits(size);
        }
    }

    private static List<String> readWhole(List<String> names) throws IOException {
        List<String> out = new ArrayList<>();
        try (Inputs in = new Inputs(names, null, RecordFields.DEFAULT, MAX_CHARS)) {
            for (InputRecord r = in.next(); r != null; r = in.next()) {
                out.add(describe(r));
            }
        }
        return out;
    }

    /** The splits read one by one, each told its first line number from the line counts before it. */
    private static List<String> readSplits(List<FileSplit> splits) throws IOException {
        return readSplits(splits, FileOpener.LOCAL);
    }

    private static List<String> readSplits(List<FileSplit> splits, FileOpener opener) throws IOException {
        List<String> out = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (FileSplit s : splits) {
            starts.add(SplitRecords.lineStarts(s, opener));
        }
        List<Long> first = FileSplit.firstLines(splits, starts);
        for (int i = 0; i < splits.size(); i++) {
            try (SplitRecords in = new SplitRecords(splits.get(i), first.get(i), RecordFields.DEFAULT, MAX_CHARS,
                    opener)) {
                for (InputRecord r = in.next(); r != null; r = in.next()) {
                    out.add(describe(r));
                }
            }
        }
        return out;
    }

    private static String describe(InputRecord r) {
        if (r instanceof InputRecord.Json j) {
            return "json " + j.origin() + " " + j.fallbackId() + " " + j.json();
        }
        if (r instanceof InputRecord.Text t) {
            return "text " + t.origin() + " " + t.id() + " " + new String(t.bytes(), StandardCharsets.ISO_8859_1);
        }
        return "unreadable " + r;
    }
}
