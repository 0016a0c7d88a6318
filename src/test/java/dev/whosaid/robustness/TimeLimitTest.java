package dev.whosaid.robustness;

import dev.whosaid.TestPipeline;
import dev.whosaid.WhoSaid;
import dev.whosaid.batch.InputRecord;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.model.Analysis;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The time limit on one analysis: past it, or when its thread is interrupted, the analysis stops
 * between two sentences and says so (W012); a batch turns that into an error line (E009).
 */
class TimeLimitTest {
    /** Shares the loaded models with every other test; only the gazetteer is read again. */
    private static WhoSaid hurried;

    @BeforeAll
    static void build() {
        hurried = WhoSaid.builder().timeLimit(Duration.ofMillis(1)).build().warmUp();
    }

    @Test
    void pastTheLimitTheAnalysisStopsWithAWarningAndKeepsItsCorrections() {
        Analysis a = hurried.analyze("seed", TestPipeline.seedText(), TestPipeline.SEED_DATE);
        assertThat(a.warnings()).extracting(w -> w.code()).contains("W012");
        assertThat(a.quotes()).isEmpty();
        assertThat(a.entities()).isEmpty();
        assertThat(a.corrections()).isEqualTo(TestPipeline.seed().corrections());
        assertThat(a.text()).isEqualTo(TestPipeline.seedText());
    }

    @Test
    void anInterruptedThreadStopsItsAnalysisToo() throws Exception {
        AtomicReference<Analysis> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            Thread.currentThread().interrupt();
            result.set(TestPipeline.whosaid().analyze(TestPipeline.seedText(), TestPipeline.SEED_DATE));
        });
        t.start();
        t.join();
        assertThat(result.get().warnings()).extracting(w -> w.code()).contains("W012");
        assertThat(result.get().quotes()).isEmpty();
    }

    @Test
    void withinTheLimitNothingChanges() {
        assertThat(TestPipeline.whosaid().options().timeLimit()).isEqualTo(Duration.ofMinutes(5));
        assertThat(TestPipeline.seed().warnings()).extracting(w -> w.code()).doesNotContain("W012");
        assertThat(TestPipeline.seed().quotes()).isNotEmpty();
    }

    @Test
    void aBatchRecordOverTheLimitIsAnErrorLine() throws Exception {
        RecordConverter.Result r = new RecordConverter(hurried, null)
                .convert(new InputRecord.Json(Json.mapper().createObjectNode().put("id", "slow")
                        .put("text", TestPipeline.seedText()).toString(), "in.jsonl line 9", null));
        assertThat(r.errorCode()).hasToString("E009");
        var line = Json.reader().readTree(r.json());
        assertThat(line.get("id").asText()).isEqualTo("slow");
        assertThat(line.get("error").get("message").asText()).contains("in.jsonl line 9").contains("time limit");
    }

    @Test
    void aLimitThatIsNotPositiveIsRefusedByName() {
        assertThatThrownBy(() -> WhoSaid.builder().timeLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeLimit");
        assertThat(WhoSaid.builder().timeLimit(null)).isNotNull(); // null: no limit
    }
}
