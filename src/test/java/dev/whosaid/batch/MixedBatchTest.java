package dev.whosaid.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.whosaid.TestPipeline;
import dev.whosaid.eval.EvalData;
import dev.whosaid.eval.JsonLines;
import dev.whosaid.model.ErrorCode;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's test of trust: the seed, the PolNeAR dev split and well over a hundred bad records of every
 * kind, shuffled together in one JSON Lines file. Out comes exactly one line per record, in input
 * order, each bad record an error line with the code its fault calls for, each good one an analysis.
 */
class MixedBatchTest {
    /** Small enough that an over-long text is cheap to make, large enough for every real article. */
    private static final long MAX_CHARS = 60_000;

    @TempDir
    Path dir;

    /** One input record and what its output line must be: its id and its error code (null: an analysis). */
    private record Expected(String line, String id, ErrorCode code) {
    }

    @Test
    void oneLinePerRecordInOrderWithTheRightCodes() throws Exception {
        List<Expected> good = new ArrayList<>();
        good.add(record("seed", TestPipeline.seedText(), "2020-09-03"));
        Optional<Path> dev = EvalData.file("polnear-dev.jsonl");
        for (JsonNode d : dev.isPresent() ? JsonLines.read(dev.get()) : List.<JsonNode>of()) {
            good.add(record(d.get("id").asText(), d.get("text").asText(), d.get("date").asText()));
        }
        List<Expected> bad = badRecords(120);
        // every good record followed by one or two bad ones, then the rest of the bad ones
        List<Expected> all = new ArrayList<>();
        int b = 0;
        for (Expected g : good) {
            all.add(g);
            for (int k = 0; k < 1 + all.size() % 2 && b < bad.size(); k++) {
                all.add(bad.get(b++));
            }
        }
        all.addAll(bad.subList(b, bad.size()));

        StringBuilder input = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            input.append(all.get(i).line()).append(i % 10 == 3 ? "\n\n" : "\n"); // blank lines are not records
        }
        Path in = Files.writeString(dir.resolve("mixed.jsonl"), input, StandardCharsets.UTF_8);
        Path out = dir.resolve("mixed.out.jsonl");
        // and a gzip file that breaks off after its first record: that record, then one E005 for the rest
        Path broken = dir.resolve("broken.jsonl.gz");
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write((record("after-break-0", "Nothing quoted.", "2020-01-01").line() + "\n"
                    + "{\"id\": \"lost\", \"text\": \"" + incompressible(5000) + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Files.write(broken, java.util.Arrays.copyOf(whole, whole.length - 500)); // the cut falls in "lost"
        all.add(record("after-break-0", "Nothing quoted.", "2020-01-01"));
        all.add(new Expected(null, null, ErrorCode.E005));

        RecordConverter records = new RecordConverter(TestPipeline.whosaid(), null, RecordFields.DEFAULT, MAX_CHARS);
        BatchConverter.Summary summary;
        try (Inputs inputs = new Inputs(List.of(in.toString(), broken.toString()), null, RecordFields.DEFAULT, MAX_CHARS);
             BatchOutput output = BatchOutput.create(out, null)) {
            summary = new BatchConverter(records, 2).convert(inputs, output);
        }

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(all.size());
        assertThat(summary.records()).isEqualTo(all.size());
        assertThat(summary.errors()).isEqualTo(bad.size() + 1);
        for (int i = 0; i < all.size(); i++) {
            Expected e = all.get(i);
            JsonNode line = Json.reader().readTree(lines.get(i));
            String at = "output line " + (i + 1) + ": " + lines.get(i).substring(0, Math.min(200, lines.get(i).length()));
            assertThat(line.get("id").isNull() ? null : line.get("id").asText()).as(at).isEqualTo(e.id());
            if (e.code() == null) {
                assertThat(line.has("error")).as(at).isFalse();
                assertThat(line.get("schemaVersion").asText()).as(at).isEqualTo("1.0");
            } else {
                assertThat(line.path("error").path("code").asText()).as(at).isEqualTo(e.code().name());
                assertThat(line.path("error").path("message").asText()).as(at).contains(" line ");
            }
        }
        assertThat(summary.errorsByCode()).containsOnlyKeys(ErrorCode.E001, ErrorCode.E002, ErrorCode.E003,
                ErrorCode.E004, ErrorCode.E005, ErrorCode.E006, ErrorCode.E007, ErrorCode.E008);
        assertThat(good.size()).as("the dev split is read where ../shared/eval is (CI has it)")
                .isGreaterThanOrEqualTo(dev.isPresent() ? 85 : 1);
    }

    private static Expected record(String id, String text, String date) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", id);
        o.put("text", text);
        o.put("date", date);
        return new Expected(o.toString(), id, null);
    }

    /** {@code n} bad records, every kind of fault in turn, each with the code it must get. */
    private static List<Expected> badRecords(int n) {
        List<Expected> out = new ArrayList<>();
        for (int i = 0; out.size() < n; i++) {
            String id = "bad-" + i;
            out.add(switch (i % 12) {
                case 0 -> new Expected("{\"id\": \"" + id + "\", \"text\": \"cut off", null, ErrorCode.E001);
                case 1 -> new Expected("{\"id\": \"" + id + "\", \"text\": \"a\"} {\"id\": \"x\"}", null, ErrorCode.E001);
                case 2 -> new Expected("\u0000\u00ff garbage \uFFFD", null, ErrorCode.E001);
                case 3 -> new Expected("{\"id\": \"" + id + "\"}", id, ErrorCode.E002);
                case 4 -> new Expected("{\"id\": \"" + id + "\", \"text\": 42}", id, ErrorCode.E002);
                case 5 -> new Expected("{\"id\": \"" + id + "\", \"text\": \"He said so.\", \"date\": \"2020-13-45\"}",
                        id, ErrorCode.E003);
                case 6 -> new Expected("[\"" + id + "\", \"text\"]", null, ErrorCode.E004);
                case 7 -> new Expected("\"just a string\"", null, ErrorCode.E004);
                case 8 -> new Expected("{\"id\": {\"nested\": \"" + id + "\"}, \"text\": \"He said so.\"}", null,
                        ErrorCode.E006);
                case 9 -> new Expected("{\"id\": \"" + id + "\", \"text\": \"" + binary(i) + "\"}", id, ErrorCode.E007);
                case 10 -> new Expected("{\"id\": \"" + id + "\", \"text\": \"" + "word ".repeat((int) MAX_CHARS / 5 + 1)
                        + "\"}", id, ErrorCode.E008);
                // a line too long to read at all: its id is still found at its start
                default -> new Expected("{\"id\": \"" + id + "\", \"text\": \"" + "x".repeat((int) MAX_CHARS * 6 + (1 << 20))
                        + "\"}", id, ErrorCode.E008);
            });
        }
        return out;
    }

    /** Hex digits that gzip cannot squeeze, so that cutting the file's end cuts into this text. */
    private static String incompressible(int n) {
        java.util.Random r = new java.util.Random(n);
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append(Integer.toHexString(r.nextInt()));
        }
        return b.toString();
    }

    /** Bytes of an image, as a broken scraper puts them in a JSON string. */
    private static String binary(int seed) {
        StringBuilder b = new StringBuilder();
        java.util.Random r = new java.util.Random(seed);
        for (int k = 0; k < 400; k++) {
            b.append(String.format("\\u%04x", r.nextInt(256)));
        }
        return b.toString();
    }
}
