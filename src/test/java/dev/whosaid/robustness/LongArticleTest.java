package dev.whosaid.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.TestPipeline;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-megabyte article is analysed whole, in a JVM of its own with one gigabyte of heap, models
 * included: CoreNLP annotates it a piece at a time, so what grows with the length is only whosaid's own
 * compact analysis. The article is the seed, over and over, so every copy must give what the first does.
 */
class LongArticleTest {
    @Test
    void aMegabyteArticleIsAnalysedWholeInOneGigabyteWithOffsetsIntact(@TempDir Path dir) throws Exception {
        String seed = TestPipeline.seedText().strip();
        int stride = seed.length() + 2;
        int copies = 1_000_000 / stride + 1;
        String text = String.join("\n\n", java.util.Collections.nCopies(copies, seed));
        assertThat(text.length()).isGreaterThan(1_000_000);
        Path file = dir.resolve("long.txt");
        Files.writeString(file, text);

        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx1g", "-Xss4m", "-cp", System.getProperty("java.class.path"),
                "dev.whosaid.cli.Main", "analyze", file.toString(), "--date", "2020-09-03")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();

        JsonNode a = Json.mapper().readTree(out);
        assertThat(a.get("text").asText()).isEqualTo(text);
        for (JsonNode w : a.get("warnings")) {
            assertThat(w.get("code").asText()).as("nothing was cut off or failed").isNotIn("W007", "W009");
        }
        // each copy has the first copy's quotes, at its own offsets
        List<String> first = quotesOf(a, 0, stride);
        assertThat(first).hasSizeGreaterThanOrEqualTo(10);
        assertThat(quotesOf(a, copies / 2 * stride, stride)).isEqualTo(first);
        assertThat(quotesOf(a, (copies - 1) * stride, stride)).isEqualTo(first);
        assertThat(a.get("quotes")).hasSize(copies * first.size());
        for (JsonNode e : a.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
    }

    /** The quotes that start in {@code [from, from + length)}: offsets relative to {@code from}, text, speaker. */
    private static List<String> quotesOf(JsonNode analysis, int from, int length) {
        List<String> out = new ArrayList<>();
        for (JsonNode q : analysis.get("quotes")) {
            int start = q.get("start").asInt();
            if (start >= from && start < from + length) {
                out.add((start - from) + "-" + (q.get("end").asInt() - from) + " " + q.get("kind").asText() + " "
                        + q.path("speaker").path("name").asText("?") + ": " + q.get("text").asText());
            }
        }
        return out;
    }
}
