package dev.whosaid.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.TestPipeline;
import dev.whosaid.WhoSaid;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The batch's own machinery, apart from the analysis: the backstop for an analysis that never comes
 * back, and the agreement it demands between what reads the records and what converts them.
 */
class BatchConverterTest {
    @TempDir
    Path dir;

    @Test
    void recordsThatHangPastTheTimeLimitAreAbandonedAndTheBatchGoesOn() throws Exception {
        // The analysis's own deadline is checked between sentences; this stands for a CoreNLP step that
        // hangs where nothing checks and that ignores interrupts. With one thread, the second hang would
        // stop the batch for good if an abandoned thread were not replaced.
        WhoSaid limited = WhoSaid.builder().timeLimit(Duration.ofMillis(1)).build();
        RecordConverter records = new RecordConverter(limited, null);
        CountDownLatch released = new CountDownLatch(1);
        Function<InputRecord, RecordConverter.Result> conversion = r -> {
            String json = ((InputRecord.Json) r).json();
            if (json.contains("hang")) {
                while (released.getCount() > 0) {
                    try {
                        released.await();
                    } catch (InterruptedException ignored) {
                        // deaf to the interrupt, as a hung native or regex step is
                    }
                }
            }
            return new RecordConverter.Result(json, null, 0);
        };
        Path in = Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\": \"hang-1\"}\n{\"id\": \"ok-1\"}\n{\"id\": \"hang-2\"}\n{\"id\": \"ok-2\"}\n");
        Path out = dir.resolve("out.jsonl");
        try {
            BatchConverter.Summary s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (Inputs inputs = new Inputs(List.of(in.toString()), null, RecordFields.DEFAULT,
                        RecordConverter.DEFAULT_MAX_TEXT_CHARS);
                     BatchOutput output = BatchOutput.create(out, null)) {
                    return new BatchConverter(records, 1, Duration.ofMillis(100), conversion).convert(inputs, output);
                }
            });
            assertThat(s.errors()).isEqualTo(2);
        } finally {
            released.countDown();
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            lines.add(Json.reader().readTree(l));
        }
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("hang-1", "ok-1", "hang-2", "ok-2");
        assertThat(lines.get(0).get("error").get("code").asText()).isEqualTo("E009");
        assertThat(lines.get(0).get("error").get("message").asText()).contains("in.jsonl line 1").contains("abandoned");
        assertThat(lines.get(2).get("error").get("code").asText()).isEqualTo("E009");
        assertThat(lines.get(1).has("error")).isFalse();
    }

    @Test
    void theReaderAndTheConverterMustAgreeOnFieldsAndLimit() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"Hi.\"}\n");
        RecordConverter records = new RecordConverter(TestPipeline.whosaid(), null, RecordFields.DEFAULT, 5_000);
        try (Inputs inputs = new Inputs(List.of(in.toString()), null, RecordFields.DEFAULT, 6_000);
             BatchOutput output = BatchOutput.create(dir.resolve("out.jsonl"), null)) {
            assertThatThrownBy(() -> new BatchConverter(records, 1).convert(inputs, output))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size limit");
        }
    }
}
