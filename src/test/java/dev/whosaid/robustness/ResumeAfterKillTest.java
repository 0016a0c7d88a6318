package dev.whosaid.robustness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.whosaid.TestPipeline;
import dev.whosaid.cli.CliRun;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversion killed with {@code kill -9} in the middle of its work, then resumed, ends with exactly
 * the output of a run that was never interrupted: nothing lost, nothing twice, the CSV too. The kill
 * hits a real child JVM; the resumed and the uninterrupted runs use this JVM's models.
 */
class ResumeAfterKillTest {
    private static final int RECORDS = 60;

    @TempDir
    Path dir;

    @Test
    void aKilledConversionResumesToTheUninterruptedOutput() throws Exception {
        Path in = writeInput();
        Path expected = dir.resolve("expected.jsonl");
        Path expectedCsv = dir.resolve("expected.csv");
        CliRun whole = CliRun.of("convert", in.toString(), "-o", expected.toString(), "--csv", expectedCsv.toString(),
                "--threads", "2", "--quiet");
        assertThat(whole.code()).as(whole.err()).isZero();
        assertThat(Files.readAllLines(expected)).hasSize(RECORDS);

        Path out = dir.resolve("out.jsonl");
        Path csv = dir.resolve("out.csv");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx2g", "-Xss4m", "-cp", System.getProperty("java.class.path"),
                "dev.whosaid.cli.Main", "convert", in.toString(), "-o", out.toString(), "--csv", csv.toString(),
                "--threads", "2", "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (completeLines(out) < 5 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive()).as("the child is still converting when it is killed").isTrue();
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start();
            assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        long before = completeLines(out);
        assertThat(before).as("killed part-way").isBetween(5L, (long) RECORDS - 1);
        // What a crash inside a write would leave (whosaid's own writes are whole lines): half a record.
        String next = Files.readAllLines(expected).get((int) before);
        Files.writeString(out, next.substring(0, next.length() / 2), StandardOpenOption.APPEND);

        CliRun resumed = CliRun.of("convert", in.toString(), "-o", out.toString(), "--csv", csv.toString(),
                "--threads", "2", "--resume");
        assertThat(resumed.code()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains(String.format("resuming after %d records", before))
                .contains("removed a half-written last line");
        assertThat(Files.readString(out)).isEqualTo(Files.readString(expected));
        assertThat(Files.readString(csv)).isEqualTo(Files.readString(expectedCsv));
    }

    /** Sixty short articles cut from the seed, each a few paragraphs, with ids in order. */
    private Path writeInput() throws IOException {
        List<String> paragraphs = TestPipeline.seedText().lines().filter(l -> !l.isBlank()).toList();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            int from = i % paragraphs.size();
            ObjectNode o = Json.mapper().createObjectNode();
            o.put("id", "doc-" + i);
            o.put("text", String.join("\n\n", paragraphs.subList(from, Math.min(paragraphs.size(), from + 3))));
            o.put("date", "2020-09-03");
            b.append(o).append('\n');
        }
        return Files.writeString(dir.resolve("in.jsonl"), b, StandardCharsets.UTF_8);
    }

    private static long completeLines(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        byte[] bytes = Files.readAllBytes(p);
        long n = 0;
        for (byte x : bytes) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }
}
