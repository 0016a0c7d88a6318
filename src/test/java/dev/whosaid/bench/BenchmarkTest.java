package dev.whosaid.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.whosaid.cli.CliRun;
import dev.whosaid.model.Json;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark's plumbing: the corpus, the arguments, and a real whosaid worker JVM on the seed
 * article. Timings are never asserted (the machine is shared); that the work was done is.
 */
class BenchmarkTest {
    private static final Path SEED_DIR = Path.of("testdata", "news");

    @Test
    void aDirectoryOfTextFilesIsACorpusWithCoreNlpTokenCounts() throws Exception {
        List<BenchDocument> docs = BenchCorpus.load(SEED_DIR, 0);
        assertThat(docs).extracting(BenchDocument::id).contains("icc-sanctions-mt");
        assertThat(docs.get(0).tokens()).isBetween(600, 900); // about 700 words and punctuation
        assertThat(BenchCorpus.load(SEED_DIR, 1)).hasSize(1);
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new Benchmark(SEED_DIR, 0, 1, 0, "2g", "4g", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> new Benchmark(SEED_DIR, -1, 1, 1, "2g", "4g", false))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> new Benchmark(null, 0, 1, 1, "2g", "4g", false)).hasMessageContaining("corpus");
        assertThat(run("bench", "testdata/news", "--heap", "lots").code()).isEqualTo(2);
        assertThat(run("bench", "no/such/corpus.jsonl").code()).isEqualTo(2);
    }

    @Test
    void aWhosaidWorkerJvmAnalysesEveryDocumentAndReportsItsFigures() throws Exception {
        CliRun r = run("bench", "testdata/news", "--skip-stock", "--warmup", "0", "--threads", "2", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = Json.mapper().readTree(r.out());
        assertThat(report.has("stock")).isFalse();
        JsonNode w = report.get("whosaid");
        assertThat(w.get("documents").asInt()).isEqualTo(report.get("documents").asInt()).isPositive();
        assertThat(w.get("tokens").asLong()).isEqualTo(report.get("tokens").asLong());
        assertThat(w.get("quotes").asLong()).as("the seed's quotes were found").isGreaterThanOrEqualTo(10);
        assertThat(w.get("heapAfterLoad").asLong()).isPositive().isLessThanOrEqualTo(w.get("maxHeap").asLong());
        assertThat(w.get("maxHeap").asLong()).as("-Xmx2g by default").isBetween(1L << 30, 2L << 30);
        assertThat(w.get("seconds").asDouble()).isPositive();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
