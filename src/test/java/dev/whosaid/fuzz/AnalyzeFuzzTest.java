package dev.whosaid.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.whosaid.TestPipeline;
import dev.whosaid.contract.Contract;
import dev.whosaid.model.Analysis;

import java.nio.charset.StandardCharsets;

/**
 * {@code analyze} end to end, with the real models, on short texts: no exception escapes, every span
 * slices to its words, and the JSON keeps the schema ({@link Contract#check}). Inputs are UTF-8 bytes,
 * so that the seeds under {@code src/test/resources/dev/whosaid/fuzz/AnalyzeFuzzTestInputs} are plain
 * text files anyone can read and add to.
 */
class AnalyzeFuzzTest {
    /** Short: CoreNLP takes milliseconds a sentence, and a fuzzer wants thousands of runs. */
    private static final int MAX_BYTES = 600;

    // The length of one fuzzing run (JAZZER_FUZZ=1); Jazzer 0.24 takes it only from here. mvn verify
    // ignores it: it replays the seeds and findings once.
    @FuzzTest(maxDuration = "20m")
    void analyze(FuzzedDataProvider data) {
        byte[] raw = data.consumeBytes(MAX_BYTES);
        String text = new String(raw, StandardCharsets.UTF_8);
        Analysis a = TestPipeline.whosaid().analyze("fuzz", text, TestPipeline.SEED_DATE);
        Contract.check(a, text);
    }
}
